import BylineCore
import Testing
@testable import BylineUI

@Suite struct SearchTests {
    func currentMatchText(_ state: AppState) -> String? {
        guard let r = state.trail.focused.reader, let doc = r.document, let search = r.search, let c = search.current else { return nil }
        let m = search.matches[c]
        return doc.lines[m.line].text.text(m.clusters)
    }

    @Test func slashInTheReaderHighlightsAsYouTypeAndEnterKeeps() {
        var (state, ctx) = Fixtures.state()
        state.press(.enter, ctx)
        state.type("/vol", ctx)
        #expect(state.trail.focused.reader?.search?.counter == "1/2")
        #expect(currentMatchText(state) == "Vol")
        state.type("kov", ctx)
        #expect(currentMatchText(state) == "Volkov")
        state.press(.enter, ctx)
        #expect(state.prompt == nil)
        #expect(state.trail.focused.reader?.search?.terms == ["volkov"])
        state.type("n", ctx)
        #expect(state.trail.focused.reader?.search?.counter == "2/2")
        state.type("n", ctx)
        #expect(state.trail.focused.reader?.search?.counter == "1/2")
        #expect(state.status?.text == "Search hit the end, continuing at the top")
        state.type("N", ctx)
        #expect(state.trail.focused.reader?.search?.counter == "2/2")
    }

    @Test func searchingIgnoresCaseAndAccents() {
        let article = Fixtures.article(id: "valparaiso", date: "2024-03-01", title: "Strike in Valparaíso",
                                       blocks: [(.paragraph, "José Ignacio Peña Álvarez led the strike in Valparaíso.")], names: [])
        var (state, ctx) = Fixtures.state(store: Fixtures.store([article]))
        state.press(.enter, ctx)
        state.type("/pena alvarez", ctx)
        #expect(currentMatchText(state) == "Peña Álvarez")
        state.press(.escape, ctx)
        state.type("/VALPARAISO", ctx)
        #expect(state.trail.focused.reader?.search?.counter == "1/2")
    }

    @Test func escapePutsBackThePositionAndTheSearchFromBefore() {
        var (state, ctx) = Fixtures.state(width: 50, height: 8)
        state.press(.enter, ctx)
        state.type("/lake", ctx)
        state.press(.enter, ctx)
        state.type("g", ctx)
        state.type("/council", ctx)
        #expect(state.trail.focused.reader?.top ?? 0 > 0)
        state.press(.escape, ctx)
        #expect(state.trail.focused.reader?.top == 0)
        #expect(state.trail.focused.reader?.search?.terms == ["lake"])
    }

    @Test func aSearchWithNoMatchSaysSo() {
        var (state, ctx) = Fixtures.state()
        state.press(.enter, ctx)
        state.type("/hydrogen", ctx)
        #expect(state.trail.focused.reader?.search?.counter == "0/0")
        state.press(.enter, ctx)
        #expect(state.status == .error("Not found: hydrogen"))
    }

    @Test func corpusSearchWaitsForTypingToPauseThenShowsResults() {
        var (state, ctx) = Fixtures.state()
        state.type("S", ctx)
        state.type("balkhash", ctx)
        #expect(state.pendingSearch?.query == "balkhash")
        #expect(state.trail.views.count == 2)          // nothing searched yet
        state.tick(at: 50, ctx)
        #expect(state.trail.views.count == 2)          // still typing
        state.tick(at: 200, ctx)
        guard case .searchResults(let results) = state.trail.focused else {
            Issue.record("no results shown")
            return
        }
        #expect(results.hits.map(\.id) == ["balkhash-drought", "geneva-summit"])
        #expect(state.prompt != nil)                   // still typing
    }

    @Test func enterOpensTheReportAtTheFirstMatchWithTheWordsHighlighted() {
        var (state, ctx) = Fixtures.state(width: 120, height: 12)
        state.type("Scouncil", ctx)
        state.press(.enter, ctx)
        #expect(state.status?.text == "1 report matches council")
        state.press(.enter, ctx)
        let reader = state.trail.focused.reader!
        #expect(reader.articleID == "geneva-summit")
        #expect(currentMatchText(state) == "Council")
        #expect(reader.visibleRows.contains(reader.layout!.row(for: reader.search!.matches[0].position)))
    }

    @Test func openingAHitHighlightsTheFormsTheStoreSaysMatched() {
        var view = SearchResultsView(query: "election")
        let stemmed = SearchHit(id: "polls", path: "polls.txt", title: "Polls", date: nil, score: 1,
                                snippet: MarkedText(text: "early elections"), firstMatchBlock: 0, matchedWords: ["elections", "elected"])
        view.load(SearchResults(query: "election", total: 1, hits: [stemmed]))
        #expect(view.selectedTarget?.pendingTerms == ["elections", "elected"])
    }

    /// The first hit of `query` opened: its report and the text of the match the reader is on
    /// (nil: nothing highlighted).
    func openFirstHit(_ query: String) throws -> (id: String?, match: String?) {
        var (state, ctx) = Fixtures.state()
        state.type(":search \(query)", ctx)
        state.press(.enter, ctx)
        state.press(.enter, ctx)
        let reader = try #require(state.trail.focused.reader)
        return (reader.articleID, currentMatchText(state))
    }

    @Test func aHitOnlyFiltersMatchedOpensWithNothingHighlighted() throws {
        let opened = try openFirstHit("before:2024-05-25 -person:Watanabe")
        #expect(opened.id == "rotterdam-study" && opened.match == nil)
    }

    @Test func openingAPersonFilterHitHighlightsTheNameItFound() throws {
        let opened = try openFirstHit("person:volkov")
        #expect(opened.id == "geneva-summit" && opened.match == "Dmitri Volkov")
    }

