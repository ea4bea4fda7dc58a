/// The rows of a list of reports, each report's row followed by one row per line of its own:
/// the mentions under each report of an entity page, the sentences under each report of a
/// report set (`EntityPageView`, `ReportSetView`).
///
///     let rows = ReportRows(lineCounts: [2, 0])
///     // [.report(0), .line(report: 0, line: 0), .line(report: 0, line: 1), .report(1)]
public struct ReportRows: RandomAccessCollection, Sendable, Equatable {
    public enum Row: Sendable, Equatable {
        /// A report (index into the view's reports).
        case report(Int)
        /// One line under that report (index into its mentions or sentences).
        case line(report: Int, line: Int)

        /// The report the row belongs to.
        public var report: Int {
            switch self {
            case .report(let r), .line(let r, _): return r
            }
        }
    }

    private var rows: [Row] = []

    public init() {}

    /// Rows for reports with these numbers of lines, in order.
    public init(lineCounts: [Int]) {
        rows.reserveCapacity(lineCounts.count + lineCounts.reduce(0, +))
        for (r, lines) in lineCounts.enumerated() {
            rows.append(.report(r))
            for l in 0..<lines { rows.append(.line(report: r, line: l)) }
        }
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { rows.count }
    public subscript(i: Int) -> Row { rows[i] }

    /// The report of row `i`, if there is such a row.
    public func report(at i: Int) -> Int? {
        indices.contains(i) ? rows[i].report : nil
    }

    /// The row of report `r`'s own line.
    public func row(ofReport r: Int) -> Int? {
        rows.firstIndex(of: .report(r))
    }
}
