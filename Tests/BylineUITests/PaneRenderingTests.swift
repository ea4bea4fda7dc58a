import Testing
@testable import BylineUI

/// Whole screens drawn from the fixture reports, compared as literal rows.
@Suite struct PaneRenderingTests {
    @Test func theFirstScreenStacksTheListAboveTheFirstReportOnAnEightyColumnTerminal() {
        let (state, _) = Fixtures.state(width: 80, height: 24)
        expectScreen(state, """
        ▶ Reports · Articles (4) 4 unread                                  newest first
        2024-06-03  Geneva summit hears warning on Lake Balkhash                2 people
        2024-05-28  Drought deepens around Lake Balkhash                        2 people
        2024-05-20  Delft study warns Rotterdam of faster sea-level rise        2 people
        2024-04-02  EU and Japan open hydrogen talks in Tokyo                   2 people



          Reader · Geneva summit hears warning on Lake Balkhash                     Top
        Geneva summit hears warning on Lake Balkhash
        2024-06-03 · Posted by Newsdesk (site account) · GENEVA

        UN Special Rapporteur Amara Okafor told the Geneva water summit that Lake
        Balkhash was shrinking faster than forecast.

        “We cannot wait for the lake to vanish,” Okafor said. Energy Minister Dmitri
        Volkov promised new limits on water use.

        Ministers disagree

        ┃ Image: Delegates in Geneva
        ┃ Delegates arrive at the summit hall
        ┃ Photo: Mariana Costa/Reuters
         ? help  q back  / search  P people  = sources  c captions  Enter open  & filt…
        """)
    }

    @Test func belowSixtyColumnsOnePaneShowsAtATime() {
        var (state, ctx) = Fixtures.state(width: 50, height: 12)
        expectScreen(state, """
        ▶ Reports · Articles (4) 4 unread    newest first
        2024-06-03  Geneva summit hears warning on Lake B…
        2024-05-28  Drought deepens around Lake Balkhash
        2024-05-20  Delft study warns Rotterdam of faster…
        2024-04-02  EU and Japan open hydrogen talks in T…






         ? help  q back  / search  P people  = sources  …
        """)
        state.press(.enter, ctx)
        expectScreen(state, """
        ▶ Reader · Geneva summit hears warning on La… Top
        Geneva summit hears warning on Lake Balkhash
        2024-06-03 · Posted by Newsdesk (site account) ·
        GENEVA

        UN Special Rapporteur Amara Okafor told the Geneva
        water summit that Lake Balkhash was shrinking
        faster than forecast.

        “We cannot wait for the lake to vanish,” Okafor
        said. Energy Minister Dmitri Volkov promised new
         ? help  q back  / search  P people  = sources  …
        """)
    }

    @Test func followingAPersonShowsTheEntityPageBesideTheReportItCameFrom() {
        var (state, ctx) = Fixtures.state(width: 120, height: 20)
        state.press(.enter, ctx)
        state.press(.tab, ctx)
        state.press(.enter, ctx)
        expectScreen(state, """
        ▶ Entity · Amara Okafor              report 1/2 │  Reader · Geneva summit hears warning on Lake Balkhash            All
        Amara Okafor                                    │Geneva summit hears warning on Lake Balkhash
        person · UN Special Rapporteur                  │2024-06-03 · Posted by Newsdesk (site account) · GENEVA
        Also written: Okafor                            │
        Named in 2 reports, 3 mentions                  │UN Special Rapporteur Amara Okafor told the Geneva water summit that
        By week: 2024-W22 ██ 2024-W23 · w: who with, wh…│Lake Balkhash was shrinking faster than forecast.
                                                        │
        2024-06-03  Geneva summit hears war…  2 mentions│“We cannot wait for the lake to vanish,” Okafor said. Energy Minister
            › UN Special Rapporteur Amara Okafor told   │Dmitri Volkov promised new limits on water use.
              the Geneva water summit that Lake Balkhash│
              was shrinking faster than forecast.       │Ministers disagree
            › “We cannot wait for the lake to vanish,”  │
              Okafor said.                              │┃ Image: Delegates in Geneva
        2024-05-28  Drought deepens around L…  1 mention│┃ Delegates arrive at the summit hall
            › Amara Okafor, the UN rapporteur, called   │┃ Photo: Mariana Costa/Reuters
              for a water-sharing deal.                 │
                                                        │Volkov said Almaty would share its river data with the International
                                                        │Water Council before the next session.
                                                        │
         ? help  q back  / search  P people  = sources  c captions  Enter open  n next report  w who with
        """)
    }

