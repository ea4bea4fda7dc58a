import Testing
@testable import BylineCore

@Suite struct LineShapeTests {
    @Test func aLineIsShortByItsCharactersNotItsBytesOrScalars() {
        #expect(LineShape.isShort("abcd", maxCharacters: 4))
        #expect(!LineShape.isShort("abcde", maxCharacters: 4))
        // CR LF is one character; combining marks and emoji sequences join their neighbours.
        #expect(LineShape.isShort("ab\r\nc", maxCharacters: 4))
        #expect(LineShape.isShort("e\u{301}e\u{301}e\u{301}e\u{301}", maxCharacters: 4))
        #expect(!LineShape.isShort("e\u{301}e\u{301}e\u{301}e\u{301}e", maxCharacters: 4))
        #expect(LineShape.isShort("👩‍👩‍👧👩‍👩‍👧", maxCharacters: 2))
        #expect(!LineShape.isShort("ééééé", maxCharacters: 4))
        #expect(LineShape.isShort("éé“”", maxCharacters: 4))
    }

    @Test func wordsAreCountedBetweenWhiteSpaceInAnyScript() {
        #expect(LineShape.wordCount("  Russian forces\tsecure  airport ") == 4)
        #expect(LineShape.wordCount("“Peña” said\u{A0}it") == 3)
        #expect(LineShape.wordCount("") == 0)
        #expect(LineShape.wordCount("a\r\nb") == 2)
    }

    @Test func urlsAreToldByTheirOpeningWhateverTheirCase() {
        #expect(LineShape.isURL("HTTPS://example.org/a"))
        #expect(LineShape.isURL("www.example.org"))
        #expect(!LineShape.isURL("“https://example.org”"))
        #expect(!LineShape.isURL("Source link"))
    }

    @Test func prefixesAndWordsAreMatchedIgnoringCase() {
        #expect("TAGS: water, ports".hasPrefixIgnoringCase("tags:"))
        #expect(!"“Tags: water”".hasPrefixIgnoringCase("tags:"))
        #expect("\u{212A}ELVIN scale".hasPrefixIgnoringCase("kel"))
        #expect(!"tag".hasPrefixIgnoringCase("tags:"))
        let line = "June 3, 2024 BY Newsdesk"
        #expect(line.rangeIgnoringCase(of: " by ").map { String(line[$0]) } == " BY ")
        #expect("Peña By Okafor".rangeIgnoringCase(of: " by ").map { String("Peña By Okafor"[$0]) } == " By ")
        #expect("nearby".rangeIgnoringCase(of: " by ") == nil)
    }
}
