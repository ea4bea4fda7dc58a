import BylineCore
import Testing

/// Reports per month or week, as the entity page's bar row and `person --json` show them.
@Suite struct EntityTimelineTests {
    func days(_ isos: [String]) -> [Int] { isos.map { ArticleDate(iso: $0)!.dayNumber } }

    @Test func dayNumbersCountFromTheFirstOfJanuary1970() {
        #expect(ArticleDate(iso: "1970-01-01")!.dayNumber == 0)
        #expect(ArticleDate(iso: "1969-12-31")!.dayNumber == -1)
        #expect(ArticleDate(iso: "2000-03-01")!.dayNumber == 11_017)
        #expect(ArticleDate(iso: "2024-06-03")!.dayNumber == 19_877)
    }

    @Test func aLongSpanIsCountedByMonthWithEmptyMonthsBetween() {
        let t = EntityTimeline(days: days(["2023-11-30", "2024-02-01", "2023-11-02", "2024-02-29"]), undated: 2)
        #expect(t.granularity == .month)
        #expect(t.buckets == [.init(period: "2023-11", reports: 2), .init(period: "2023-12", reports: 0),
                              .init(period: "2024-01", reports: 0), .init(period: "2024-02", reports: 2)])
        #expect(t.undated == 2)
        #expect(t.period(of: ArticleDate(iso: "2024-02-10")!) == "2024-02")
    }

    @Test func aShortSpanIsCountedByISOWeekAcrossTheTurnOfTheYear() {
        // 2020-12-31 and 2021-01-03 are in ISO week 53 of 2020; 2021-01-04 starts week 1.
        let t = EntityTimeline(days: days(["2020-12-28", "2020-12-31", "2021-01-03", "2021-01-04", "2021-01-20"]), undated: 0)
        #expect(t.granularity == .week)
        #expect(t.buckets.map(\.period) == ["2020-W53", "2021-W01", "2021-W02", "2021-W03"])
        #expect(t.buckets.map(\.reports) == [3, 1, 0, 1])
        #expect(t.period(of: ArticleDate(iso: "2021-01-10")!) == "2021-W01")
    }

    @Test func nineWeeksOrMoreAreCountedByMonth() {
        #expect(EntityTimeline(days: days(["2024-01-01", "2024-03-03"]), undated: 0).granularity == .week)
        #expect(EntityTimeline(days: days(["2024-01-01", "2024-03-04"]), undated: 0).granularity == .month)
    }

    @Test func countsPerDayGiveTheSameBucketsAsOneDayPerReport() {
        let each = days(["2023-11-30", "2024-02-01", "2023-11-30", "2024-02-29", "2024-02-01", "2024-02-01"])
        let perDay = [(day: each[0], reports: 2), (day: each[1], reports: 1), (day: each[3], reports: 1), (day: each[1], reports: 2),
                      (day: each[0] - 400, reports: 0)]
        let t = EntityTimeline(dayCounts: perDay, undated: 1)
        #expect(t == EntityTimeline(days: each, undated: 1))
        // A day counted zero times (a store's emptied row) does not stretch the axis.
        #expect(t.buckets.map(\.reports) == [2, 0, 0, 4])
        #expect(EntityTimeline(dayCounts: [(day: each[0], reports: 2), (day: each[0] + 3, reports: 1)], undated: 0).buckets
            == [.init(period: "2023-W48", reports: 3)])
    }

    @Test func noDatedReportGivesNoBuckets() {
        let t = EntityTimeline(days: [], undated: 3)
        #expect(t.buckets.isEmpty)
        #expect(t.undated == 3)
    }

    @Test func theScoreWeighsTheCountAgainstChance() {
        // Named in every report: sharing all of them is chance.
        #expect(ConnectionScore.score(shared: 40, a: 40, b: 100, total: 100) == 0)
        // Three reports, all with the entity, beat forty that chance explains.
        #expect(ConnectionScore.score(shared: 3, a: 40, b: 3, total: 100) > ConnectionScore.score(shared: 20, a: 40, b: 50, total: 100))
        // Less often together than chance: below zero.
        #expect(ConnectionScore.score(shared: 2, a: 40, b: 50, total: 100) < 0)
        #expect(ConnectionScore.score(shared: 0, a: 40, b: 50, total: 100) == 0)
    }
}
