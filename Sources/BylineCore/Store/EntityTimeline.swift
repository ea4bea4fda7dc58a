/// Reports naming an entity per month, or per week when they all fall within a short span.
///
/// Buckets run without a gap from the first dated report to the last, empty periods
/// included, so that a bar row drawn from them is a time axis.
///
///     EntityTimeline(dates: [2024-06-03, 2024-06-20, 2024-09-01])
///     // month: 2024-06 ×2, 2024-07 ×0, 2024-08 ×0, 2024-09 ×1
public struct EntityTimeline: Sendable, Equatable {
    public enum Granularity: String, Sendable {
        case month, week
    }

    public struct Bucket: Sendable, Equatable {
        /// `2024-06`, or for a week its ISO week `2024-W23`.
        public var period: String
        public var reports: Int

        public init(period: String, reports: Int) {
            self.period = period
            self.reports = reports
        }
    }

    public var granularity: Granularity
    public var buckets: [Bucket]
    /// Reports with no date, which no bucket counts.
    public var undated: Int

    /// Spans shorter than this many days (nine weeks) are counted by week, in at most ten bars.
    public static let weeklySpan = 63

    public init(granularity: Granularity, buckets: [Bucket], undated: Int) {
        self.granularity = granularity
        self.buckets = buckets
        self.undated = undated
    }

    /// The timeline of reports on `days` (`ArticleDate.dayNumber`, in any order).
    public init(days: [Int], undated: Int) {
        self.init(dayCounts: days.map { (day: $0, reports: 1) }, undated: undated)
    }

    /// The timeline of `reports` reports on each `day`, in any order (a day may come more than
    /// once): what a store counting reports per day gives.
    ///
    ///     EntityTimeline(dayCounts: [(19_877, 2), (19_967, 1)], undated: 0)
    public init(dayCounts: [(day: Int, reports: Int)], undated: Int) {
        self.undated = undated
        let counted = dayCounts.filter { $0.reports > 0 }
        guard let first = counted.lazy.map(\.day).min(), let last = counted.lazy.map(\.day).max() else {
            granularity = .month
            buckets = []
            return
        }
        granularity = last - first < Self.weeklySpan ? .week : .month
        let start = Self.ordinal(ofDay: first, granularity)
        var counts = [Int](repeating: 0, count: Self.ordinal(ofDay: last, granularity) - start + 1)
        for (day, n) in counted { counts[Self.ordinal(ofDay: day, granularity) - start] += n }
        let granularity = granularity
        buckets = counts.enumerated().map { i, n in Bucket(period: Self.name(ofOrdinal: start + i, granularity), reports: n) }
    }

    /// The period (as in `Bucket.period`) a report of `date` is counted in.
    public func period(of date: ArticleDate) -> String {
        Self.name(ofOrdinal: Self.ordinal(ofDay: date.dayNumber, granularity), granularity)
    }

    /// Months since year 0, or weeks since Monday 1969-12-29 (the week of day 0, a Thursday).
    static func ordinal(ofDay day: Int, _ granularity: Granularity) -> Int {
        switch granularity {
        case .month:
            let d = ArticleDate.civil(fromDayNumber: day)
            return d.year * 12 + d.month - 1
        case .week:
            return (day + 3).floorDivided(by: 7)
        }
    }

    static func name(ofOrdinal n: Int, _ granularity: Granularity) -> String {
        func pad(_ v: Int, _ width: Int) -> String {
            let s = String(v)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        switch granularity {
        case .month:
            return pad(n.floorDivided(by: 12), 4) + "-" + pad(n - n.floorDivided(by: 12) * 12 + 1, 2)
        case .week:
            // The ISO week is named by the year of its Thursday.
            let thursday = n * 7
            let year = ArticleDate.civil(fromDayNumber: thursday).year
            let firstThursday = ArticleDate.firstThursday(ofYear: year)
            return pad(year, 4) + "-W" + pad((thursday - firstThursday) / 7 + 1, 2)
        }
    }
}

extension ArticleDate {
    /// Days since 1970-01-01 (negative before).
    public var dayNumber: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = y.floorDivided(by: 400)
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The day `dayNumber` counts (with any year, unlike `init(year:month:day:)`).
    static func civil(fromDayNumber n: Int) -> (year: Int, month: Int, day: Int) {
        let z = n + 719_468
        let era = z.floorDivided(by: 146_097)
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// 0 for Monday … 6 for Sunday (1970-01-01 was a Thursday).
    static func weekday(ofDayNumber n: Int) -> Int {
        (n + 3) - (n + 3).floorDivided(by: 7) * 7
    }

    /// The day number of the first Thursday of `year`, which is in its ISO week 1.
    static func firstThursday(ofYear year: Int) -> Int {
        let jan1 = civilDayNumber(year: year, month: 1, day: 1)
        return jan1 + (3 - weekday(ofDayNumber: jan1) + 7) % 7
    }

    static func civilDayNumber(year: Int, month: Int, day: Int) -> Int {
        var d = ArticleDate(year: 2000, month: 1, day: 1)!
        (d.year, d.month, d.day) = (year, month, day)
        return d.dayNumber
    }
}

extension Int {
    /// Division rounding toward minus infinity (`-1 / 7` is `-1`, not `0`).
    func floorDivided(by d: Int) -> Int {
        let q = self / d
        return (self % d != 0 && (self < 0) != (d < 0)) ? q - 1 : q
    }
}
