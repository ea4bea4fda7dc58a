import BylineCore
import Testing
@testable import BylineUI

/// Handlers on `AppState` over the fixture store: following people, back and forward, jumping.
@Suite struct NavigationTests {
    func titles(_ state: AppState) -> [String] {
        state.trail.shown.map { i -> String in
            switch state.trail[i] {
            case .list: return "list"
            case .reader(let r): return "reader \(r.articleID ?? "raw")"
            case .entityPage(let e): return "entity \(e.key)"
            case .entities: return "entities"
            case .articlePane(let p): return "\(p.kind) \(p.articleID)"
            case .searchResults(let s): return "search \(s.query)"
            case .connections(let c): return "connections \(c.key)"
            case .reportSet(let r): return "reports \(r.source)"
            }
        }
    }

    func focused(_ state: AppState) -> String { titles(state)[state.trail.focusOnSecond ? 1 : 0] }

    func selectedLinkText(_ state: AppState) -> String? {
        guard let r = state.trail.focused.reader, let doc = r.document, let li = r.selectedLink else { return nil }
        let link = doc.links[li]
        return doc.lines[link.line].text.text(link.clusters)
    }

    @Test func aPersonLeadsFromAReportToTheEntityPageToAnotherReportAndBackAndForward() {
        var (state, ctx) = Fixtures.state()
        state.press(.enter, ctx)
        #expect(focused(state) == "reader geneva-summit")
        state.press(.tab, ctx)
        #expect(selectedLinkText(state) == "Amara Okafor")
        state.press(.enter, ctx)
        #expect(titles(state) == ["entity amara-okafor", "reader geneva-summit"])
        #expect(focused(state) == "entity amara-okafor")
        state.type("n", ctx)
        #expect(titles(state) == ["entity amara-okafor", "reader balkhash-drought"])
        #expect(state.status?.text == "Report 2 of 2 naming Amara Okafor")
        state.press(.enter, ctx)
        #expect(focused(state) == "reader balkhash-drought")
        #expect(selectedLinkText(state) == "Amara Okafor")
        // Back goes to the report the entity page was opened from: the page itself was on
        // screen beside the second report, so going to it would only move the focus.
        state.press(.ctrl("o"), ctx)
        #expect(focused(state) == "reader geneva-summit")
        #expect(titles(state) == ["list", "reader geneva-summit"])
        state.press(.tab, ctx)   // Tab in the reader follows links; forward is l there
        state.type("l", ctx)
        #expect(focused(state) == "entity amara-okafor")
        state.type("l", ctx)
        #expect(focused(state) == "reader balkhash-drought")
        state.type("l", ctx)
        #expect(state.status?.text == "Nothing to go forward to")
    }

    @Test func goingBackRestoresTheScrollPositionOfEachReport() {
        var (state, ctx) = Fixtures.state(width: 50, height: 8)
        state.press(.enter, ctx)
        state.type("4j", ctx)
        let top = state.trail.focused.reader?.top
        #expect(top == 4)
        state.type("]p", ctx)
        state.press(.enter, ctx)
        state.press(.enter, ctx)
        #expect(focused(state) == "reader geneva-summit")
        state.type("G", ctx)
        state.press(.ctrl("o"), ctx)
        #expect(state.trail.focused.reader?.top == top)
    }

    @Test func bracketPStepsThroughPeopleOnlyAndWrapsAround() {
        var (state, ctx) = Fixtures.state()
        state.press(.enter, ctx)
        var seen: [String?] = []
        for _ in 0..<5 {
            state.type("]p", ctx)
            seen.append(selectedLinkText(state))
        }
        #expect(seen == ["Amara Okafor", "Okafor", "Dmitri Volkov", "Volkov", "Amara Okafor"])
        #expect(state.status?.text == "Wrapped to the first link")
        state.type("[p", ctx)
        #expect(selectedLinkText(state) == "Volkov")
        state.type("2[p", ctx)
        #expect(selectedLinkText(state) == "Okafor")
        state.type("]e", ctx)
        #expect(selectedLinkText(state) == "Dmitri Volkov")
    }

    @Test func aPhotographerIsLinkedOnTheCreditLine() throws {
        var article = Fixtures.article(
            id: "harbour", date: "2024-08-24", title: "Ships reach Rotterdam",
            blocks: [(.caption, "A container ship at the Maasvlakte"), (.paragraph, "Mayor Marianne de Graaf welcomed the ships.")],
            captions: [Caption(alt: nil, text: "A container ship at the Maasvlakte", credit: "Mariana Costa/Reuters", blockIndex: 0)],
            names: [Fixtures.deGraaf])
        article.entities.insert(Entity(name: "Mariana Costa", kind: .person, roles: ["photographer"], key: "mariana-costa",
                                       mentions: [Mention(block: 0, start: 0, end: 13, inCredit: true)]), at: 0)
        var (state, ctx) = Fixtures.state(width: 60, height: 12, store: Fixtures.store([article]))
        state.press(.enter, ctx)
        state.type("O]p", ctx)
        #expect(selectedLinkText(state) == "Mariana Costa")
        #expect(state.screen.contains("\n┃ Photo: Mariana Costa/Reuters\n"))
        let grid = Renderer.render(state)
        let row = try #require(grid.rows.firstIndex { $0.hasPrefix("┃ Photo: ") })
        #expect(grid.marks { $0.reverse }.split(separator: "\n", omittingEmptySubsequences: false)[row] == "         ^^^^^^^^^^^^^")
        state.press(.enter, ctx)
        guard case .entityPage(let page) = state.trail.focused else {
            Issue.record("no entity page")
            return
        }
        #expect(page.page?.articles.first?.mentions.first?.sentence == "Mariana Costa/Reuters")
        state.type("q=", ctx)
        state.type("G", ctx)
        state.press(.enter, ctx)
        #expect(titles(state).first == "entity mariana-costa")
    }

