import BylineCore

/// A list of reports with sentences under each: the reports naming two entities (Enter on a
/// connection), or the reports naming an entity in one month or week (Enter on a timeline
/// bar). Opening a row shows the report.
public struct ReportSetView: Sendable {
    public enum Source: Sendable, Equatable {
        /// The reports naming both entities, with the sentences naming both.
        case shared(key: String, name: String, other: String, otherName: String)
        /// The reports naming the entity in `period` (`EntityTimeline.Bucket.period`), with
        /// the sentences naming it.
        case period(key: String, name: String, period: String, granularity: EntityTimeline.Granularity)
    }

    public var source: Source
    public internal(set) var reports: [SharedReport] = []
    public internal(set) var error: String?
    public internal(set) var loaded = false
    /// Each report, and under it its sentences.
    public internal(set) var rows = ReportRows()
    public var cursor = ListCursor()
    var rendered: RenderedItems?

    public init(_ source: Source) {
        self.source = source
    }

    mutating func load(from store: any ArticleStore) {
        loaded = true
        do {
            switch source {
            case .shared(let key, _, let other, _):
                load(try store.sharedReports(key: key, with: other))
            case .period(let key, let name, let period, let granularity):
                guard let page = try store.entityPage(key: key) else {
                    error = "Nothing in the corpus is known as \(name) any more; R rescans the folder."
                    return
                }
                let timeline = EntityTimeline(granularity: granularity, buckets: [], undated: 0)
                load(page.articles.filter { $0.date.map(timeline.period(of:)) == period }.map { a in
                    SharedReport(id: a.id, path: a.path, title: a.title, date: a.date, sentences: a.mentions.map { m in
                        let shown = m.shown
                        return MarkedText(text: shown.sentence, marks: [shown.start..<shown.end])
                    })
                })
            }
        } catch {
            self.error = "Cannot read the reports: \(error)"
        }
    }

    mutating func load(_ reports: [SharedReport]) {
        self.reports = reports
        rows = ReportRows(lineCounts: reports.map(\.sentences.count))
        cursor = ListCursor()
        rendered = nil
    }

    /// The report of the selected row.
    public var selectedReport: Int? { rows.report(at: cursor.selected) }

    /// The report of the selected row, opened with the names highlighted.
    var selectedTarget: ReaderView? {
        guard let r = selectedReport else { return nil }
        let names: [String]
        switch source {
        case .shared(_, let a, _, let b): names = [a, b]
        case .period(_, let a, _, _): names = [a]
        }
        return ReaderView(articleID: reports[r].id, highlight: names)
    }
}
