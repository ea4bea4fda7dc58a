import Testing
@testable import BylineCore

@Suite struct TextWrapperTests {
    @Test func linesBreakAtSpacesWithinTheWidth() {
        #expect(TextWrapper.wrap("Okafor arrived in Geneva on Monday", width: 16) == ["Okafor arrived", "in Geneva on", "Monday"])
    }

    @Test func wideCharactersCountTwoColumnsAndMayBreakWithoutASpace() {
        let lines = TextWrapper.wrap("渡辺健二は東京で記者団に語った。", width: 10)
        // The full stop stays with the character before it rather than opening a line.
        #expect(lines == ["渡辺健二は", "東京で記者", "団に語っ", "た。"])
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 10 })
    }

    @Test func wideCharactersAfterPunctuationGainNoSpace() {
        let text = "Japan’s chief negotiator, Kenji Watanabe (渡辺健二), spoke in 東京."
        #expect(TextWrapper.wrap(text, width: 80) == [text])
        #expect(TextWrapper.wrap(text, width: 43) == ["Japan’s chief negotiator, Kenji Watanabe", "(渡辺健二), spoke in 東京."])
    }

    @Test func aWordWiderThanTheLineIsCut() {
        #expect(TextWrapper.wrap("see Donaudampfschifffahrtsgesellschaft", width: 12) == ["see", "Donaudampfsc", "hifffahrtsge", "sellschaft"])
    }

    @Test func aWebAddressWiderThanTheLineRunsPastItWhole() {
        #expect(TextWrapper.wrap("see https://example.org/a/very/long/path", width: 12) == ["see", "https://example.org/a/very/long/path"])
    }

    @Test func combiningMarksTakeNoColumn() {
        let text = "Jose\u{301} Ignacio Pen\u{303}a A\u{301}lvarez"
        #expect(TextWrapper.wrap(text, width: 13) == ["Jose\u{301} Ignacio", "Pen\u{303}a A\u{301}lvarez"])
    }

    @Test func emptyTextGivesNoLines() {
        #expect(TextWrapper.wrap("   ", width: 10).isEmpty)
    }
}
