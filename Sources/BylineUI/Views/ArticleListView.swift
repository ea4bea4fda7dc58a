import BylineCore

/// The article list: every report, newest first or by title, optionally filtered.
///
/// A long list is read from the store a page at a time as it scrolls, so it opens at once
/// however many reports there are. Sorting by title or filtering needs every title: the first
/// time, the whole list is read, and from then on it is held.
public struct ArticleListView: Sendable {
    public enum Sort: String, Sendable { case date, title }

    /// Rows read from the store on demand, in the store's order.
    struct Pages: Sendable {
        var count: Int
        var pages: [Int: [ArticleSummary]] = [:]
    }

    /// Every report held, and the rows shown (indices into `all`).
    struct Held: Sendable {
        var all: [ArticleSummary]
        var rows: [Int]
    }

    enum Storage: Sendable {
        case paged(Pages)
        case held(Held)
    }

    /// Small, because each row read costs a page of the database (rows hold the report text):
    /// a screen reads its rows rounded up to 20 (40 for a 40-row terminal), where pages of 256
    /// took 25-54 ms at 100,000 reports. A query per page costs far less than a row.
    static let pageSize = 20

    private(set) var storage: Storage
    public private(set) var sort: Sort = .date
    public private(set) var filter: String = ""
    public var cursor = ListCursor()

    /// A list of reports already read.
    public init(summaries: [ArticleSummary]) {
        storage = .held(Held(all: summaries, rows: Array(summaries.indices)))
    }

    /// A list of `count` reports to be read from the store a page at a time.
    public init(count: Int) {
        storage = .paged(Pages(count: count))
    }

    /// Rows shown.
    public var rowCount: Int {
        switch storage {
        case .paged(let p): return p.count
        case .held(let h): return h.rows.count
        }
    }

    /// Every report in the folder, shown or not.
    public var totalCount: Int {
        switch storage {
        case .paged(let p): return p.count
        case .held(let h): return h.all.count
        }
    }

    /// The report on row `row`, or nil when its page has not been read yet.
    public func summary(at row: Int) -> ArticleSummary? {
        guard row >= 0, row < rowCount else { return nil }
        switch storage {
        case .paged(let p): return p.pages[row / Self.pageSize].flatMap { page in
            let i = row % Self.pageSize
            return i < page.count ? page[i] : nil
        }
        case .held(let h): return h.all[h.rows[row]]
        }
    }

    public var selected: ArticleSummary? { summary(at: cursor.selected) }

    /// The row showing report `id`, among the rows read so far.
    public func row(of id: String) -> Int? {
        switch storage {
        case .paged(let p):
            for (n, page) in p.pages {
                if let i = page.firstIndex(where: { $0.id == id }) { return n * Self.pageSize + i }
            }
            return nil
        case .held(let h):
            return h.rows.firstIndex { h.all[$0].id == id }
        }
    }

    /// Reads the pages holding `rows` that have not been read yet.
    public mutating func load(rows: Range<Int>, from store: any ArticleStore) throws {
        guard case .paged(var p) = storage, !rows.isEmpty else { return }
        let first = max(0, rows.lowerBound) / Self.pageSize
        let last = max(0, min(rows.upperBound, p.count) - 1) / Self.pageSize
        guard first <= last else { return }
        var changed = false
        for n in first...last where p.pages[n] == nil {
            p.pages[n] = try store.summaries(in: (n * Self.pageSize)..<((n + 1) * Self.pageSize))
            changed = true
        }
        if changed { storage = .paged(p) }
    }

    /// Reads every report so the list can be sorted or filtered, once.
    public mutating func holdAll(from store: any ArticleStore) throws {
        guard case .paged = storage else { return }
        let all = try store.summaries()
        storage = .held(Held(all: all, rows: Array(all.indices)))
    }

    /// The folder changed: start over with `count` reports (paged) or these reports (held),
    /// keeping the selected report selected when it is still there.
    public mutating func replace(count: Int) {
        pendingKeep = selected?.id ?? pendingKeep
        storage = .paged(Pages(count: count))
        cursor.clamp(count: count)
    }

    /// The report to select again after a paged reload, once the page around the cursor is
    /// read (see `settle`).
    var pendingKeep: String?

    /// After pages were read: selects again the report that was selected before a reload.
    mutating func settle() {
        guard let keep = pendingKeep, summary(at: cursor.selected) != nil else { return }
        pendingKeep = nil
        if let r = row(of: keep) { cursor.selected = r }
    }
    public mutating func replace(_ summaries: [ArticleSummary]) {
        let keep = selected?.id
        storage = .held(Held(all: summaries, rows: Array(summaries.indices)))
        rebuild(keeping: keep)
    }

    /// Whether the list is read a page at a time (sorting or filtering reads it all first).
    public var needsAll: Bool {
        if case .paged = storage { return true }
        return false
    }

    public mutating func setSort(_ sort: Sort) {
        let keep = selected?.id
        self.sort = sort
        rebuild(keeping: keep)
    }

    /// Shows only reports whose title, byline, source or date contain every word of `text`.
    public mutating func setFilter(_ text: String) {
        let keep = selected?.id
        let narrowing = !filter.isEmpty && text.hasPrefix(filter)
        filter = text
        rebuild(keeping: keep, narrowing: narrowing)
    }

    private mutating func rebuild(keeping id: String?, narrowing: Bool = false) {
        guard case .held(var h) = storage else { return }
        var order = narrowing ? h.rows : Array(h.all.indices)
        let words = filter.split(separator: " ").map { FoldedText.fold(String($0)) }
        if !words.isEmpty {
            order = order.filter { i in
                let s = h.all[i]
                let hay = FoldedText([s.title, s.byline ?? "", s.source ?? "", s.date?.iso ?? ""].joined(separator: " "))
                return words.allSatisfy { !hay.ranges(of: $0, limit: 1).isEmpty }
            }
        }
        if !narrowing, sort == .title {
            let keys = h.all.map { $0.title.lowercased() }
            order.sort { keys[$0] < keys[$1] }
        }
        h.rows = order
        storage = .held(h)
        if let id, let r = row(of: id) { cursor.selected = r }
        cursor.clamp(count: rowCount)
    }
}
