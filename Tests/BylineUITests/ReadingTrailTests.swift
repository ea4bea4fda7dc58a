import BylineCore
import Testing
@testable import BylineUI

/// Read, starred and noted reports: set from the keys, kept in the `MarkStore`, counted in the
/// list's title, and used by the filter and the sort keys.
@Suite struct ReadingTrailTests {
    func listTitle(_ state: AppState) -> String {
        ListPane.title(state.list, corpusName: state.corpusName, unread: state.unreadCount).0
    }

    func listRows(_ state: AppState) -> [String] {
        state.screen.split(separator: "\n").prefix(5).map { String($0.prefix(60)) }
    }

    @Test func openingAReportMarksItReadAndTheTitleCountsTheUnread() throws {
        var (state, ctx) = Fixtures.state(width: 120, height: 8)
        #expect(listRows(state)[0].hasPrefix("▶ Reports · Articles (4) 4 unread"))
        // Moving through the list previews reports without reading them.
        state.type("j", ctx)
        #expect(state.marks.isEmpty)
        state.press(.enter, ctx)
        #expect(state.marks == ["balkhash-drought": ReportMarks(read: true)])
        #expect(try ctx.marks.marks(in: ctx.store) == ["balkhash-drought": ReportMarks(read: true)])
        #expect(listTitle(state) == "Reports · Articles (4) 3 unread")
        // M in the reader marks it unread again.
        state.type("M", ctx)
        #expect(state.marks.isEmpty)
        #expect(state.status?.text == "Marked unread")
    }

    @Test func aStarShowsInTheListAndTheFilterFindsStarredReports() {
        var (state, ctx) = Fixtures.state(width: 120, height: 8)
        state.type("jjF", ctx)
        expectScreen(state, """
        ▶ Reports · Articles (4) 4 unread                                                                          newest first
        2024-06-03  Geneva summit hears warning on Lake Balkhash                                     example.org        2 people
        2024-05-28  Drought deepens around Lake Balkhash                                             Almaty bureau      2 people
        2024-05-20  ★ Delft study warns Rotterdam of faster sea-level rise                           example.org        2 people
        2024-04-02  EU and Japan open hydrogen talks in Tokyo                                        example.org        2 people


         Starred (& is:starred lists the starred reports)
        """)
        state.type("&is:starred", ctx)
        state.press(.enter, ctx)
        #expect(listRows(state)[0].hasPrefix("▶ Reports · Articles (1 of 4, filter: is:starred) 4 unread"))
        #expect(listRows(state)[1].hasPrefix("2024-05-20  ★ Delft study warns Rotterdam"))
    }

    @Test func aNoteIsWrittenAtThePromptFoundByTheFilterAndRemovedWhenEmptied() {
        var (state, ctx) = Fixtures.state(width: 120, height: 8)
        state.type("a", ctx)
        #expect(state.prompt?.label == "Note: ")
        state.type("ask Okafor for the data", ctx)
        state.press(.enter, ctx)
        #expect(state.marks["geneva-summit"]?.note == "ask Okafor for the data")
        #expect(listRows(state)[1].hasPrefix("2024-06-03  ✎ Geneva summit hears warning"))
        state.type("&has:note", ctx)
        state.press(.enter, ctx)
        #expect(state.list.rowCount == 1)
        // The note's words are matched like the rest of a report's text.
        state.type("&", ctx)
        state.press(.ctrl("u"), ctx)
        state.type("the data", ctx)
        state.press(.enter, ctx)
        #expect(state.list.rowCount == 1)
        state.type("a", ctx)
        state.press(.ctrl("u"), ctx)
        state.press(.enter, ctx)
        #expect(state.marks.isEmpty)
        #expect(state.status?.text == "Note removed")
    }

    @Test func theListSortsUnreadOrStarredFirst() {
        var (state, ctx) = Fixtures.state(width: 120, height: 8)
        // Read the newest two (Enter reads, q comes back to the list).
        state.press(.enter, ctx)
        state.type("q", ctx)
        state.type("jM", ctx)
        state.type("G", ctx)
        state.type("F", ctx)
        state.type(":sort unread", ctx)
        state.press(.enter, ctx)
        #expect(state.list.sort == .unread)
        #expect((0..<4).compactMap { state.list.summary(at: $0)?.id } == ["rotterdam-study", "tokyo-talks", "geneva-summit", "balkhash-drought"])
        state.type("t", ctx)
        #expect(state.list.sort == .starred)
        #expect(state.list.summary(at: 0)?.id == "tokyo-talks")
        state.type("T", ctx)
        #expect(state.list.summary(at: 3)?.id == "tokyo-talks")
    }

    @Test func marksKeptFromAnEarlierSessionAreReadAtStart() {
        let store = Fixtures.store()
        let marks = MemoryMarks([MarkRecord(contentKey: "tokyo-talks", reportID: "tokyo-talks", marks: ReportMarks(read: true, starred: true), changed: 1),
                                 MarkRecord(contentKey: "gone", reportID: "gone", marks: ReportMarks(read: true), changed: 1)])
        let ctx = HandlerContext(store: store, marks: marks, now: 0)
        var state = AppState(summaries: try! store.summaries(), corpusName: "Articles", width: 120, height: 8, settings: {
            var s = Settings()
            s.ascii = true
            return s
        }())
        state.prepare(in: ctx)
        // A report no longer in the folder is not counted.
        #expect(listRows(state)[0].hasPrefix("▶ Reports · Articles (4) 3 unread"))
        #expect(listRows(state)[4].hasPrefix("2024-04-02  * EU and Japan open hydrogen talks"))
    }
}
