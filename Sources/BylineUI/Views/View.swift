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

    /// The pane's content, for what every pane answers the same way (`PaneContent`).
    var content: any PaneContent {
        switch self {
        case .list(let v): return v
        case .reader(let v): return v
        case .entityPage(let v): return v
        case .entities(let v): return v
        case .articlePane(let v): return v
        case .searchResults(let v): return v
        case .connections(let v): return v
        case .reportSet(let v): return v
        }
    }

    /// Changes the content in place, whichever pane this is.
    mutating func update(_ change: (inout any PaneContent) -> Void) {
        var c = content
        change(&c)
        switch c {
        case let v as ArticleListView: self = .list(v)
        case let v as ReaderView: self = .reader(v)
        case let v as EntityPageView: self = .entityPage(v)
        case let v as EntitiesView: self = .entities(v)
        case let v as ArticlePaneView: self = .articlePane(v)
        case let v as SearchResultsView: self = .searchResults(v)
        case let v as ConnectionsView: self = .connections(v)
        case let v as ReportSetView: self = .reportSet(v)
        default: preconditionFailure("a pane content View has no case for: \(type(of: c))")
        }
    }

    public var kind: PaneKind { content.paneKind }

    /// Whether moving the selection shows the selected report in the next pane.
    public var previewsSelection: Bool { content.previewsSelection }

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
    public var currentArticleID: String? { content.currentArticleID }

    /// The selectable rows' cursor, for list panes.
    var cursor: ListCursor? {
        get { (content as? any ListPaneContent)?.cursor }
        set {
            guard let newValue else { return }
            update { c in
                guard var list = c as? any ListPaneContent else { return }
                list.cursor = newValue
                c = list
            }
        }
    }

    /// How many rows a list pane has.
    var itemCount: Int { (content as? any ListPaneContent)?.itemCount ?? 0 }

    /// Whether row `i` can be selected (group headings cannot).
    func isSelectable(_ i: Int) -> Bool { (content as? any ListPaneContent)?.isSelectable(i) ?? true }

    /// Display rows of item `i` at the width last drawn.
    func itemHeight(_ i: Int) -> Int { (content as? any ListPaneContent)?.itemHeight(i) ?? 1 }

    var reader: ReaderView? {
        if case .reader(let r) = self { return r }
        return nil
    }
}
