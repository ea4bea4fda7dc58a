import Foundation
import Testing
@testable import BylineCore

/// The byte-level shortcuts of the HTML reader answer as the general rules they stand in for.
@Suite struct HTMLFastPathTests {
    @Test(arguments: [
        ("display:none", true), ("Display : None ;", true), ("color: red; visibility:\thidden", true),
        ("display: block", false), ("", false), ("DISPLAY:NONE", true), ("font-family: “Ünï”; display: none", true),
        ("font-family: “Ünï”", false),
    ])
    func anInlineStyleHidesAnElementWhateverItsCaseAndSpacing(style: String, hides: Bool) {
        #expect(PageFurniture.styleHides(style) == hides)
        let general = style.lowercased().filter { !$0.isWhitespace }
        #expect(hides == (general.contains("display:none") || general.contains("visibility:hidden")))
    }

    @Test(arguments: ["story  lead\tphoto\nwide", " a\r\nb ", "", "   ", "solo", "café\u{2003}menu bar"])
    func classListsSplitOnWhitespaceAsCharactersDo(value: String) {
        let element = HTMLElement(name: "div", attributes: ["class": value])
        #expect(element.classNames == value.split(whereSeparator: { $0.isWhitespace }))
    }

    @Test(arguments: ["", " ", "\t\n\r\u{B}\u{C} ", "\u{85}\u{A0}\u{1680}\u{2000}\u{200A}\u{2028}\u{2029}\u{202F}\u{205F}\u{3000}",
                      " x ", "\u{200B}", "\u{2030}", "\u{A0}é", "\u{3001}", "\u{1681}"])
    func aTextIsBlankOnBytesExactlyWhenEachCharacterIsWhitespace(text: String) {
        #expect(text.isWebBlank == text.unicodeScalars.allSatisfy(\.isWebWhitespace))
    }

    @Test func classAndIdHintsAreFoundInsideLongerNamesIgnoringCase() {
        #expect(ContentHints.isUnlikely("page-SideBar-left"))
        #expect(ContentHints.mayBeContent("articleBody"))
        #expect(!ContentHints.isUnlikely("story lead"))
        #expect(ContentHints.mentions("schema:Author", "author"))
        #expect(!ContentHints.mentions("auth", "author"))
    }

    @Test func aPageIsKnownToBeUTF8WhenTheLoadersTextHoldsItsBytes() {
        let text = "<p>Valparaíso</p>"
        #expect(HTMLCharset.isUTF8(Data(text.utf8), decodedAs: text))
        #expect(HTMLCharset.isUTF8(Data([0xEF, 0xBB, 0xBF] + Array(text.utf8)), decodedAs: text))
        // Latin-1 bytes decoded by the loader as windows-1252: not the text's bytes, not UTF-8.
        let latin1 = Data([0x3C, 0x70, 0x3E, 0x56, 0x61, 0x6C, 0x70, 0x61, 0x72, 0x61, 0xED, 0x73, 0x6F])
        #expect(!HTMLCharset.isUTF8(latin1, decodedAs: TextDecoding.decodeWindows1252(latin1)))
        // Other text that happens to be valid UTF-8 is still recognised by validation.
        #expect(HTMLCharset.isUTF8(Data("<p>a</p>".utf8), decodedAs: "something else"))
    }

    @Test(arguments: [
        "", " ", "plain text", " lead", "trail ", "two  spaces", "tab\tand\nline", "\u{A0}no-break\u{A0}",
        "em\u{2003}space", "ideographic\u{3000}space", "ogham\u{1680}mark", "narrow\u{202F}\u{205F}gap",
        "line\u{2028}para\u{2029}end", "next\u{85}line", "café über 東京", "\u{2030}\u{2010}\u{3001} not spaces",
    ])
    func spacingIsNormalizedAsTheWhitespaceCharactersSay(text: String) {
        let words = text.unicodeScalars.split(whereSeparator: { $0.isWebWhitespace }).map { String(String.UnicodeScalarView($0)) }
        #expect(text.normalizedSpacing == words.joined(separator: " "))
        #expect(text.dropFirst(0).normalizedSpacing == words.joined(separator: " "))
    }

