import BylineCore

/// The article list: every report, newest first or sorted by another key, optionally filtered.
///
/// A long list is read from the store a page at a time as it scrolls, so it opens at once
/// however many reports there are. Any other order, or a filter, needs every row: the first
/// time, the whole list is read, and from then on it is held.
public struct ArticleListView: Sendable {
    /// What the list is sorted by; each order can be reversed.
    public enum Sort: String, Sendable, CaseIterable {
        case date, title, source, author, people
        /// Unread reports first (newest first within each part); reversed, read ones first.
        case unread
        /// Starred reports first, then those with a note, then the rest.
        case starred

        /// The key after this one, for the key that cycles through them.
        public var next: Sort {
            let all = Sort.allCases
            return all[(all.firstIndex(of: self)! + 1) % all.count]
        }

        /// How the list title names the order: `newest first`, `title A-Z`.
        func label(reversed: Bool) -> String {
            switch self {
            case .date: return reversed ? "oldest first" : "newest first"
            case .title: return reversed ? "title Z-A" : "by title"
            case .source: return reversed ? "source Z-A" : "by source"
            case .author: return reversed ? "author Z-A" : "by author"
            case .people: return reversed ? "fewest people" : "most people"
            case .unread: return reversed ? "read first" : "unread first"
            case .starred: return reversed ? "starred last" : "starred first"
            }
        }
    }

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
    /// Whether the order is the sort key's reverse (oldest first, Z to A, fewest people first).
    public private(set) var reversed = false
    public private(set) var filter: String = ""
    public var cursor = ListCursor()
    /// Set when no report of the folder has a date: the list then has no date column and is
    /// sorted by title (unless the user chose another order).
    public private(set) var undated = false
    /// Whether the title order was chosen because the folder has no dates, not by the user.
    private var sortedForLackOfDates = false
    /// Whether the user chose the order (then it is kept whatever the folder holds).
    private var sortChosen = false
    /// The names of the people, places and organisations of each report, by id, for the filter
    /// (read with the whole list).
    var names: [String: String] = [:]
    /// Whether `names` is read for the reports held now.
    private var namesRead = false
    /// The reading marks of the reports, by id (`AppState.marks`), for the filter's `is:`
    /// words, the note text and the `unread` and `starred` orders.
    public private(set) var marks: [String: ReportMarks] = [:]

    /// The filter words that test marks rather than text.
    static let markWords: [String: @Sendable (ReportMarks) -> Bool] = [
        "is:unread": { !$0.read }, "is:read": { $0.read }, "is:starred": { $0.starred },
        "is:unstarred": { !$0.starred }, "has:note": { $0.hasNote },
    ]

    /// Whether the order or the filter depends on the marks.
    var dependsOnMarks: Bool {
        sort == .unread || sort == .starred || filter.split(separator: " ").contains { Self.markWords[$0.lowercased()] != nil }
            || (!filter.isEmpty && marks.values.contains(where: \.hasNote))
    }

