import BylineCore
import BylineIndex
import BylineTestSupport
import Testing
@testable import BylineUI

/// A long list is read a page at a time; sorting and filtering read it whole, once.
@Suite struct PagedListTests {
    /// A store of `count` one-paragraph reports that records how it is read.
    final class CountingStore: ArticleStore {
        let index: FixtureIndex
        var inner: IndexStore { index.store }
        var pagesRead: [Range<Int>] = []
        var wholeReads = 0

        init(count: Int) {
            index = try! FixtureIndex((0..<count).map(Self.report))
        }

        static func report(_ i: Int) -> Article {
            Fixtures.article(id: "r\(i)", date: ArticleDate(year: 2024, month: 1 + i / 28 % 12, day: 1 + i % 28)!.iso,
                             title: "Report \(i) from Rotterdam", blocks: [(.paragraph, "Report \(i) says little.")], names: [])
        }

        func summaries() throws -> [ArticleSummary] { wholeReads += 1; return try inner.summaries() }
        func summaryCount() throws -> Int { try inner.summaryCount() }
        func summaries(in range: Range<Int>) throws -> [ArticleSummary] { pagesRead.append(range); return try inner.summaries(in: range) }
        func article(id: String) throws -> Article { try inner.article(id: id) }
        func search(_ query: String, limit: Int) throws -> SearchResults { try inner.search(query, limit: limit) }
        func entities(kind: Entity.Kind?, limit: Int) throws -> [EntitySummary] { try inner.entities(kind: kind, limit: limit) }
        func lookupEntities(name: String) throws -> [EntitySummary] { try inner.lookupEntities(name: name) }
        func entityPage(key: String) throws -> EntityPage? { try inner.entityPage(key: key) }
    }

    func state(_ store: CountingStore) -> (AppState, HandlerContext) {
        let ctx = HandlerContext(store: store, now: 0)
        var list = ArticleListView(count: try! store.summaryCount())
        try! list.load(rows: 0..<1, from: store)
        var state = AppState(list: list, corpusName: "many", width: 100, height: 20)
        state.prepare(in: ctx)
        return (state, ctx)
    }

    @Test func theFirstScreenReadsOnlyTheFirstPage() {
        let store = CountingStore(count: 1000)
        let (state, _) = state(store)
        #expect(store.pagesRead == [0..<20])
        #expect(store.wholeReads == 0)
        #expect(state.screen.split(separator: "\n")[0].hasPrefix("▶ Reports · many (1000)"))
    }

    @Test func goingToTheEndReadsTheLastPageOnly() {
        let store = CountingStore(count: 1000)
        var (state, ctx) = state(store)
        state.type("G", ctx)
        #expect(store.pagesRead == [0..<20, 980..<1000])
        #expect(state.list.selected?.id == (try! store.inner.summaries(in: 999..<1000))[0].id)
        #expect(state.trail[1].reader?.articleID == state.list.selected?.id)
        state.type("500G", ctx)
        // Row 499 and the rows shown after it: the two pages around it, nothing before.
        #expect(store.pagesRead.dropFirst(2) == [480..<500, 500..<520])
    }

    @Test func filteringReadsTheWholeListOnce() {
        let store = CountingStore(count: 1000)
        var (state, ctx) = state(store)
        state.type("&report 99", ctx)
        #expect(store.wholeReads == 1)
        #expect(state.list.rowCount == 19)   // 99, 199, …, 999 and 990–998
        state.press(.enter, ctx)
        #expect(state.status?.text == "19 of 1000 reports match “report 99”")
        state.type(":sort title", ctx)
        state.press(.enter, ctx)
        #expect(store.wholeReads == 1)
    }

    @Test func aReloadKeepsTheSelectedReportWhenANewerOneArrives() throws {
        let store = CountingStore(count: 300)
        var (state, ctx) = state(store)
        state.type("5j", ctx)
        let id = try #require(state.list.selected?.id)
        let newer = Fixtures.article(id: "new", date: "2025-01-01", title: "Newest report", blocks: [(.paragraph, "New.")], names: [])
        try store.index.add([newer])
        var list = state.list
        list.replace(count: try store.summaryCount())
        state.list = list
        state.prepare(in: ctx)
        #expect(state.list.summary(at: 0)?.id == "new")
        #expect(state.list.cursor.selected == 6)
        #expect(state.list.selected?.id == id)
    }
}
