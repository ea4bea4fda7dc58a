import BylineCore

/// Everything the corpus says about one entity: its names and roles, then every report naming
/// it with the sentence of each mention. Rows are the reports (indices into `page.articles`)
/// and under each its mentions.
public struct EntityPageView: Sendable {

    public var key: String
    public internal(set) var page: EntityPage?
    public internal(set) var error: String?
    public internal(set) var rows = ReportRows()
    /// The reports naming the entity per month or week, worked out once when the page is read
    /// (the header draws it on every frame, and a page may list 20,000 reports).
    public internal(set) var timeline = EntityTimeline(days: [], undated: 0)
    /// Mentions across all the reports, for the header.
    public internal(set) var mentionCount = 0
    public var cursor = ListCursor()
    var rendered: RenderedItems?
    /// The report to select once loaded (the one the link was followed from), and the
    /// mention in it.
    var preferredReport: String?
    var preferredMention: Mention?

    public init(key: String, selecting reportID: String? = nil, mention: Mention? = nil) {
        self.key = key
        preferredReport = reportID
        preferredMention = mention
    }

    /// Reads the page from the store and selects the preferred report (or the first).
    mutating func load(from store: any ArticleStore) {
        do {
            guard let page = try store.entityPage(key: key) else {
                error = "Nothing in the corpus is known as \(key) any more; R rescans the folder."
                return
            }
            load(page)
            if let id = preferredReport, let a = page.articles.firstIndex(where: { $0.id == id }), let row = row(ofReport: a) {
                let m = preferredMention.flatMap { pm in page.articles[a].mentions.firstIndex { $0.mention == pm } } ?? 0
                cursor.selected = page.articles[a].mentions.isEmpty ? row : row + 1 + m
            }
        } catch {
            self.error = "\(error)"
        }
    }

    public var isLoaded: Bool { page != nil || error != nil }

    mutating func load(_ page: EntityPage) {
        self.page = page
        timeline = EntityTimeline(days: page.articles.compactMap { $0.date?.dayNumber }, undated: page.articles.count(where: { $0.date == nil }))
        mentionCount = page.articles.reduce(0) { $0 + $1.mentions.count }
        rows = ReportRows(lineCounts: page.articles.map(\.mentions.count))
        cursor = ListCursor()
        rendered = nil
    }

    /// The report of the selected row.
    public var selectedReport: Int? { rows.report(at: cursor.selected) }

    /// The row of report `a`'s heading.
    func row(ofReport a: Int) -> Int? { rows.row(ofReport: a) }

    /// What opening the selected row shows: the report, at the mention when one is selected.
    var selectedTarget: ReaderView? {
        guard let page, rows.indices.contains(cursor.selected) else { return nil }
        switch rows[cursor.selected] {
        case .report(let a):
            let appearance = page.articles[a]
            return ReaderView(articleID: appearance.id, jump: appearance.mentions.first.map { .mention($0.mention) })
        case .line(let a, let m):
            return ReaderView(articleID: page.articles[a].id, jump: .mention(page.articles[a].mentions[m].mention))
        }
    }
}
