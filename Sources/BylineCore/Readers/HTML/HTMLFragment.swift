/// Story text that a scraper stored as HTML (Mozilla Readability's `content`, WordPress's
/// `content.rendered`), read with the same parser and rules as a saved page.
enum HTMLFragment {
    /// Whether a body string is markup rather than plain text: it holds a paragraph, line
    /// break or block element tag.
    static func looksLikeHTML(_ text: String) -> Bool {
        let lowered = text.lowercased()
        return ["<p>", "<p ", "</p>", "<br", "<div", "<figure", "<h2", "<blockquote", "<ul>"].contains { lowered.contains($0) }
    }

    /// Adds the story in `html` to `story`; captions in `captions` that the markup already
    /// shows are removed from it.
    static func add(_ html: String, to story: inout WebStoryBuilder, captions: inout [FoundCaption]) {
        guard let page = LibXML2.parseHTML(Array(html.utf8), encoding: "UTF-8") else { return }
        ArticleExtractor(title: nil).extract(page.first { $0.name == "body" } ?? page, into: &story)
        let shown = Set(story.captions.map(\.text))
        captions.removeAll { shown.contains($0.text) || ($0.text.isEmpty && $0.alt.map(shown.contains) == true) }
    }
}
