import BylineCore
import Testing
@testable import BylineUI

/// What a new user tripped over in daily use (issue 20): the sources pane, long web
/// addresses, sorting, a folder without dates, side panes and copying.
@Suite struct SourcesPaneTests {
    func sources(_ article: Article) -> [String: String] {
        Dictionary(ArticlePaneView.sourceItems(article).flatMap(\.fields).map { ($0.name, $0.value) }, uniquingKeysWith: { a, _ in a })
    }

    @Test func aSourceMarkerWithoutAnAddressSaysNoLinkWasSavedAndIsNotALink() {
        let items = ArticlePaneView.sourceItems(Fixtures.balkhash1)
        let source = items.first { $0.fields.first?.name == "Source" }
        #expect(source?.fields.first?.value == "No source link was saved (the page says “Source link”)")
        #expect(source?.target == ArticlePaneView.Item.Target.none)
        #expect(source?.copyText == nil)
    }

    @Test func aSourceAddressIsALinkThatYCopies() {
        let source = ArticlePaneView.sourceItems(Fixtures.geneva1).first { $0.fields.first?.name == "Source" }
        #expect(source?.target == .url("https://example.org/geneva-summit"))
        #expect(source?.copyText == "https://example.org/geneva-summit")
    }

    @Test func aGenericBylineIsTheSiteAccountNotAnAuthor() {
        let fields = sources(Fixtures.geneva1)   // "By Newsdesk"
        #expect(fields["Byline"] == nil)
        #expect(fields["Posted by"] == "Newsdesk (the site's account, not a named author)")
        #expect(sources(Fixtures.rotterdam1)["Byline"] == nil)   // "Science desk"
        var named = Fixtures.balkhash1
        named.byline = "Claire Dubois"
        #expect(sources(named)["Byline"] == "Claire Dubois")
    }

    @Test(arguments: ["admin", "By admin", "Newsdesk", "the newsdesk", "Reuters Staff", "Editorial team", "webmaster"])
    func siteAccountsAreRecognised(byline: String) {
        #expect(SiteAccount.matches(byline))
    }

    @Test(arguments: ["Claire Dubois", "Pieter Janssen", "Desmond Tutu", "Stafford Admins"])
    func peopleAreNotSiteAccounts(byline: String) {
        #expect(!SiteAccount.matches(byline))
    }
}

@Suite struct WebAddressWrapTests {
    let text = "Read the ruling at https://example.org/reports/2024/06/water-sharing-ruling-full-text today"

    @Test func theReaderWrapsBeforeAnAddressInsteadOfAtItsSlashes() {
        let line = TextLine(text)
        let rows = line.wrap(width: 40).map { line.text($0) }
        #expect(rows.contains("Read the ruling at"))
        // Longer than the row: cut at the width, never early at a slash or hyphen.
        #expect(rows.first { $0.hasPrefix("https://") } == "https://example.org/reports/2024/06/wate")
    }

    @Test func anAddressThatFitsStaysWholeOnOneRow() {
        let line = TextLine(text)
        let rows = line.wrap(width: 70).map { line.text($0) }
        #expect(rows == ["Read the ruling at", "https://example.org/reports/2024/06/water-sharing-ruling-full-text", "today"])
    }

    @Test func hyphensAndSlashesOutsideAddressesStillBreak() {
        let line = TextLine("the long-awaited north/south agreement")
        #expect(line.wrap(width: 14).map { line.text($0) } == ["the long-", "awaited north/", "south", "agreement"])
    }

    @Test func showLetsAnAddressRunPastTheWidthRatherThanCuttingIt() {
        let lines = TextWrapper.wrap(text, width: 30)
        #expect(lines == ["Read the ruling at", "https://example.org/reports/2024/06/water-sharing-ruling-full-text", "today"])
    }

    @Test func theSourcesPaneShowsALongAddressWholeOnItsOwnRows() {
        var article = Fixtures.geneva1
        article.source = "https://example.org/2024/06/03/geneva-summit-hears-warning"
        var view = ArticlePaneView(kind: .sources, articleID: article.id)
        view.load(article)
        let rows = ArticlePane.items(view, width: 60, theme: .standard).flatMap { $0 }.map(\.text)
        #expect(rows.contains { $0.hasSuffix("https://example.org/2024/06/03/geneva-summit-hears-warning") })
    }
}

@Suite struct ListOrderTests {
    func ids(_ state: AppState) -> [String] {
        (0..<state.list.rowCount).compactMap { state.list.summary(at: $0)?.id }
    }