    @Test func theCaptionsPaneSplitsAltTextCaptionAndCredit() {
        var (state, ctx) = Fixtures.state(width: 100, height: 16)
        state.press(.enter, ctx)
        state.type("c", ctx)
        expectScreen(state, """
          Reader · Geneva summit hears warning on Lake Balkhash                                         Top
        Geneva summit hears warning on Lake Balkhash
        2024-06-03 · Posted by Newsdesk (site account) · GENEVA

        UN Special Rapporteur Amara Okafor told the Geneva water summit that Lake
        ▶ Captions · Geneva summit hears warning on Lake Balkhash
        Image 1 of 1
         Alt text  Delegates in Geneva
         Caption   Delegates arrive at the summit hall
         Credit    Mariana Costa/Reuters





         ? help  q back  / search  P people  = sources  c captions  Enter open
        """)
    }

    @Test func theSourcesPaneListsBylineSourceDateFileCreditsAndQuotes() {
        var (state, ctx) = Fixtures.state(width: 100, height: 20)
        state.press(.enter, ctx)
        state.type("=", ctx)
        expectScreen(state, """
          Reader · Geneva summit hears warning on Lake Balkhash                                         Top
        Geneva summit hears warning on Lake Balkhash
        2024-06-03 · Posted by Newsdesk (site account) · GENEVA

        UN Special Rapporteur Amara Okafor told the Geneva water summit that Lake
        Balkhash was shrinking faster than forecast.

        ▶ Sources · Geneva summit hears warning on Lake Balkhash
         Posted by     Newsdesk (the site's account, not a named author)
         Source        https://example.org/geneva-summit
         Date          2024-06-03
         Dateline      GENEVA
         Format        text
         File          /corpus/geneva-summit.txt
        Photo credits (1)
         Image 1       Mariana Costa/Reuters
        Quoted (1)
         Amara Okafor  “We cannot wait for the lake to vanish”

         ? help  q back  / search  P people  = sources  c captions  Enter open
        """)
    }

    @Test func theLinkListNumbersPeoplePlacesOrganisationsAndLinks() {
        var (state, ctx) = Fixtures.state(width: 100, height: 20)
        state.press(.enter, ctx)
        state.type("u", ctx)
        expectScreen(state, """
          Reader · Geneva summit hears warning on Lake Balkhash                                         Top
        Geneva summit hears warning on Lake Balkhash
        2024-06-03 · Posted by Newsdesk (site account) · GENEVA

        UN Special Rapporteur Amara Okafor told the Geneva water summit that Lake
        Balkhash was shrinking faster than forecast.

        ▶ Links · Geneva summit hears warning on Lake Balkhash
        People (2)
         [1]  Amara Okafor — UN Special Rapporteur, 2 mentions
         [2]  Dmitri Volkov — Energy Minister, 2 mentions
        Places (3)
         [3]  Lake Balkhash — 1 mention
         [4]  Geneva — 1 mention
         [5]  Almaty — 1 mention
        Organisations (1)
         [6]  International Water Council — 1 mention
        Links (1)
         [7]  https://example.org/geneva-summit
         ? help  q back  / search  P people  = sources  c captions  Enter open
        """)
    }

    @Test func corpusSearchShowsRankedResultsWithSnippetsAsYouType() {
        var (state, ctx) = Fixtures.state(width: 120, height: 14)
        state.type("/okafor", ctx)
        state.tick(at: 1000, ctx)
        expectScreen(state, """
        ▶ Search · okafor                           1/2 │  Reader · Geneva summit hears warning on Lake Balkhash     / 1/2  Top
        1. 2024-06-03  Geneva summit hears warning on L…│Geneva summit hears warning on Lake Balkhash
           UN Special Rapporteur Amara Okafor told the  │2024-06-03 · Posted by Newsdesk (site account) · GENEVA
           Geneva water summit that Lake Balkhash was…  │
        2. 2024-05-28  Drought deepens around Lake Balk…│UN Special Rapporteur Amara Okafor told the Geneva water summit that
           …Amara Okafor, the UN rapporteur, called for │Lake Balkhash was shrinking faster than forecast.
           a water-sharing deal.                        │
                                                        │“We cannot wait for the lake to vanish,” Okafor said. Energy Minister
                                                        │Dmitri Volkov promised new limits on water use.
                                                        │
                                                        │Ministers disagree
                                                        │
                                                        │┃ Image: Delegates in Geneva
        Search corpus: okafor
        """)
    }

