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

    /// The tables that stand in for Unicode's property look-ups give the same four answers
    /// for every scalar they cover, and no answer for the scalars around them.
    @Test func knownScalarClassesAnswerAsThePropertyTables() {
        let covered = [0x80..<0x250, 0x2000..<0x2070, 0x4E00..<0xA000, 0xAC00..<0xD7A4]
        for range in covered {
            for value in range {
                let scalar = Unicode.Scalar(UInt32(value))!
                #expect(ScalarClass.knownBits(scalar) == ScalarClass.propertyBits(scalar), "U+\(String(value, radix: 16))")
            }
        }
        for value: UInt32 in [0x41, 0x7F, 0x250, 0x1FFF, 0x2070, 0x4DFF, 0xA000, 0xABFF, 0xD7A4, 0x1F600] {
            #expect(ScalarClass.knownBits(Unicode.Scalar(value)!) == nil)
        }
        #expect(ScalarClass.isUpper("É") && ScalarClass.isLower("ñ") && ScalarClass.isLetter("中") && !ScalarClass.isLetter("’"))
        #expect(ScalarClass.isLetter("\u{301}") && ScalarClass.isMark("\u{301}") && !ScalarClass.isMark("é"))
    }
}
