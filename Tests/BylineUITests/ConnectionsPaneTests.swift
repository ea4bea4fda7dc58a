import BylineCore
import Foundation
import Testing
@testable import BylineUI

/// The connections and timeline pane: opened from an entity page, switched between the same
/// report and the same sentence, and its rows opened.
@Suite struct ConnectionsPaneTests {
    /// Okafor's entity page (from the Geneva report's first link), then `w`.
    static func okaforConnections(width: Int = 100, height: Int = 16, ascii: Bool = false) -> (AppState, HandlerContext) {
        var (state, ctx) = Fixtures.state(width: width, height: height)
        state.settings.ascii = ascii
        state.press(.enter, ctx)
        state.press(.tab, ctx)
        state.press(.enter, ctx)
        state.type("w", ctx)
        return (state, ctx)
    }

    @Test func wShowsTheTimelineAndWhoIsNamedInTheSameReportsBestFirst() {
        let (state, _) = Self.okaforConnections()
        expectScreen(state, """
          Entity · Amara Okafor                                                                  report 1/2
        2024-06-03  Geneva summit hears warning on Lake Balkhash  2 mentions
            › UN Special Rapporteur Amara Okafor told the Geneva water summit that Lake Balkhash was
              shrinking faster than forecast.
            › “We cannot wait for the lake to vanish,” Okafor said.
        ▶ With · Amara Okafor                                                       2 reports · same report
        Timeline by week, 2024-W22 to 2024-W23
         ██
         2024-W23: 1 report  (< > another bar, Enter lists them)
        Named in the same report (best first; t: the same sentence)
          Dmitri Volkov                                                   person           2 reports     2.0
          Lake Balkhash                                                   place            2 reports     2.0
          Almaty                                                          place             1 report     1.0
          Geneva                                                          place             1 report     1.0
          International Water Council                                     organisation      1 report     1.0
         ? help  q back  / search  P people  = sources  c captions  Enter open  t report/sentence  > bars
        """)
    }

    @Test func tSwitchesToTheSameSentence() {
        var (state, ctx) = Self.okaforConnections()
        state.type("t", ctx)
        expectScreen(state, """
          Entity · Amara Okafor                                                                  report 1/2
        2024-06-03  Geneva summit hears warning on Lake Balkhash  2 mentions
            › UN Special Rapporteur Amara Okafor told the Geneva water summit that Lake Balkhash was
              shrinking faster than forecast.
            › “We cannot wait for the lake to vanish,” Okafor said.
        ▶ With · Amara Okafor                                                     2 reports · same sentence
        Timeline by week, 2024-W22 to 2024-W23
         ██
         2024-W23: 1 report  (< > another bar, Enter lists them)
        Named in the same sentence (best first; t: the same report)
          Geneva                                                          place           1 sentence     1.0
          Lake Balkhash                                                   place           1 sentence     0.0



         Named in the same sentence as Amara Okafor: 2 connections
        """)
    }

    /// The `ascii` setting draws the timeline's bars with `#` and changes nothing else.
    @Test func theTimelineFallsBackToASCII() {
        var (unicode, unicodeContext) = Self.okaforConnections()
        var (ascii, asciiContext) = Self.okaforConnections(ascii: true)
        unicode.type("<", unicodeContext)
        ascii.type("<", asciiContext)
        let screen = Renderer.render(ascii).text
        let rows = screen.split(separator: "\n").map(String.init)
        #expect(rows.contains(" ##"))
        #expect(!screen.contains("█"))
        #expect(rows.last == " 2024-W23: 1 report naming Amara Okafor")
        #expect(screen == Renderer.render(unicode).text.replacingOccurrences(of: "█", with: "#"))
    }