    @Test func openingAnOrHitHighlightsTheWordItHolds() throws {
        let opened = try openFirstHit("hydrogen OR dikes")
        #expect(opened.match?.lowercased() == (opened.id == "tokyo-talks" ? "hydrogen" : "dikes"))
        #expect(["tokyo-talks", "rotterdam-study"].contains(opened.id ?? ""))
    }

    @Test func escapeCancelsACorpusSearchAndPutsThePanesBack() {
        var (state, ctx) = Fixtures.state()
        state.press(.enter, ctx)
        state.type("Sdelft", ctx)
        state.tick(at: 500, ctx)
        #expect(state.trail.views.count == 4)
        state.press(.escape, ctx)
        #expect(state.trail.views.count == 2)
        #expect(state.trail.focused.reader?.articleID == "geneva-summit")
    }

    @Test func theCommandLineSearchesAndStarSearchesTheEntityUnderTheCursor() {
        var (state, ctx) = Fixtures.state()
        state.type(":search hydrogen", ctx)
        state.press(.enter, ctx)
        #expect(state.status?.text == "1 report matches hydrogen")
        state.type("q", ctx)
        state.press(.enter, ctx)
        state.type("]p]p]p", ctx)
        state.type("*", ctx)
        guard case .searchResults(let results) = state.trail.focused else {
            Issue.record("no results shown")
            return
        }
        #expect(results.query == "\"Dmitri Volkov\"")
        // The shorter report names him as often, so it ranks first.
        #expect(results.hits.map(\.id) == ["balkhash-drought", "geneva-summit"])
    }

    @Test func ampersandFiltersTheListAsYouType() {
        var (state, ctx) = Fixtures.state(width: 80, height: 10)
        state.type("&lake", ctx)
        #expect(state.list.rowCount == 2)
        state.type(" dr", ctx)
        #expect((0..<state.list.rowCount).map { state.list.summary(at: $0)?.id } == ["balkhash-drought"])
        state.press(.enter, ctx)
        #expect(state.status?.text == "1 of 4 reports match “lake dr”")
        expectScreen(state, """
        ▶ Reports · Articles (1 of 4, filter: lake dr) 4 unread            newest first
        2024-05-28  Drought deepens around Lake Balkhash                        2 people


          Reader · Drought deepens around Lake Balkhash                             Top
        Drought deepens around Lake Balkhash
        2024-05-28 · By Almaty bureau · ALMATY

        Farmers near Lake Balkhash say the drought is the worst in memory.
         1 of 4 reports match “lake dr”
        """)
        state.type("&", ctx)
        state.press(.escape, ctx)
        #expect(state.list.filter == "lake dr")
        state.type(":filter", ctx)
        state.press(.enter, ctx)
        #expect(state.list.rowCount == 4)
    }

    @Test func helpCanBeSearched() {
        var (state, ctx) = Fixtures.state(width: 100, height: 12)
        state.type("?/caption", ctx)
        state.press(.enter, ctx)
        expectScreen(state, """
        ▶ Help · keys and actions · showing “caption”                                     / search  q close
        Everywhere
         c                  captions        Captions pane: alt text, caption and credit of every image








         ? help  q back  / search  P people  = sources  c captions
        """)
        state.type("q", ctx)
        #expect(state.help == nil)
    }
}

@Suite struct ResizeTests {
    func topLine(_ state: AppState) -> String {
        let r = state.trail.focused.reader!
        let row = r.layout!.rows[r.top]
        return r.document!.lines[row.line].text.text(row.clusters)
    }

    @Test func resizingReWrapsAndKeepsTheFirstVisibleLine() {
        var (state, ctx) = Fixtures.state(width: 56, height: 10)
        state.settings.readingWidth = 0  // the pane's whole width, however wide
        state.press(.enter, ctx)
        state.type("O7j", ctx)
        #expect(topLine(state) == "“We cannot wait for the lake to vanish,” Okafor said.")
        _ = state.handle(.resize(width: 30, height: 10), in: ctx)
        state.prepare(in: ctx)
        #expect(topLine(state) == "“We cannot wait for the lake")
        _ = state.handle(.resize(width: 120, height: 8), in: ctx)
        state.prepare(in: ctx)
        #expect(topLine(state) == "“We cannot wait for the lake to vanish,” Okafor said. Energy Minister Dmitri Volkov promised new limits on water use.")
    }

    @Test func theAnchorIsTheLogicalLineEvenFromItsMiddle() {
        var (state, ctx) = Fixtures.state(width: 30, height: 8)
        state.settings.readingWidth = 0
        state.press(.enter, ctx)
        state.type("O", ctx)
        state.type("13j", ctx)  // the date line takes three rows at this width
        #expect(topLine(state) == "to vanish,” Okafor said.")
        _ = state.handle(.resize(width: 60, height: 8), in: ctx)
        state.prepare(in: ctx)
        #expect(topLine(state) == "“We cannot wait for the lake to vanish,” Okafor said. Energy")
    }

    @Test func layoutsFollowTheWidth() {
        var (state, _) = Fixtures.state()
        for (w, h, arrangement, panes) in [(200, 60, ScreenLayout.Arrangement.sideBySide, 2), (80, 24, .stacked, 2),
                                           (59, 24, .single, 1), (80, 9, .single, 1), (20, 5, .single, 1)] {
            state.width = w
            state.height = h
            #expect(state.screenLayout.arrangement == arrangement, "\(w)x\(h)")
            #expect(state.screenLayout.panes.count == panes, "\(w)x\(h)")
        }
        state.width = 19
        #expect(state.screenLayout.tooSmall)
    }
}