    @Test func tCyclesThroughTheSortKeysAndTReversesEach() {
        var (state, ctx) = Fixtures.state()
        #expect(ids(state) == ["geneva-summit", "balkhash-drought", "rotterdam-study", "tokyo-talks"])
        state.type("t", ctx)
        #expect(state.list.sort == .title)
        #expect(ids(state) == ["rotterdam-study", "balkhash-drought", "tokyo-talks", "geneva-summit"])
        state.type("T", ctx)
        #expect(ids(state) == ["geneva-summit", "tokyo-talks", "balkhash-drought", "rotterdam-study"])
        #expect(ListPane.title(state.list, corpusName: "Articles").1 == "title Z-A")
        state.type("t", ctx)
        #expect(state.list.sort == .source)
        // By host name; a report with only a marker goes by its byline.
        #expect(ids(state).first == "balkhash-drought")
        state.type("tt", ctx)
        #expect(state.list.sort == .people)
        state.type("t", ctx)
        #expect(state.list.sort == .unread)
        state.type("t", ctx)
        #expect(state.list.sort == .starred)
        state.type("t", ctx)
        #expect(state.list.sort == .date)
        state.type("T", ctx)
        #expect(ids(state) == ["tokyo-talks", "rotterdam-study", "balkhash-drought", "geneva-summit"])
        #expect(state.status?.text == "Sorted: oldest first (t: next key, T: reverse)")
    }

    @Test func sortingByAuthorPutsReportsWithoutABylineLast() {
        var noByline = Fixtures.tokyo1
        noByline.byline = nil
        let store = Fixtures.store([Fixtures.geneva1, Fixtures.balkhash1, Fixtures.rotterdam1, noByline])
        var (state, ctx) = Fixtures.state(store: store)
        state.type(":sort author", ctx)
        state.press(.enter, ctx)
        #expect(ids(state) == ["balkhash-drought", "geneva-summit", "rotterdam-study", "tokyo-talks"])
        state.type(":sort author reverse", ctx)
        state.press(.enter, ctx)
        #expect(ids(state) == ["rotterdam-study", "geneva-summit", "balkhash-drought", "tokyo-talks"])
    }

    @Test func theConfigFileSetsTheOrderAtStart() {
        let config = ConfigFile(text: "set sort title reverse\nset reading-width 60")
        #expect(config.errors.isEmpty)
        let store = Fixtures.store()
        let ctx = HandlerContext(store: store, now: 0)
        var state = AppState(summaries: try! store.summaries(), corpusName: "Articles", width: 120, height: 30, settings: config.settings)
        state.prepare(in: ctx)
        #expect(ids(state).first == "geneva-summit")
        #expect(state.list.reversed)
        #expect(state.trail[1].reader?.articleID == "geneva-summit")
        #expect(ConfigFile(text: "set sort size").errors == ["config line 1: " + Setting.sort.usage])
    }

    @Test func aFolderWithoutDatesHasNoDateColumnAndIsSortedByTitle() {
        let undated = Fixtures.all.map { a -> Article in
            var a = a
            a.date = nil
            a.dateText = nil
            return a
        }
        let (state, _) = Fixtures.state(width: 80, height: 12, store: Fixtures.store(undated))
        #expect(state.list.undated)
        #expect(state.list.sort == .title)
        #expect(ids(state).first == "rotterdam-study")
        expectScreen(state, """
        ▶ Reports · Articles (4, no dates) 4 unread                            by title
        Delft study warns Rotterdam of faster sea-level ri…  example.org        2 people
        Drought deepens around Lake Balkhash                 Almaty bureau      2 people
        EU and Japan open hydrogen talks in Tokyo            example.org        2 people
          Reader · Delft study warns Rotterdam of faster sea-level rise             Top
        Delft study warns Rotterdam of faster sea-level rise
        Posted by Science desk (site account)

        Dr Ingrid van der Berg of Delft University of Technology said the port city
        must raise its dikes sooner.

         ? help  q back  / search  P people  = sources  c captions  Enter open  & filt…
        """)
    }

    @Test func theFilterMatchesNamedPeopleAndPlacesAndTheFileName() {
        var (state, ctx) = Fixtures.state()
        state.type("&watanabe", ctx)
        #expect(ids(state) == ["tokyo-talks"])
        state.press(.escape, ctx)
        state.type("&almaty water council", ctx)
        #expect(ids(state) == ["geneva-summit"])
        state.press(.escape, ctx)
        state.type("&rotterdam-study.txt", ctx)
        #expect(ids(state) == ["rotterdam-study"])
    }

    @Test func aWideTerminalGivesTheListTheRoomTheReaderDoesNotNeed() {
        let (state, _) = Fixtures.state(width: 200, height: 12)
        let panes = state.screenLayout.panes
        #expect(panes[1].frame.width == 76)
        #expect(state.trail[1].reader?.layout?.width == 76)
        #expect(state.screen.split(separator: "\n")[1].hasPrefix("2024-06-03  Geneva summit hears warning on Lake Balkhash "))
    }

