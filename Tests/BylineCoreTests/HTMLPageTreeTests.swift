import Testing
@testable import BylineCore

@Suite struct HTMLPageTreeTests {
    @Test(arguments: [
        "<p>  Plain, ASCII text,\n with   spaces </p>",
        "<p>No\u{A0}break\u{2003}spaces<b> and </b>bold،\u{3000}wide，commas</p>",
        "<p>Emoji 🚢 count <i>twice</i> in UTF-16, <span>  </span>and\tends  </p>",
        "<p>   </p>",
    ])
    func aBlocksLengthAndClausesAreCountedAsItsTextWouldBe(markup: String) throws {
        var tree = try #require(LibXML2.parsePage(Array("<html><body>\(markup)</body></html>".utf8), encoding: "UTF-8"))
        let p = try #require(tree.elements(in: tree.root, named: ["p"]).first)
        let text = tree.innerText(p)
        #expect(tree.measure(p).length == text.utf16.count)
        #expect(tree.measure(p).clauses == ContentScorer.Pass.clauseCount(text))
        #expect(tree.isBlank(p) == text.isEmpty)
    }

    @Test func aMeasureFollowsTheTreeAsBlocksAreRemovedMovedAndReplaced() throws {
        let markup = "<div id=a><p>One, two</p> <p>three</p></div><div id=b>  <span>four,</span></div>"
        var tree = try #require(LibXML2.parsePage(Array("<html><body>\(markup)</body></html>".utf8), encoding: "UTF-8"))
        let body = try #require(tree.elements(in: tree.root, named: ["body"]).first)
        let divs = tree.elements(in: body, named: ["div"])
        let paragraphs = tree.elements(in: body, named: ["p"])
        func expectMeasured(_ index: Int, _ text: String) {
            #expect(tree.innerText(index) == text)
            #expect(tree.measure(index).length == text.utf16.count)
            #expect(tree.measure(index).clauses == ContentScorer.Pass.clauseCount(text))
        }
        expectMeasured(body, "One, two three four,")
        tree.remove(paragraphs[1])
        expectMeasured(body, "One, two four,")
        expectMeasured(divs[0], "One, two")
        tree.append(paragraphs[1], to: divs[1])
        expectMeasured(divs[1], "four,three")
        expectMeasured(body, "One, two four,three")
        let made = tree.makeElement("p")
        tree.replace(paragraphs[0], with: made)
        expectMeasured(divs[0], "")
        expectMeasured(body, "four,three")
        tree.append(paragraphs[0], to: made)
        expectMeasured(body, "One, two four,three")
    }

    @Test func childrenKeepTheirOrderAsNodesAreInsertedReplacedAndMoved() throws {
        let markup = "<div><p>a</p><p>b</p><p>c</p></div><section></section>"
        var tree = try #require(LibXML2.parsePage(Array("<html><body>\(markup)</body></html>".utf8), encoding: "UTF-8"))
        let div = try #require(tree.elements(in: tree.root, named: ["div"]).first)
        let section = try #require(tree.elements(in: tree.root, named: ["section"]).first)
        let (a, b, c) = (tree.children(div)[0], tree.children(div)[1], tree.children(div)[2])
        func texts(_ index: Int) -> [String] { tree.children(index).map { tree.textContent($0) } }
        #expect(texts(div) == ["a", "b", "c"])
        tree.insert(c, into: div, at: 0)
        #expect(texts(div) == ["c", "a", "b"])
        tree.insert(a, into: div, at: 9)
        #expect(texts(div) == ["c", "b", "a"])
        let made = tree.makeElement("p")
        tree.replace(b, with: made)
        #expect(tree.children(div) == [c, made, a] && tree.parent(b) == nil)
        tree.append(c, to: section)
        tree.append(b, to: section)
        #expect(texts(div) == ["", "a"] && texts(section) == ["c", "b"])
        tree.remove(a)
        tree.remove(made)
        #expect(tree.children(div).isEmpty && tree.textContent(div).isEmpty)
        #expect(tree.innerText(tree.root) == "cb")
    }

    @Test func tagSetsMatchKnownTagsAndCustomElementsByName() throws {
        let set: HTMLTagSet = ["p", "h2", "my-widget"]
        #expect(set.contains(number: HTMLTagSet.number(of: "p"), name: "p"))
        #expect(set.contains(number: HTMLTagSet.number(of: "h2"), name: "h2"))
        #expect(!set.contains(number: HTMLTagSet.number(of: "div"), name: "div"))
        #expect(set.contains(number: HTMLTagSet.number(of: "my-widget"), name: "my-widget"))
        #expect(!set.contains(number: HTMLTagSet.number(of: "other-widget"), name: "other-widget"))
        let markup = "<div><my-widget>Dial</my-widget><p>Text</p><other-widget>x</other-widget><h2>Sub</h2></div>"
        var tree = try #require(LibXML2.parsePage(Array("<html><body>\(markup)</body></html>".utf8), encoding: "UTF-8"))
        #expect(tree.elements(in: tree.root, named: set).map(tree.name) == ["my-widget", "p", "h2"])
        #expect(tree.count(in: tree.root, named: "other-widget") == 1)
        let p = try #require(tree.elements(in: tree.root, named: ["p"]).first)
        tree.rename(p, to: "div")
        #expect(tree.elements(in: tree.root, named: ["p"]).isEmpty)
        #expect(tree.count(in: tree.root, named: "div") == 2)
        // Names outside the table are kept beside the nodes: renamed to one and back, and
        // against text nodes, which have no name.
        tree.rename(p, to: "x-callout")
        #expect(tree.name(p) == "x-callout" && tree.count(in: tree.root, named: "x-callout") == 1)
        #expect(tree.elements(in: tree.root, named: ["x-callout", "my-widget"]).map(tree.name) == ["my-widget", "x-callout"])
        tree.rename(p, to: "section")
        #expect(tree.name(p) == "section" && tree.count(in: tree.root, named: "x-callout") == 0)
        let text = try #require(tree.firstChild(p))
        #expect(tree.isText(text) && tree.name(text).isEmpty && !tree.isNamed(text, in: set))
    }

    @Test func madeElementsKeepTheirOwnAttributesBesideThePagesAndShareNone() throws {
        var tree = try #require(LibXML2.parsePage(Array("<html><body><p class=lead>Text</p></body></html>".utf8), encoding: "UTF-8"))
        let original = tree
        let p = try #require(tree.elements(in: tree.root, named: ["p"]).first)
        let made = tree.makeElement("div")
        #expect(tree.attributes(made).count == 0 && tree.attribute(made, "class") == nil)
        tree.setAttribute(made, "class", "wrap")
        tree.setAttribute(p, "data-mark", "1")
        tree.append(p, to: made)
        let body = try #require(tree.elements(in: tree.root, named: ["body"]).first)
        tree.append(made, to: body)
        #expect(tree.attribute(made, "class") == "wrap" && tree.hintText(made) == "wrap ")
        #expect(tree.element(made) == HTMLElement(name: "div", attributes: ["class": "wrap"], children: [
            .element(HTMLElement(name: "p", attributes: ["class": "lead", "data-mark": "1"], children: [.text("Text")])),
        ]))
        #expect(original.attribute(p, "data-mark") == nil && original.innerText(original.root) == "Text")
    }
}
