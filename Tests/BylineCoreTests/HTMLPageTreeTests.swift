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
        let page = try #require(LibXML2.parseHTML(Array("<html><body>\(markup)</body></html>".utf8), encoding: "UTF-8"))
        let tree = PageTree(page)
        let p = try #require(tree.elements(in: tree.root, named: ["p"]).first)
        let text = tree.innerText(p)
        #expect(tree.measure(p).length == text.utf16.count)
        #expect(tree.measure(p).clauses == ContentScorer.Pass.clauseCount(text))
        #expect(tree.isBlank(p) == text.isEmpty)
    }
}
