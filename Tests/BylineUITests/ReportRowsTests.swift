import Testing
@testable import BylineUI

/// The rows shared by entity pages and report sets: each report, then its lines.
@Suite struct ReportRowsTests {
    @Test func eachReportIsFollowedByItsLinesAndEveryRowKnowsItsReport() {
        let rows = ReportRows(lineCounts: [2, 0, 1])
        #expect(Array(rows) == [.report(0), .line(report: 0, line: 0), .line(report: 0, line: 1), .report(1),
                                .report(2), .line(report: 2, line: 0)])
        #expect(rows.map(\.report) == [0, 0, 0, 1, 2, 2])
        #expect(rows.row(ofReport: 2) == 4)
        #expect(rows.report(at: 5) == 2)
        #expect(rows.report(at: 6) == nil)
        #expect(ReportRows().isEmpty)
    }
}
