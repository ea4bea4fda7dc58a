import BylineCore
import Testing
@testable import BylineIndex

@Suite struct SnippetTextTests {
    @Test func markersBecomeMarksAndBlankLinesBecomeSpaces() {
        let marked = SnippetText.marked("…the \u{2}strike\u{3} went on.\n\nShips \u{2}wait\u{3}")
        #expect(marked.text == "…the strike went on. Ships wait")
        #expect(marked.marks == [5..<11, 27..<31])
        #expect(marked.rendered() == "…the [strike] went on. Ships [wait]")
    }

    @Test func theBodyExcerptDropsMarkersAndEllipsesAndFindsTheFirstMark() {
        let (excerpt, first) = SnippetText.bodyExcerpt("…the \u{2}strike\u{3} went…", ellipsis: "…")
        #expect(excerpt == "the strike went")
        #expect(first == 4)
    }
}
