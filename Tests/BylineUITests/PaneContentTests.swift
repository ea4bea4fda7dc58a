import BylineCore
import Testing
@testable import BylineUI

/// Every pane answers moving, previewing and re-wrapping through `PaneContent`, and `View`
/// gives each back as the same pane.
@Suite struct PaneContentTests {
    static let views: [View] = [
        .list(ArticleListView(count: 0)),
        .reader(ReaderView(articleID: "geneva-summit")),
        .entityPage(EntityPageView(key: "person:amara-okafor")),
        .entities(EntitiesView(scope: .corpus(.person))),
        .articlePane(ArticlePaneView(kind: .sources, articleID: "geneva-summit")),
        .searchResults(SearchResultsView(query: "okafor")),
        .connections(ConnectionsView(key: "person:amara-okafor", name: "Amara Okafor")),
        .reportSet(ReportSetView(.period(key: "person:amara-okafor", name: "Amara Okafor", period: "2024-06", granularity: .month))),
    ]

    @Test func eachPaneComesBackAsItselfAfterAChange() {
        for view in Self.views {
            var changed = view
            changed.update { $0.invalidateLayout() }
            #expect(changed.kind == view.kind)
            #expect(changed.currentArticleID == view.currentArticleID)
        }
        #expect(Self.views.map(\.kind) == [.list, .reader, .entityPage, .entities, .sources, .searchResults, .connections, .reportSet])
    }

    @Test func onlyTheReaderHasNoRowCursor() {
        for view in Self.views {
            #expect((view.cursor == nil) == (view.kind == .reader), "\(view.kind)")
        }
    }

    @Test func movingACursorThroughTheViewMovesThePanes() {
        var view = View.connections(ConnectionsView(key: "person:amara-okafor", name: "Amara Okafor"))
        var cursor = ListCursor()
        cursor.selected = 3
        view.cursor = cursor
        #expect(view.cursor?.selected == 3)
        guard case .connections(let c) = view else { Issue.record("not the connections pane"); return }
        #expect(c.cursor.selected == 3)
    }

    @Test func aWidthChangeWrapsResultsAgainAfterTheLayoutIsForgotten() {
        var (state, ctx) = Fixtures.state(width: 100, height: 30)
        state.type("/okafor", ctx)
        state.press(.enter, ctx)
        let i = state.trail.views.firstIndex { $0.kind == .searchResults }
        guard let i, case .searchResults(let before) = state.trail[i] else { Issue.record("no search results pane"); return }
        #expect(before.rendered != nil)
        state.trail[i].update { $0.invalidateLayout() }
        guard case .searchResults(let after) = state.trail[i] else { Issue.record("the results pane changed kind"); return }
        #expect(after.rendered == nil)
        state.prepare(in: ctx)
        guard case .searchResults(let again) = state.trail[i] else { Issue.record("the results pane changed kind"); return }
        #expect(again.rendered?.width == before.rendered?.width)
    }
}
