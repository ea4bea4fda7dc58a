import Testing
@testable import BylineCore

private func words(_ text: String) -> [String] {
    let doc = TextDocument(text)
    return doc.tokens.indices.map { doc.text($0..<($0 + 1)) }
}

@Suite struct TokenizerTests {
    @Test func possessivesSplitOffButNamesWithApostrophesStayWhole() {
        #expect(words("Tokayev's and Tokayev’s O'Brien") == ["Tokayev", "'s", "and", "Tokayev", "’s", "O'Brien"])
    }

    @Test func abbreviationsInitialsAndHyphensStayWhole() {
        #expect(words("U.S. envoy M. Maynard of Nur-Sultan met Mr. Volkov") == ["U.S.", "envoy", "M.", "Maynard", "of", "Nur-Sultan", "met", "Mr.", "Volkov"])
        #expect(words("in U.S .") == ["in", "U.S", "."])
    }

    @Test func sentenceStartsAndHeadlinesAreMarked() {
        let doc = TextDocument("SOCCER - JAPAN WIN .\nFans cheered. “Great,” said Okafor.")
        let starts = doc.tokens.indices.filter { doc.tokens[$0].isSentenceStart }.map { doc.text($0..<($0 + 1)) }
        let caseless = doc.tokens.indices.filter { doc.tokens[$0].isCaseless }.map { doc.text($0..<($0 + 1)) }
        #expect(starts == ["SOCCER", "Fans", "Great"])
        #expect(caseless == ["SOCCER", "-", "JAPAN", "WIN", "."])
    }

    @Test func keysFoldCaseAccentsAndApostrophes() {
        #expect(TokenKey.word("Peña") == TokenKey.word("PENA"))
        #expect(TokenKey.word("Shi’ite") == TokenKey.word("shi'ite"))
        #expect(TokenKey.word("Peña") != TokenKey.word("Pena’s"))
    }
}
