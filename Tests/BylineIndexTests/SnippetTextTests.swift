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

    @Test func theMarkedWordsAreTheFormsTheReportHoldsLowerCasedInOrder() {
        let highlighted = "\u{2}Élections\u{3} in Peña: e\u{301}lecteurs \u{2}VOTED\u{3}, \u{2}\u{3}then \u{2}voted\u{3} and \u{2}東京\u{3}; \u{2}unclosed"
        #expect(SnippetText.markedWords(highlighted) == ["élections", "voted", "voted", "東京"])
        #expect(SnippetText.markedWords(nil) == [])
        #expect(SnippetText.markedWords("no marks") == [])
    }

    @Test func theFirstMatchIsFoundInTheBodyInScalars() {
        let body = "VALPARAÍSO — Dockworkers walked out.\n\nThe strike went on; the strike spread."
        #expect(SnippetText.firstMatchOffset(snippet: "…The \u{2}strike\u{3} went…", ellipsis: "…", body: body) == 42)
        #expect(SnippetText.firstMatchOffset(snippet: "VALPARAÍSO — \u{2}Dockworkers\u{3} walked…", ellipsis: "…", body: body) == 13)
        #expect(SnippetText.firstMatchOffset(snippet: "no marks here", ellipsis: "…", body: body) == nil)
        #expect(SnippetText.firstMatchOffset(snippet: "…not \u{2}in\u{3} the body…", ellipsis: "…", body: body) == nil)
    }

    @Test func unicodeSpacesCollapseAndWideCharactersKeepTheirOffsets() {
        let marked = SnippetText.marked("東京\u{3000}\u{3000}talks \u{2}Watanabe\u{3}\u{A0}said")
        #expect(marked.text == "東京 talks Watanabe said")
        #expect(marked.marks == [9..<17])
    }
}

@Suite struct SnippetLocationTests {
    @Test func anExcerptIsFoundInScalarOffsetsWhateverTheEncodingWidth() {
        #expect(SnippetText.scalarOffset(of: "strike", in: "VALPARAÍSO — the strike") == 17)
        #expect(SnippetText.scalarOffset(of: "東京", in: "talks in 東京 and Brussels") == 9)
        #expect(SnippetText.scalarOffset(of: "absent", in: "text") == nil)
        #expect(SnippetText.scalarOffset(of: "", in: "text") == nil)
    }
}