    @Test func readingWidthIsSetFromTheCommandLine() {
        var (state, ctx) = Fixtures.state(width: 100, height: 12)
        state.type("O", ctx)
        state.press(.enter, ctx)
        state.type(":set reading-width 40", ctx)
        state.press(.enter, ctx)
        #expect(state.trail.focused.reader?.layout?.width == 40)
        state.type(":set reading-width off", ctx)
        state.press(.enter, ctx)
        #expect(state.trail.focused.reader?.layout?.width == 100)
    }
}

@Suite struct SidePaneAndHistoryTests {
    func kinds(_ state: AppState) -> [PaneKind] { state.screenLayout.panes.map { state.trail[$0.index].kind } }

    @Test func captionsSourcesAndPeopleReplaceOneAnotherBesideTheReport() {
        var (state, ctx) = Fixtures.state()
        state.press(.enter, ctx)
        state.type("c", ctx)
        #expect(kinds(state) == [.reader, .captions])
        state.type("=", ctx)
        #expect(kinds(state) == [.reader, .sources])
        state.type("P", ctx)
        #expect(kinds(state) == [.reader, .entities])
        state.type("P", ctx)
        #expect(kinds(state) == [.list, .reader])
        #expect(state.trail.focused.kind == .reader)
    }

    @Test func oneQLeadsFromASearchResultBackToTheList() {
        var (state, ctx) = Fixtures.state()
        state.type("S", ctx)
        state.type("okafor", ctx)
        state.press(.down, ctx)
        state.press(.enter, ctx)
        #expect(state.trail.focused.reader?.articleID == "balkhash-drought")
        state.type("q", ctx)
        #expect(state.trail.focused.kind == .list)
        #expect(state.press(.char("q"), ctx) == .quit)
    }

    @Test func downAndCtrlNMoveThroughResultsWhileTyping() {
        var (state, ctx) = Fixtures.state()
        state.type("S", ctx)
        state.type("okafor", ctx)
        state.press(.ctrl("n"), ctx)
        #expect(state.prompt != nil)
        #expect(state.trail[2].reader?.articleID == "balkhash-drought")
        state.press(.ctrl("p"), ctx)
        #expect(state.trail[2].reader?.articleID == "geneva-summit")
        state.press(.down, ctx)
        state.press(.up, ctx)
        state.press(.down, ctx)
        state.press(.enter, ctx)
        #expect(state.prompt == nil)
        #expect(state.trail.focused.reader?.articleID == "balkhash-drought")
    }

    @Test func aReportSearchIsNotShownOnReportsOpenedAfterwards() {
        var (state, ctx) = Fixtures.state()
        state.press(.enter, ctx)
        state.type("/okafor", ctx)
        state.press(.enter, ctx)
        #expect(ReaderPane.title(state.trail.focused.reader!).1.hasPrefix("/ "))
        state.type("J", ctx)
        #expect(state.trail.focused.reader?.articleID == "balkhash-drought")
        #expect(!ReaderPane.title(state.trail.focused.reader!).1.contains("/"))
        state.type("n", ctx)   // n still finds the last search in the new report
        #expect(state.trail.focused.reader?.search?.terms == ["okafor"])
    }
}

@Suite struct YankTests {
    @Test func yCopiesTheSourceAddressOrTheSelectedQuote() {
        var (state, ctx) = Fixtures.state()
        #expect(state.press(.char("y"), ctx) == .run(.copy(text: "https://example.org/geneva-summit", what: "https://example.org/geneva-summit")))
        state.press(.enter, ctx)
        state.type("=", ctx)
        state.type("G", ctx)
        let reaction = state.press(.char("y"), ctx)
        #expect(reaction == .run(.copy(text: "We cannot wait for the lake to vanish", what: "the quote of Amara Okafor")))
    }

    @Test func aReportWithoutAnAddressSaysSoAndCopiesNothing() {
        var (state, ctx) = Fixtures.state()
        state.type("j", ctx)
        #expect(state.press(.char("y"), ctx) == .none)
        #expect(state.status?.text == "This report has no source link to copy (it says only “Source link”)")
    }

    @Test func theSessionHandsTheTextToTheTerminal() {
        let terminal = HeadlessTerminal(width: 80, height: 12)
        terminal.type("y")
        let store = Fixtures.store()
        let state = AppState(summaries: try! store.summaries(), corpusName: "Articles", width: 80, height: 12)
        let session = ReaderSession(state: state, backend: terminal, corpus: FixedCorpus(store: store), runner: nil, clock: { 0 })
        _ = session.run()
        #expect(terminal.copied == ["https://example.org/geneva-summit"])
        #expect(session.state.status?.text.hasPrefix("Copied https://example.org/geneva-summit to the clipboard") == true)
    }
}
