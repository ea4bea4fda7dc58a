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

extension ArticleListView: DrawnPane {
    func title(_ d: PaneDrawing) -> (String, String) { ListPane.title(self, corpusName: d.corpusName, unread: d.unread) }
    func draw(in rect: Rect, focused: Bool, _ d: PaneDrawing, into grid: inout ScreenGrid) {
        ListPane.draw(self, in: rect, focused: focused, loading: d.loading, ascii: d.ascii, theme: d.theme, into: &grid)
    }
}

extension ReaderView: DrawnPane {
    func title(_ d: PaneDrawing) -> (String, String) { ReaderPane.title(self) }
    func draw(in rect: Rect, focused: Bool, _ d: PaneDrawing, into grid: inout ScreenGrid) {
        ReaderPane.draw(self, in: rect, focused: focused, theme: d.theme, into: &grid)
    }
}

extension EntityPageView: DrawnPane {
    func title(_ d: PaneDrawing) -> (String, String) { EntityPagePane.title(self) }
    func draw(in rect: Rect, focused: Bool, _ d: PaneDrawing, into grid: inout ScreenGrid) {
        EntityPagePane.draw(self, in: rect, focused: focused, ascii: d.ascii, theme: d.theme, into: &grid)
    }
}

extension EntitiesView: DrawnPane {
    func title(_ d: PaneDrawing) -> (String, String) { EntitiesPane.title(self) }
    func draw(in rect: Rect, focused: Bool, _ d: PaneDrawing, into grid: inout ScreenGrid) {
        EntitiesPane.draw(self, in: rect, focused: focused, theme: d.theme, into: &grid)
    }
}

extension ArticlePaneView: DrawnPane {
    func title(_ d: PaneDrawing) -> (String, String) { ArticlePane.title(self) }
    func draw(in rect: Rect, focused: Bool, _ d: PaneDrawing, into grid: inout ScreenGrid) {
        ArticlePane.draw(self, in: rect, focused: focused, theme: d.theme, into: &grid)
    }
}

extension SearchResultsView: DrawnPane {
    func title(_ d: PaneDrawing) -> (String, String) { SearchResultsPane.title(self) }
    func draw(in rect: Rect, focused: Bool, _ d: PaneDrawing, into grid: inout ScreenGrid) {
        SearchResultsPane.draw(self, in: rect, focused: focused, theme: d.theme, into: &grid)
    }
}

extension ConnectionsView: DrawnPane {
    func title(_ d: PaneDrawing) -> (String, String) { ConnectionsPane.title(self) }
    func draw(in rect: Rect, focused: Bool, _ d: PaneDrawing, into grid: inout ScreenGrid) {
        ConnectionsPane.draw(self, in: rect, focused: focused, theme: d.theme, into: &grid)
    }
}

extension ReportSetView: DrawnPane {
    func title(_ d: PaneDrawing) -> (String, String) { ReportSetPane.title(self) }
    func draw(in rect: Rect, focused: Bool, _ d: PaneDrawing, into grid: inout ScreenGrid) {
        ReportSetPane.draw(self, in: rect, focused: focused, theme: d.theme, into: &grid)
    }
}