    @Test func enterOnAConnectionListsTheSharedReportsWithTheSentencesNamingBoth() {
        var (state, ctx) = Self.okaforConnections(width: 120, height: 14)
        state.type("j", ctx)
        state.press(.enter, ctx)
        expectScreen(state, """
        ▶ Together · Amara Okafor & Lake Ba… report 1/2 │  Reader · Geneva summit hears warning on Lake Balkhash     / 0/3  Top
        2024-06-03  Geneva summit hears warning on Lake…│Geneva summit hears warning on Lake Balkhash
            › UN Special Rapporteur Amara Okafor told   │2024-06-03 · Posted by Newsdesk (site account) · GENEVA
              the Geneva water summit that Lake Balkhash│
              was shrinking faster than forecast.       │UN Special Rapporteur Amara Okafor told the Geneva water summit that
        2024-05-28  Drought deepens around Lake Balkhash│Lake Balkhash was shrinking faster than forecast.
                                                        │
                                                        │“We cannot wait for the lake to vanish,” Okafor said. Energy Minister
                                                        │Dmitri Volkov promised new limits on water use.
                                                        │
                                                        │Ministers disagree
                                                        │
                                                        │┃ Image: Delegates in Geneva
         ? help  q back  / search  P people  = sources  c captions  Enter open
        """)
    }

    @Test func enterOnATimelineBarListsThatPeriodsReports() {
        var (state, ctx) = Self.okaforConnections(width: 120, height: 12)
        state.type("<<", ctx)
        state.press(.enter, ctx)
        expectScreen(state, """
        ▶ 2024-W22 · Amara Okafor            report 1/1 │  Reader · Drought deepens around Lake Balkhash             / 0/1  All
        2024-05-28  Drought deepens around Lake Balkhash│Drought deepens around Lake Balkhash
            › Amara Okafor, the UN rapporteur, called   │2024-05-28 · By Almaty bureau · ALMATY
              for a water-sharing deal.                 │
                                                        │Farmers near Lake Balkhash say the drought is the worst in memory.
                                                        │
                                                        │Energy Minister Dmitri Volkov blamed upstream dams. Amara Okafor, the
                                                        │UN rapporteur, called for a water-sharing deal.
                                                        │
                                                        │
                                                        │
         ? help  q back  / search  P people  = sources  c captions  Enter open
        """)
    }

    @Test func aClickOnATimelineBarListsThatPeriodsReportsBesideTheTimeline() {
        var (state, ctx) = Self.okaforConnections()
        state.settings.mouse = true
        // The bar row is the connections pane's second line (row 7): ` ██`, W22 then W23.
        #expect(state.screen.split(separator: "\n", omittingEmptySubsequences: false)[7] == " ██")
        _ = state.handle(.mouse(MouseEvent(x: 1, y: 7, kind: .click)), in: ctx)
        state.prepare(in: ctx)
        expectScreen(state, """
        ▶ With · Amara Okafor                                                       2 reports · same report
        Timeline by week, 2024-W22 to 2024-W23
         ██
         2024-W22: 1 report  (< > another bar, Enter lists them)
        Named in the same report (best first; t: the same sentence)
          2024-W22 · Amara Okafor                                                                report 1/1
        2024-05-28  Drought deepens around Lake Balkhash
            › Amara Okafor, the UN rapporteur, called for a water-sharing deal.







         ? help  q back  / search  P people  = sources  c captions  Enter open  t report/sentence  > bars
        """)
        // The focus stays on the timeline: a click on the other bar lists its week instead.
        _ = state.handle(.mouse(MouseEvent(x: 2, y: 2, kind: .click)), in: ctx)
        state.prepare(in: ctx)
        #expect(state.screen.contains("  2024-W23 · Amara Okafor"))
        #expect(state.screen.contains("2024-06-03  Geneva summit hears warning on Lake Balkhash"))
        // Past the last bar there is none to click; a double click moves the focus to the list.
        _ = state.handle(.mouse(MouseEvent(x: 3, y: 2, kind: .click)), in: ctx)
        state.prepare(in: ctx)
        #expect(state.screen.contains("  2024-W23 · Amara Okafor"))
        _ = state.handle(.mouse(MouseEvent(x: 1, y: 2, kind: .doubleClick)), in: ctx)
        state.prepare(in: ctx)
        #expect(state.screen.hasPrefix("▶ 2024-W22 · Amara Okafor"))
    }

    @Test func theEntityPageShowsItsTimelineRow() {
        var (state, ctx) = Fixtures.state(width: 140, height: 30)
        state.press(.enter, ctx)
        state.press(.tab, ctx)
        state.press(.enter, ctx)
        #expect(state.screen.contains("\nBy week: 2024-W22 ██ 2024-W23 · w: who with, when "))
    }
}
