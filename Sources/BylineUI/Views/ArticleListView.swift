import BylineCore

/// The article list: every report, sorted by date or title, optionally filtered.
public struct ArticleListView: Sendable {
    public enum Sort: String, Sendable { case date, title }

    public private(set) var all: [ArticleSummary]
    public private(set) var sort: Sort = .date
    public private(set) var filter: String = ""
    /// Indices into `all` of the rows shown, in order.
    public private(set) var rows: [Int] = []
    public var cursor = ListCursor()

    public init(summaries: [ArticleSummary]) {
        all = summaries
        rebuild(keeping: nil)
    }

    public var selected: ArticleSummary? {
        rows.indices.contains(cursor.selected) ? all[rows[cursor.selected]] : nil
    }

    /// The row showing report `id`, if it is shown.
    public func row(of id: String) -> Int? {
        rows.firstIndex { all[$0].id == id }
    }

    /// Replaces the reports (after a rescan), keeping the selected one selected.
    public mutating func replace(_ summaries: [ArticleSummary]) {
        let keep = selected?.id
        all = summaries
        rebuild(keeping: keep)
    }

    public mutating func setSort(_ sort: Sort) {
        let keep = selected?.id
        self.sort = sort
        rebuild(keeping: keep)
    }

    /// Shows only reports whose title, byline or source contain every word of `text`.
    public mutating func setFilter(_ text: String) {
        let keep = selected?.id
        let narrowing = !filter.isEmpty && text.hasPrefix(filter)
        filter = text
        rebuild(keeping: keep, within: narrowing ? rows : nil)
    }

    private mutating func rebuild(keeping id: String?, within candidates: [Int]? = nil) {
        var order = candidates ?? Array(all.indices)
        let words = filter.split(separator: " ").map { FoldedText.fold(String($0)) }
        if !words.isEmpty {
            order = order.filter { i in
                let s = all[i]
                let hay = FoldedText([s.title, s.byline ?? "", s.source ?? "", s.date?.iso ?? ""].joined(separator: " "))
                return words.allSatisfy { !hay.ranges(of: $0, limit: 1).isEmpty }
            }
        }
        if candidates == nil, sort == .title {
            order.sort { all[$0].title.lowercased() < all[$1].title.lowercased() }
        }
        rows = order
        if let id, let r = row(of: id) {
            cursor.selected = r
        }
        cursor.clamp(count: rows.count)
    }
}
