import Testing
@testable import BylineCore

@Suite struct VisibleTextTests {
    @Test func escapeSequencesBecomeVisiblePlaceholders() {
        #expect(VisibleText.make("a\u{1B}[31mb\u{1B}]52;c;aGk=\u{07}") == "a␛[31mb␛]52;c;aGk=␇")
        #expect(VisibleText.make("x\u{0}y\u{7F}z\u{9B}w") == "x␀y␡z\u{FFFD}w")
    }

    @Test func bidiOverridesAreNeutralised() {
        #expect(VisibleText.make("abc\u{202E}fed") == "abc\u{FFFD}fed")
    }

    @Test func layoutIsKeptOnlyWhenAsked() {
        #expect(VisibleText.make("a\nb\tc", keepLayout: true) == "a\nb\tc")
        #expect(VisibleText.make("a\nb") == "a␊b")
    }

    @Test func ordinaryTextIsUntouched() {
        let s = "“Нурсултан” Назарбаев — José Peña Álvarez, 東京 👩‍👩‍👧"
        #expect(VisibleText.make(s) == s)
    }
}