    @Test func bracketPInAReportWithoutPeopleSaysSo() {
        let quiet = Fixtures.article(id: "quiet", date: "2024-01-01", title: "Quiet day in Delft",
                                     blocks: [(.paragraph, "Nothing happened in Delft today.")], names: [])
        var (state, ctx) = Fixtures.state(store: Fixtures.store([quiet]))
        state.press(.enter, ctx)
        state.type("]p", ctx)
        #expect(state.status?.text == "No person is named in this report")
        state.press(.enter, ctx)
        #expect(state.status?.text == "No link selected: Tab moves to the next one")
    }

    @Test func bigJAndKStepThroughTheListFromTheReader() {
        var (state, ctx) = Fixtures.state()
        state.press(.enter, ctx)
        state.type("J", ctx)
        #expect(focused(state) == "reader balkhash-drought")
        state.type("2J", ctx)
        #expect(focused(state) == "reader tokyo-talks")
        state.type("J", ctx)
        #expect(state.status?.text == "This is the last report in the list")
        state.type("K", ctx)
        #expect(focused(state) == "reader rotterdam-study")
        #expect(state.list.selected?.id == "rotterdam-study")
    }

    @Test func movingInTheListShowsEachReportBesideIt() {
        var (state, ctx) = Fixtures.state()
        state.type("j", ctx)
        #expect(titles(state) == ["list", "reader balkhash-drought"])
        #expect(focused(state) == "list")
        state.type("G", ctx)
        #expect(titles(state) == ["list", "reader tokyo-talks"])
        state.type("2G", ctx)
        #expect(titles(state) == ["list", "reader balkhash-drought"])
    }

    @Test func qGoesBackOneLevelAndQuitsFromTheList() {
        var (state, ctx) = Fixtures.state()
        state.press(.enter, ctx)
        state.type("=", ctx)
        #expect(focused(state) == "sources geneva-summit")
        #expect(state.press(.char("q"), ctx) == .none)
        #expect(focused(state) == "reader geneva-summit")
        #expect(state.press(.char("q"), ctx) == .none)
        #expect(focused(state) == "list")
        #expect(state.press(.char("q"), ctx) == .quit)
        #expect(state.press(.char("Q"), ctx) == .quit)
    }

    @Test func paneKeysToggleTheirPane() {
        var (state, ctx) = Fixtures.state()
        state.press(.enter, ctx)
        state.type("c", ctx)
        #expect(titles(state) == ["reader geneva-summit", "captions geneva-summit"])
        state.type("c", ctx)
        #expect(titles(state) == ["list", "reader geneva-summit"])
    }

    @Test func enterOnACaptionScrollsTheReaderToItWhileTheCaptionsStay() {
        var (state, ctx) = Fixtures.state(width: 60, height: 20)
        state.press(.enter, ctx)
        state.type("c", ctx)
        state.press(.enter, ctx)
        #expect(titles(state) == ["reader geneva-summit", "captions geneva-summit"])
        let reader = state.trail[state.trail.left].reader!
        let captionRow = reader.layout!.row(for: DocPosition(line: reader.document!.captionLines[0]!, cluster: 0))
        #expect(reader.visibleRows.contains(captionRow))
        #expect(reader.top > 0)
    }

    @Test func followingNumberedLinksOpensTheNthEntry() {
        var (state, ctx) = Fixtures.state()
        state.press(.enter, ctx)
        state.type("2f", ctx)
        #expect(titles(state) == ["entity dmitri-volkov", "reader geneva-summit"])
        state.press(.ctrl("o"), ctx)
        #expect(state.press(.char("7"), ctx) == .none)
        #expect(state.press(.char("f"), ctx) == .run(.openURL("https://example.org/geneva-summit")))
        state.type("9f", ctx)
        #expect(state.status?.text == "There is no link 9; u lists them")
    }

    @Test func thePeoplePaneLeadsToAnEntityPage() {
        var (state, ctx) = Fixtures.state()
        state.press(.enter, ctx)
        state.type("Pj", ctx)
        state.press(.enter, ctx)
        #expect(titles(state) == ["entity dmitri-volkov", "reader geneva-summit"])
    }