    @Test(arguments: [
        "Read more.", "...Share this…", "Photo 2", "– Advertisement –", "a", "", "·", "»» next ««", "Ends in ·\u{387}",
        "-é", "é-", "Ünïcode: words", "x\u{301}:", "1 · 2",
    ])
    func endsAreStrippedAsCharacterByCharacterStrippingWould(text: String) {
        let set = ":.…>»|·•-– "
        var general = Substring(text)
        while let first = general.first, set.contains(first) { general = general.dropFirst() }
        while let last = general.last, set.contains(last) { general = general.dropLast() }
        #expect(text.strippingEnds(set) == String(general))
    }

    @Test(arguments: [
        ("story-body", false), ("c-NewsletterSignup", true), ("js-cookie-banner", true), ("Cookies", true),
        ("subscriber-only", false), ("paywallBox", true), ("consent", true), ("café-signup", true), ("café menu", false),
    ])
    func signUpBoxesAreFoundByTheWordsOfTheirClassOrId(name: String, isSignUp: Bool) {
        let byClass = HTMLElement(name: "div", attributes: ["class": name])
        let byID = HTMLElement(name: "section", attributes: ["id": name])
        #expect(PageFurniture.isSignUpBox(byClass) == isSignUp)
        #expect(PageFurniture.isSignUpBox(byID) == isSignUp)
        #expect(!PageFurniture.isSignUpBox(HTMLElement(name: "article", attributes: ["class": name])))
    }

    @Test func aLongLineWithALabelsWordsIsNotALabel() {
        #expect(FurnitureText.isFurniture("Share this article"))
        #expect(FurnitureText.isFurniture("– Advertisement –"))
        #expect(!FurnitureText.isFurniture("Share this article with the dockworkers who voted on Tuesday night"))
    }

    @Test(arguments: [
        "Share this article", "– Advertisement –", "ADVERTISEMENT", "  Share   this:  ", "Read more: the port strike",
        "Read more:", "read more", "»  Related", "Related…", "The port strike ended on Tuesday.", "Facebook",
        "This site uses cookies to remember you", "this website uses cookies", "Sign up for our newsletter today",
        "Twitter\r\n", "x", "X.", "::", "", "   ", "— Advertisement", "Ünïcode words before the story begins and go on",
        "The dockworkers’ union voted on Tuesday night to end the strike at the port",
        "Téléchargez l’application", "Share this: “quote”", "K\u{212A}ELVIN", "İstanbul",
        "Your email address will not be published. Required fields are marked *",
        String(repeating: "word ", count: 40), "Read more: " + String(repeating: "long ", count: 40),
    ])
    func furnitureLabelsReadOnBytesAnswerAsTheGeneralPath(line: String) {
        #expect(FurnitureText.isFurniture(line, readingBytes: true) == FurnitureText.isFurniture(line, readingBytes: false))
    }

    @Test(arguments: [
        "og:title", "DC.Date  dcterms.created", "\tArticle:Published_Time\r\n og:Title ", "", "   ", "a\u{1C}b c\u{0B}d",
        "Twitter:Card.Size", "Ünï.Name og:title", "x\u{2003}y",
    ])
    func metaKeysReadOnBytesAnswerAsTheGeneralPath(value: String) {
        #expect(PageMetadata.metaKeys(value, readingBytes: true) == PageMetadata.metaKeys(value, readingBytes: false))
    }

    @Test func attributesAnswerAsADictionaryWould() {
        var attributes: HTMLAttributes = ["id": "lead", "class": "story"]
        #expect(attributes["class"] == "story" && attributes["title"] == nil)
        attributes["class"] = "wide"
        attributes["id"] = nil
        attributes["title"] = nil
        #expect(attributes == ["class": "wide"])
        #expect(HTMLAttributes(dictionaryLiteral: ("a", "1"), ("b", "2")) == ["b": "2", "a": "1"])
        #expect(attributes != ["class": "wide", "id": "lead"])
    }
}
