import Testing
@testable import BylineCore

@Suite struct ScalarTextTests {
    static let samples = [
        "", "Tokayev said", "Peña Álvarez “quoted” — 東京 🇰🇿 e\u{301}", "a\0b", "\r\n\u{2028}", "👩‍👩‍👧 family",
    ]

    @Test(arguments: samples)
    func scalarsCountsAndStringsMatchTheUnicodeScalarView(text: String) {
        let scalars = ScalarText.scalars(of: text)
        #expect(scalars == Array(text.unicodeScalars))
        #expect(ScalarText.count(text) == text.unicodeScalars.count)
        #expect(ScalarText.string(scalars[...]) == text)
        #expect(ScalarText.string(scalars.dropFirst()).unicodeScalars.elementsEqual(text.unicodeScalars.dropFirst()))
        #expect(ScalarText.containsNUL(text) == text.unicodeScalars.contains("\0"))
    }
}
