import Testing
@testable import BylineCore

/// The page tree built from libxml2's parser events is the tree libxml2's own builder gave
/// (checked against it on the development pages and a few thousand other HTML files while
/// the builder was written); these pin the cases where the two could part.
@Suite struct PageTreeBuilderTests {
    private func parse(_ markup: String) throws -> HTMLElement {
        try #require(LibXML2.parseHTML(Array(markup.utf8), encoding: "UTF-8"))
    }

    private func texts(_ element: HTMLElement) -> [String] {
        element.children.compactMap { if case .text(let text) = $0 { text } else { nil } }
    }

    @Test func textRunsSplitByReferencesAreOneTextNodeAndACommentKeepsTwoApart() throws {
        let page = try parse("<html><body><p>Fish &amp; chips, &eacute;t&eacute;<!-- note -->and more</p></body></html>")
        let p = try #require(page.elements(named: "p").first)
        #expect(texts(p) == ["Fish & chips, été", "and more"])
    }

    @Test func aScriptsContentIsOneTextNodeHoweverLong() throws {
        let code = String(repeating: "var a = '<b>';\n", count: 300)
        let page = try parse("<html><head><script>\(code)</script></head><body><p>x</p></body></html>")
        let script = try #require(page.elements(named: "script").first)
        #expect(texts(script) == [code])
    }

    @Test func aLongScriptEndsAtItsEndTagInAnyCaseAndDropsWhatLibxml2Drops() throws {
        let code = String(repeating: "if (a </b) { x = '</div>'; }\n", count: 100)
        let upper = try parse("<html><body><script>\(code)</SCRIPT ><p>after</p></body></html>")
        #expect(texts(try #require(upper.elements(named: "script").first)) == [code])
        #expect(upper.elements(named: "p").map(\.text) == ["after"])
        // Control characters, U+FFFE and U+FFFF are not characters to libxml2: it leaves them out.
        let odd = try parse("<html><body><style>\(code)a\u{1}b\u{C}c\u{FFFF}\r\nd é</style><p>after</p></body></html>")
        #expect(texts(try #require(odd.elements(named: "style").first)) == [code + "abc\r\nd é"])
    }

    @Test func contentAfterTheClosingHtmlTagJoinsTheRootOnlyWithoutADoctype() throws {
        let bare = try parse("<html><body><p>story</p></body></html><p>after</p>")
        #expect(bare.elements(named: "p").map(\.text) == ["story", "after"])
        let declared = try parse("<!DOCTYPE html><html><body><p>story</p></body></html><p>after</p>")
        #expect(declared.elements(named: "p").map(\.text) == ["story"])
        let commented = try parse("<!-- saved --><html><body><p>story</p></body></html><p>after</p>")
        #expect(commented.elements(named: "p").map(\.text) == ["story"])
    }

    @Test func bareBooleanAttributesHoldTheirNameAndOtherBareOnesAreEmpty() throws {
        let page = try parse("<html><body><option SELECTED>a</option><div itemscope hidden class=x>b</div></body></html>")
        let option = try #require(page.elements(named: "option").first)
        #expect(option[attribute: "selected"] == "selected")
        let div = try #require(page.elements(named: "div").first)
        #expect(div[attribute: "itemscope"] == "")
        #expect(div[attribute: "class"] == "x")
    }

    @Test func prefixedElementsAreNamedWithoutTheirPrefixAndNamesAreLowerCased() throws {
        let page = try parse("<html><body><fb:like href=x>a</fb:like><DIV ID=Y>b</DIV><My-Widget>c</My-Widget></body></html>")
        #expect(page.elements(named: "like").count == 1)
        #expect(page.elements(named: "div").first?[attribute: "id"] == "Y")
        #expect(page.elements(named: "my-widget").count == 1)
    }

    @Test func aRepeatedAttributeKeepsItsFirstValue() throws {
        let page = try parse("<html><body><div class=a class=b>t</div></body></html>")
        #expect(page.elements(named: "div").first?[attribute: "class"] == "a")
    }

    @Test func aNulByteInTextReadsAsASpace() throws {
        let page = try parse("<html><body><p>before\u{0}after</p></body></html>")
        #expect(page.elements(named: "p").first?.text == "before after")
    }

    @Test func aPageNestedPastLibxml2sLimitStopsThere() throws {
        let depth = 300
        let page = try parse("<html><body>" + String(repeating: "<div>", count: depth) + "deep"
            + String(repeating: "</div>", count: depth) + "<p>after</p></body></html>")
        #expect(page.elements(named: "div").count < PageTreeBuilder.maximumDepth)
        #expect(page.elements(named: "p").isEmpty)
        #expect(!page.text.contains("deep"))
    }
}
