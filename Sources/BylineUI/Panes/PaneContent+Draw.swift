/// What a pane's frame and contents are drawn with, besides the pane's own content; made
/// once per frame (counting the unread reports reads every mark).
struct PaneDrawing {
    var theme: Theme
    /// Timelines and marks in ASCII.
    var ascii: Bool
    var corpusName: String
    /// Unread reports, for the list's title; nil before the marks are read.
    var unread: Int?
    /// Whether the corpus is still being read, for the list's last row.
    var loading: Bool

    init(_ state: AppState) {
        theme = state.theme
        ascii = state.settings.ascii
        corpusName = state.corpusName
        unread = state.unreadCount
        loading = state.progress != nil
    }
}

/// Each pane's title and contents, drawn by its `…Pane` namespace.
protocol DrawnPane {
    /// The title and the key hints on the frame's top line.
    func title(_ drawing: PaneDrawing) -> (String, String)
    func draw(in rect: Rect, focused: Bool, _ drawing: PaneDrawing, into grid: inout ScreenGrid)
}

/// A `…Pane` namespace that needs nothing but its view and the theme to draw it.
protocol ThemedPaneDrawer {
    associatedtype Drawn
    static func title(_ view: Drawn) -> (String, String)
    static func draw(_ view: Drawn, in rect: Rect, focused: Bool, theme: Theme, into grid: inout ScreenGrid)
}

/// A view drawn by a `ThemedPaneDrawer`, which gets the calls of `DrawnPane`.
protocol DrawnByThemedPane: DrawnPane {
    associatedtype Drawer: ThemedPaneDrawer where Drawer.Drawn == Self
}

extension DrawnByThemedPane {
    func title(_ d: PaneDrawing) -> (String, String) { Drawer.title(self) }
    func draw(in rect: Rect, focused: Bool, _ d: PaneDrawing, into grid: inout ScreenGrid) {
        Drawer.draw(self, in: rect, focused: focused, theme: d.theme, into: &grid)
    }
}

extension ReaderPane: ThemedPaneDrawer {}
extension EntitiesPane: ThemedPaneDrawer {}
extension ArticlePane: ThemedPaneDrawer {}
extension SearchResultsPane: ThemedPaneDrawer {}
extension ConnectionsPane: ThemedPaneDrawer {}
extension ReportSetPane: ThemedPaneDrawer {}

extension ReaderView: DrawnByThemedPane { typealias Drawer = ReaderPane }
extension EntitiesView: DrawnByThemedPane { typealias Drawer = EntitiesPane }
extension ArticlePaneView: DrawnByThemedPane { typealias Drawer = ArticlePane }
extension SearchResultsView: DrawnByThemedPane { typealias Drawer = SearchResultsPane }
extension ConnectionsView: DrawnByThemedPane { typealias Drawer = ConnectionsPane }
extension ReportSetView: DrawnByThemedPane { typealias Drawer = ReportSetPane }

extension ArticleListView: DrawnPane {
    func title(_ d: PaneDrawing) -> (String, String) { ListPane.title(self, corpusName: d.corpusName, unread: d.unread) }
    func draw(in rect: Rect, focused: Bool, _ d: PaneDrawing, into grid: inout ScreenGrid) {
        ListPane.draw(self, in: rect, focused: focused, loading: d.loading, ascii: d.ascii, theme: d.theme, into: &grid)
    }
}

extension EntityPageView: DrawnPane {
    func title(_ d: PaneDrawing) -> (String, String) { EntityPagePane.title(self) }
    func draw(in rect: Rect, focused: Bool, _ d: PaneDrawing, into grid: inout ScreenGrid) {
        EntityPagePane.draw(self, in: rect, focused: focused, ascii: d.ascii, theme: d.theme, into: &grid)
    }
}