    @Test func theCorpusPeopleListComesFromTheListPane() {
        var (state, ctx) = Fixtures.state()
        state.type("P", ctx)
        guard case .entities(let e) = state.trail.focused else {
            Issue.record("the people pane did not open")
            return
        }
        // Most mentioned first: Watanabe is named three times in one report, van der Berg once.
        #expect(e.items.map(\.name) == ["Amara Okafor", "Dmitri Volkov", "Kenji Watanabe", "Ingrid van der Berg",
                                         "Marianne de Graaf", "Sofia Lindqvist"])
        #expect(e.items.first?.articles == 2)
    }

    @Test func focusMovesBetweenPanesAndOMaximises() {
        var (state, ctx) = Fixtures.state()
        state.press(.ctrl("w"), ctx)
        state.type("l", ctx)
        #expect(focused(state) == "reader geneva-summit")
        state.press(.function(6), ctx)
        #expect(focused(state) == "list")
        state.type("O", ctx)
        #expect(state.screenLayout.panes.count == 1)
        state.type("O", ctx)
        #expect(state.screenLayout.panes.count == 2)
    }

    @Test func anUnboundKeySaysSoInTheStatusLine() {
        var (state, ctx) = Fixtures.state()
        state.type("Z", ctx)
        #expect(state.status == .error("Z does nothing here; ? lists the keys"))
        state.type("j", ctx)
        #expect(state.status == nil)
    }

    @Test func saveAndPipeAskForATargetThenReactWithTheReportText() {
        var (state, ctx) = Fixtures.state()
        state.type("s", ctx)
        #expect(state.prompt?.text == "geneva-summit-hears-warning-on-lake-balkhash.txt")
        let text = ArticleTextRenderer(width: nil).render(Fixtures.geneva1)
        #expect(state.press(.enter, ctx) == .run(.save(path: "geneva-summit-hears-warning-on-lake-balkhash.txt", text: text)))
        state.type("|wc -w", ctx)
        #expect(state.press(.enter, ctx) == .run(.pipe(command: "wc -w", text: text)))
        #expect(state.press(.char("o"), ctx) == .run(.openURL("https://example.org/geneva-summit")))
        state.type("j", ctx)
        state.type("o", ctx)
        #expect(state.status == .error("This report has no source link to open (it says only “Source link”)"))
    }

    @Test func reportTextForSavingKeepsCaptionsInPlaceAndReadsLikeShow() {
        #expect(ArticleTextRenderer(width: nil).render(Fixtures.geneva1) == """
        Geneva summit hears warning on Lake Balkhash
        ════════════════════════════════════════════
        Date:    2024-06-03
        By:      Newsdesk

        UN Special Rapporteur Amara Okafor told the Geneva water summit that Lake Balkhash was shrinking faster than forecast.

        “We cannot wait for the lake to vanish,” Okafor said. Energy Minister Dmitri Volkov promised new limits on water use.

        Ministers disagree
        ──────────────────

        ┃ Image: Delegates in Geneva
        ┃ Delegates arrive at the summit hall
        ┃ Photo: Mariana Costa/Reuters

        Volkov said Almaty would share its river data with the International Water Council before the next session.

        Sources
        ───────
        Byline:  Newsdesk
        Source:  https://example.org/geneva-summit
        Photo:   Mariana Costa/Reuters
        File:    /corpus/geneva-summit.txt

        """)
    }

    @Test func theCommandLineOpensPeopleByNameAndRunsActionsByName() {
        var (state, ctx) = Fixtures.state()
        state.type(":person watanabe", ctx)
        state.press(.enter, ctx)
        #expect(titles(state) == ["entity kenji-watanabe", "reader tokyo-talks"])
        state.type(":person Nobody", ctx)
        state.press(.enter, ctx)
        #expect(state.status == .error("No person, place or organisation is called Nobody"))
        state.type(":toggle-sort", ctx)
        state.press(.enter, ctx)
        #expect(state.list.sort == .title)
        state.type(":frobnicate", ctx)
        state.press(.enter, ctx)
        #expect(state.status?.text.hasPrefix("Unknown command :frobnicate. Commands: :search QUERY") == true)
    }

    @Test func theMouseSelectsAndOpensWhenTurnedOn() {
        var (state, ctx) = Fixtures.state()
        _ = state.handle(.mouse(MouseEvent(x: 5, y: 3, kind: .click)), in: ctx)
        #expect(state.list.cursor.selected == 0)   // off by default
        #expect(state.handle(.key(.char(":")), in: ctx) == .none)
        state.type("set mouse on", ctx)
        #expect(state.press(.enter, ctx) == .setMouse(true))
        _ = state.handle(.mouse(MouseEvent(x: 5, y: 3, kind: .click)), in: ctx)
        state.prepare(in: ctx)
        #expect(state.list.cursor.selected == 2)
        _ = state.handle(.mouse(MouseEvent(x: 5, y: 2, kind: .doubleClick)), in: ctx)
        state.prepare(in: ctx)
        #expect(focused(state) == "reader balkhash-drought")
        _ = state.handle(.mouse(MouseEvent(x: 60, y: 5, kind: .wheelDown)), in: ctx)
        #expect(state.trail.focused.reader?.top == 0)   // the whole report fits: nothing to scroll
    }
}
