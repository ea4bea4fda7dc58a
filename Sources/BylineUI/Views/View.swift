import BylineCore

/// One pane's content and position; the navigation trail is a list of these.
public enum View: Sendable {
    case list(ArticleListView)
    case reader(ReaderView)
    case entityPage(EntityPageView)
    case entities(EntitiesView)
    case articlePane(ArticlePaneView)
    case searchResults(SearchResultsView)
    case connections(ConnectionsView)
    case reportSet(ReportSetView)

    public var kind: PaneKind {
        switch self {
        case .list: return .list
        case .reader(let r): if case .raw = r.content { return .rawSource } else { return .reader }
        case .entityPage: return .entityPage
        case .entities: return .entities
        case .articlePane(let p):
            switch p.kind {
            case .captions: return .captions
            case .sources: return .sources
            case .links: return .links
            }
        case .searchResults: return .searchResults
        case .connections: return .connections
        case .reportSet: return .reportSet
        }
    }

    /// Whether moving the selection shows the selected report in the next pane.
    public var previewsSelection: Bool {
        switch self {
        case .list, .searchResults, .entityPage, .reportSet: return true
        default: return false
        }
    }

    /// Whether this is a pane beside a report about that report: captions, sources, links or
    /// the people it names. These replace one another instead of piling up.
    var isSidePane: Bool {
        switch self {
        case .articlePane: return true
        case .entities(let e): if case .article = e.scope { return true } else { return false }
        default: return false
        }
    }

    /// The report this pane is about or has selected, for `s`, `|`, `o`, `=`, `c`, `v`, `P`.
    public var currentArticleID: String? {
        switch self {
        case .list(let l): return l.selected?.id
        case .reader(let r): return r.articleID
        case .entityPage(let e):
            guard let page = e.page, let a = e.selectedReport else { return nil }
            return page.articles[a].id
        case .entities(let e):
            if case .article(let id, _) = e.scope { return id }
            return nil
        case .articlePane(let p): return p.articleID
        case .searchResults(let s): return s.hits.indices.contains(s.cursor.selected) ? s.hits[s.cursor.selected].id : nil
        case .connections: return nil
        case .reportSet(let v): return v.selectedReport.map { v.reports[$0].id }
        }
    }

    /// The selectable rows' cursor, for list panes.
    var cursor: ListCursor? {
        get {
            switch self {
            case .list(let v): return v.cursor
            case .entityPage(let v): return v.cursor
            case .entities(let v): return v.cursor
            case .articlePane(let v): return v.cursor
            case .searchResults(let v): return v.cursor
            case .connections(let v): return v.cursor
            case .reportSet(let v): return v.cursor
            case .reader: return nil
            }
        }
        set {
            guard let newValue else { return }
            switch self {
            case .list(var v): v.cursor = newValue; self = .list(v)
            case .entityPage(var v): v.cursor = newValue; self = .entityPage(v)
            case .entities(var v): v.cursor = newValue; self = .entities(v)
            case .articlePane(var v): v.cursor = newValue; self = .articlePane(v)
            case .searchResults(var v): v.cursor = newValue; self = .searchResults(v)
            case .connections(var v): v.cursor = newValue; self = .connections(v)
            case .reportSet(var v): v.cursor = newValue; self = .reportSet(v)
            case .reader: break
            }
        }
    }

    /// How many rows a list pane has.
    var itemCount: Int {
        switch self {
        case .list(let v): return v.rowCount
        case .entityPage(let v): return v.rows.count
        case .entities(let v): return v.items.count
        case .articlePane(let v): return v.items.count
        case .searchResults(let v): return v.hits.count
        case .connections(let v): return v.rows.count
        case .reportSet(let v): return v.rows.count
        case .reader: return 0
        }
    }

    /// Whether row `i` can be selected (group headings cannot).
    func isSelectable(_ i: Int) -> Bool {
        if case .articlePane(let v) = self, v.items.indices.contains(i) { return !v.items[i].isHeading }
        return true
    }

    /// Display rows of item `i` at the width last drawn.
    func itemHeight(_ i: Int) -> Int {
        switch self {
        case .entityPage(let v): return v.rendered?.height(i) ?? 1
        case .articlePane(let v): return v.rendered?.height(i) ?? 1
        case .searchResults(let v): return v.rendered?.height(i) ?? 1
        case .connections(let v): return v.rendered?.height(i) ?? 1
        case .reportSet(let v): return v.rendered?.height(i) ?? 1
        default: return 1
        }
    }

    var reader: ReaderView? {
        if case .reader(let r) = self { return r }
        return nil
    }
}
