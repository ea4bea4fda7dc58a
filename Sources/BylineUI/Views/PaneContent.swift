/// What every pane of the trail says about itself, so that moving, previewing and re-wrapping
/// work on any pane through one protocol instead of a switch per question. A new pane conforms
/// here (and to `ListPaneContent` when it has selectable rows) and gets a case in `View`.
protocol PaneContent: PreparedPane, DrawnPane, Sendable {
    var paneKind: PaneKind { get }
    /// Whether moving the selection shows the selected report in the next pane.
    var previewsSelection: Bool { get }
    /// The report this pane is about or has selected, for `s`, `|`, `o`, `=`, `c`, `v`, `P`.
    var currentArticleID: String? { get }
    /// What opening the selection shows in the next pane.
    var previewTarget: ReaderView? { get }
    /// Forgets text wrapped for the last width, so the next frame wraps it again.
    mutating func invalidateLayout()
}

extension PaneContent {
    var previewsSelection: Bool { false }
    var previewTarget: ReaderView? { nil }
    mutating func invalidateLayout() {}
}

/// A pane of selectable rows, moved through with a `ListCursor`.
protocol ListPaneContent: PaneContent {
    var cursor: ListCursor { get set }
    var itemCount: Int { get }
    /// Display rows of item `i` at the width last drawn.
    func itemHeight(_ i: Int) -> Int
    /// Whether row `i` can be selected (group headings cannot).
    func isSelectable(_ i: Int) -> Bool
}

extension ListPaneContent {
    func itemHeight(_ i: Int) -> Int { 1 }
    func isSelectable(_ i: Int) -> Bool { true }
}

/// A list pane whose rows are wrapped once per width and kept (`RenderedItems`).
protocol WrappedRowsContent: ListPaneContent {
    var rendered: RenderedItems? { get set }
}

extension WrappedRowsContent {
    func itemHeight(_ i: Int) -> Int { rendered?.height(i) ?? 1 }
    mutating func invalidateLayout() { rendered = nil }
}

extension ArticleListView: ListPaneContent {
    var paneKind: PaneKind { .list }
    var previewsSelection: Bool { true }
    var itemCount: Int { rowCount }
    public var currentArticleID: String? { selected?.id }
    var previewTarget: ReaderView? { selected.map { ReaderView(articleID: $0.id) } }
}

extension ReaderView: PaneContent {
    var paneKind: PaneKind {
        if case .raw = content { return .rawSource }
        return .reader
    }
    public var currentArticleID: String? { articleID }
    mutating func invalidateLayout() { layout = nil }
}

extension EntityPageView: WrappedRowsContent {
    var paneKind: PaneKind { .entityPage }
    var previewsSelection: Bool { true }
    var itemCount: Int { rows.count }
    public var currentArticleID: String? {
        guard let page, let a = selectedReport else { return nil }
        return page.articles[a].id
    }
    var previewTarget: ReaderView? { selectedTarget }
}

extension EntitiesView: ListPaneContent {
    var paneKind: PaneKind { .entities }
    var itemCount: Int { items.count }
    public var currentArticleID: String? {
        if case .article(let id, _) = scope { return id }
        return nil
    }
}

extension ArticlePaneView: WrappedRowsContent {
    var paneKind: PaneKind {
        switch kind {
        case .captions: return .captions
        case .sources: return .sources
        case .links: return .links
        }
    }
    var itemCount: Int { items.count }
    public var currentArticleID: String? { articleID }
    func isSelectable(_ i: Int) -> Bool { !items.indices.contains(i) || !items[i].isHeading }
}

extension SearchResultsView: WrappedRowsContent {
    var paneKind: PaneKind { .searchResults }
    var previewsSelection: Bool { true }
    var itemCount: Int { hits.count }
    public var currentArticleID: String? { hits.indices.contains(cursor.selected) ? hits[cursor.selected].id : nil }
    var previewTarget: ReaderView? { selectedTarget }
}

extension ConnectionsView: WrappedRowsContent {
    var paneKind: PaneKind { .connections }
    var itemCount: Int { rows.count }
    public var currentArticleID: String? { nil }
}

extension ReportSetView: WrappedRowsContent {
    var paneKind: PaneKind { .reportSet }
    var previewsSelection: Bool { true }
    var itemCount: Int { rows.count }
    public var currentArticleID: String? { selectedReport.map { reports[$0].id } }
    var previewTarget: ReaderView? { selectedTarget }
}