    @Test func thePeoplePaneListsTheReportsEntitiesPeopleFirst() {
        var (state, ctx) = Fixtures.state(width: 120, height: 12)
        state.press(.enter, ctx)
        state.type("P", ctx)
        expectScreen(state, """
          Reader · Geneva summit hears warning on Lake Balkha… Top │▶ People and entities · Geneva summit hears warning on… 1/6
        Geneva summit hears warning on Lake Balkhash               │person Amara Okafor · UN Special Rapporteur · 2 mentions
        2024-06-03 · Posted by Newsdesk (site account) · GENEVA    │person Dmitri Volkov · Energy Minister · 2 mentions
                                                                   │place  Almaty · 1 mention
        UN Special Rapporteur Amara Okafor told the Geneva water   │place  Geneva · 1 mention
        summit that Lake Balkhash was shrinking faster than        │place  Lake Balkhash · 1 mention
        forecast.                                                  │org    International Water Council · 1 mention
                                                                   │
        “We cannot wait for the lake to vanish,” Okafor said.      │
        Energy Minister Dmitri Volkov promised new limits on water │
        use.                                                       │
         ? help  q back  / search  P people  = sources  c captions  Enter open
        """)
    }

    @Test func theHelpScreenIsDrawnFromTheKeyMap() {
        var (state, ctx) = Fixtures.state(width: 100, height: 12)
        state.type("?", ctx)
        expectScreen(state, """
        ▶ Help · keys and actions                                                         / search  q close
        Everywhere
         ?                  help            Show this help, built from the live key map (/ searches it)
         Q                  quit            Quit now (Ctrl-C quits too)
         Ctrl-O h Backspace Left
                            back            Go back through the reports, searches and entities visited
         q                  back-or-quit    Back one place; quit from the article list
         l Right            forward         Go forward again after going back (in lists l opens, Right goes…
         :                  command-line    Command line: :search QUERY, :person NAME, :sort, :save FILE, a…
         Ctrl-L             redraw          Redraw the screen and re-wrap the text
         Ctrl-Z             suspend         Suspend Byline (fg brings it back)
         ? help  q back  / search  P people  = sources  c captions
        """)
    }

    @Test func theSmallestUsableTerminalStillShowsTheList() {
        let (state, _) = Fixtures.state(width: 20, height: 5)
        expectScreen(state, """
        ▶ Reports · Article…
        Geneva summit hears…
        Drought deepens aro…
        Delft study warns R…
         ? help  q back  /…
        """)
    }

    @Test func belowTheMinimumSizeOneMessageSaysWhatIsNeeded() {
        let (small, _) = Fixtures.state(width: 19, height: 5)
        expectScreen(small, """
        terminal too small
        (need 20×5)
        """)
        let (tiny, _) = Fixtures.state(width: 1, height: 1)
        expectScreen(tiny, "t")
        let (none, _) = Fixtures.state(width: 0, height: 0)
        expectScreen(none, "")
    }

    @Test func theCommandLineReplacesTheStatusLineWithTheCursorAtTheEnd() {
        var (state, ctx) = Fixtures.state(width: 60, height: 10)
        state.type(":sea", ctx)
        expectScreen(state, """
        ▶ Reports · Articles (4) 4 unread              newest first
        2024-06-03  Geneva summit hears warning on Lake …   2 people
        2024-05-28  Drought deepens around Lake Balkhash    2 people
        2024-05-20  Delft study warns Rotterdam of faste…   2 people
          Reader · Geneva summit hears warning on Lake Balkhash Top
        Geneva summit hears warning on Lake Balkhash
        2024-06-03 · Posted by Newsdesk (site account) · GENEVA

        UN Special Rapporteur Amara Okafor told the Geneva water
        :sea
        """)
        #expect(Renderer.render(state).cursor! == (4, 9))
    }

    @Test func linksAreUnderlinedAndTheSelectedLinkAndCurrentMatchReversed() {
        var (state, ctx) = Fixtures.state(width: 60, height: 12)
        state.press(.enter, ctx)
        state.type("O]p]p/okafor", ctx)
        expectScreen(state, """
        ▶ Reader · Geneva summit hears warning on Lake … / 1/2  Top
        Geneva summit hears warning on Lake Balkhash
        2024-06-03 · Posted by Newsdesk (site account) · GENEVA

        UN Special Rapporteur Amara Okafor told the Geneva water
        summit that Lake Balkhash was shrinking faster than
        forecast.

        “We cannot wait for the lake to vanish,” Okafor said. Energy
        Minister Dmitri Volkov promised new limits on water use.

        /okafor  [1/2]
        """)
        let grid = Renderer.render(state)
        let underlined = grid.marks { $0.underline }.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(underlined[4] == "                      ^^^^^^^^^^^^          ^^^^^^")  // Amara Okafor, Geneva
        #expect(underlined[5] == "            ^^^^^^^^^^^^^")                          // Lake Balkhash
        #expect(underlined[9] == "         ^^^^^^^^^^^^^")                             // Dmitri Volkov
        let reversed = grid.marks { $0.reverse }.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(reversed[4] == "                            ^^^^^^")                   // the current match
        #expect(reversed[8] == "                                         ^^^^^^")      // the selected link
    }
}