    /// New marks; the rows are filtered and sorted again when they depend on them.
    public mutating func setMarks(_ marks: [String: ReportMarks]) {
        let before = dependsOnMarks
        self.marks = marks
        if before || dependsOnMarks { rebuild(keeping: selected?.id) }
    }

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
        if case .paged = storage {
            let all = try store.summaries()
            storage = .held(Held(all: all, rows: Array(all.indices)))
        }
        if !namesRead, case .held(let h) = storage {
            // Without names the filter still matches titles, bylines and files.
            names = (try? store.namesByReport(ids: h.all.map(\.id))) ?? [:]
            namesRead = true
        }
    }

    /// The first report in the store's order (newest first, undated last), if read.
    private var newest: ArticleSummary? {
        switch storage {
        case .paged(let p): return p.pages[0]?.first
        case .held(let h): return h.all.first
        }
    }

    /// Notes whether the folder has dates, from the newest report: when even it has none, no
    /// report has. Returns true when the list must now be sorted by title for lack of dates
    /// (which needs every row; see `sortForLackOfDates`).
    mutating func checkDates() -> Bool {
        guard let first = newest else { return false }
        let none = first.date == nil
        if none != undated { undated = none }
        if !none, sortedForLackOfDates {
            // Dated reports arrived (a rescan, or indexing reached them): back to newest first.
            sortedForLackOfDates = false
            setSort(.date)
        }
        return none && sort == .date && !reversed && !sortChosen
    }

    /// Sorts a list without dates by title, remembering it was not the user's choice.
    mutating func sortForLackOfDates() {
        setSort(.title)
        sortChosen = false
        sortedForLackOfDates = true
    }

    /// The folder changed: start over with `count` reports (paged) or these reports (held),
    /// keeping the selected report selected when it is still there.
    public mutating func replace(count: Int) {
        pendingKeep = selected?.id ?? pendingKeep
        storage = .paged(Pages(count: count))
        namesRead = false
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
        namesRead = false
        rebuild(keeping: keep)
    }

    /// Whether the list is read a page at a time (sorting or filtering reads it all first).
    public var needsAll: Bool {
        if case .paged = storage { return true }
        return false
    }

    public mutating func setSort(_ sort: Sort, reversed: Bool = false) {
        let keep = selected?.id
        self.sort = sort
        self.reversed = reversed
        sortedForLackOfDates = false
        sortChosen = true
        rebuild(keeping: keep)
    }

    /// Shows only reports whose title, byline, source, date, file name or named people, places
    /// and organisations contain every word of `text`.
    public mutating func setFilter(_ text: String) {
        let keep = selected?.id
        // A longer filter keeps a subset, unless it now tests a mark (`is:` typed on to `is:read`
        // matched text until the word was complete).
        let testsMarks = text.split(separator: " ").contains { Self.markWords[$0.lowercased()] != nil }
        let narrowing = !filter.isEmpty && text.hasPrefix(filter) && !testsMarks
        filter = text
        rebuild(keeping: keep, narrowing: narrowing)
    }

    private mutating func rebuild(keeping id: String?, narrowing: Bool = false) {
        guard case .held(var h) = storage else { return }
        var order = narrowing ? h.rows : Array(h.all.indices)
        let all = filter.split(separator: " ").map(String.init)
        let tests = all.compactMap { Self.markWords[$0.lowercased()] }
        let words = all.filter { Self.markWords[$0.lowercased()] == nil }.map { FoldedText.fold($0) }
        if !words.isEmpty || !tests.isEmpty {
            order = order.filter { i in
                let s = h.all[i]
                let m = marks[s.id] ?? ReportMarks()
                guard tests.allSatisfy({ $0(m) }) else { return false }
                guard !words.isEmpty else { return true }
                let file = s.path.split(separator: "/").last.map(String.init) ?? s.path
                let hay = FoldedText([s.title, s.byline ?? "", s.source ?? "", s.date?.iso ?? "", file, names[s.id] ?? "", m.note]
                    .joined(separator: " "))
                return words.allSatisfy { !hay.ranges(of: $0, limit: 1).isEmpty }
            }
        }
        if !narrowing, sort != .date || reversed {
            order = Self.sorted(order, of: h.all, by: sort, reversed: reversed, marks: marks)
        }
        h.rows = order
        storage = .held(h)
        if let id, let r = row(of: id) { cursor.selected = r }
        cursor.clamp(count: rowCount)
    }
}

extension ArticleListView {
    /// `rows` (indices into `all`, in the store's order: newest first) in `sort`'s order.
    /// Reports without the key (no date, no source, no byline) stay at the end either way;
    /// ties keep the store's order.
    static func sorted(_ rows: [Int], of all: [ArticleSummary], by sort: Sort, reversed: Bool,
                       marks: [String: ReportMarks] = [:]) -> [Int] {
        let position = Dictionary(uniqueKeysWithValues: rows.enumerated().map { ($0.element, $0.offset) })
        if sort == .unread || sort == .starred {
            // A rank per report (lower first); ties keep the store's order, newest first.
            func rank(_ i: Int) -> Int {
                let m = marks[all[i].id] ?? ReportMarks()
                if sort == .unread { return m.read ? 1 : 0 }
                return m.starred ? 0 : (m.hasNote ? 1 : 2)
            }
            return rows.sorted { a, b in
                let x = rank(a), y = rank(b)
                if x != y { return reversed ? x > y : x < y }
                return position[a]! < position[b]!
            }
        }
        func text(_ s: ArticleSummary) -> String? {
            switch sort {
            case .date: return s.date?.iso
            case .title: return folded(s.title)
            case .source: return ListPane.sourceLabel(s).map(folded)
            case .author: return s.byline.map(folded)
            case .people, .unread, .starred: return nil
            }
        }
        if sort == .people {
            return rows.sorted { a, b in
                let x = all[a].personCount, y = all[b].personCount
                if x != y { return reversed ? x < y : x > y }
                return position[a]! < position[b]!
            }
        }
        let keys = Dictionary(uniqueKeysWithValues: rows.map { ($0, text(all[$0])) })
        // Dates read newest first; the other keys A to Z.
        let descending = sort == .date ? !reversed : reversed
        return rows.sorted { a, b in
            switch (keys[a]!, keys[b]!) {
            case (nil, nil): return position[a]! < position[b]!
            case (nil, _): return false
            case (_, nil): return true
            case let (x?, y?):
                if x != y { return descending ? x > y : x < y }
                return position[a]! < position[b]!
            }
        }
    }

    /// Text with case and accents folded, for comparing.
    private static func folded(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: FoldedText.fold(text))
        return String(scalars)
    }
}
