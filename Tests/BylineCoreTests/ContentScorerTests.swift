import Testing
@testable import BylineCore

/// Pages big enough for the content scorer to choose the story: real pages' markup classes,
/// written small, with text of our own.
@Suite struct ContentScorerTests {
    /// Paragraphs of story prose, long enough to score, numbered so tests can tell them apart.
    private static func prose(_ count: Int, topic: String = "the port") -> [String] {
        (1...count).map { n in
            "Paragraph \(n) about \(topic): dockworkers gathered at dawn, shared coffee by the gates, and waited for word "
                + "from the union hall, where negotiators had talked through the night about shifts, cranes and pay."
        }
    }

    private static func paragraphs(_ texts: [String]) -> String { texts.map { "<p>\($0)</p>" }.joined() }

    private func storyText(_ article: Article) -> [String] {
        article.blocks.filter { $0.kind != .caption }.map(\.text)
    }

    @Test func aStoryInAContentBlockLeavesOutCommentsAndRelatedRails() throws {
        let story = Self.prose(4)
        let page = htmlPage(body: """
            <div id="page"><div class="post-content">\(Self.paragraphs(story))</div>
            <div class="comments"><p>\(Self.prose(1, topic: "a reader's view")[0])</p><p>\(Self.prose(2, topic: "a reply")[1])</p></div>
            <div class="related-stories"><p>\(Self.prose(1, topic: "another story")[0])</p></div></div>
            """)
        #expect(storyText(try htmlArticle(page)) == story)
    }

    @Test func aPageWithoutParagraphTagsIsSplitAtDoubleLineBreaks() throws {
        let story = Self.prose(3)
        let page = htmlPage(body: "<div class=\"entry\">" + story.joined(separator: "<br><br>\n") + "</div>")
        #expect(storyText(try htmlArticle(page)) == story)
    }

    @Test func divsOfTextAreReadAsParagraphs() throws {
        let story = Self.prose(3)
        let page = htmlPage(body: "<div class=\"story\">" + story.map { "<div>\($0)</div>" }.joined() + "</div><div class=\"footer-links\"><a href=\"/a\">About us</a></div>")
        #expect(storyText(try htmlArticle(page)) == story)
    }

    @Test func aStorySplitIntoSiblingBlocksKeepsEveryBlockInOrder() throws {
        let first = Self.prose(3, topic: "the morning"), second = Self.prose(3, topic: "the evening")
        let page = htmlPage(body: """
            <div class="wrapper"><div class="story-part">\(Self.paragraphs(first))</div>
            <div class="ad-slot"><a href="/x">Buy a boat</a></div>
            <div class="story-part">\(Self.paragraphs(second))</div></div>
            """)
        #expect(storyText(try htmlArticle(page)) == first + second)
    }

    @Test func aListThatIsPartOfTheStoryIsKept() throws {
        let story = Self.prose(3)
        let items = ["Crane operators want two more rest breaks a shift", "Night shifts are to be shortened by an hour", "Pay talks resume in September"]
        let page = htmlPage(body: "<article>\(Self.paragraphs(story))<ul>\(items.map { "<li>\($0)</li>" }.joined())</ul></article>")
        #expect(storyText(try htmlArticle(page)) == story + items)
    }

    @Test func aBylineElementBecomesTheBylineAndLeavesTheText() throws {
        let story = Self.prose(3)
        let page = htmlPage(body: "<article><div class=\"article-byline\">By Ana Ruiz</div>\(Self.paragraphs(story))</article>")
        let article = try htmlArticle(page)
        #expect(article.byline == "By Ana Ruiz")  // as the page words it; the reader does not add another `By`
        #expect(storyText(article) == story)
    }

    @Test func aHeadingThatRepeatsTheTitleIsNotStoryText() throws {
        let story = Self.prose(3)
        let page = htmlPage(head: "<title>Dockworkers end their strike after a night of talks</title>",
                            body: "<div class=\"content\"><h2>Dockworkers end their strike after a night of talks</h2>\(Self.paragraphs(story))<h2>What happens next</h2>\(Self.paragraphs(Self.prose(1, topic: "next week")))</div>")
        #expect(storyText(try htmlArticle(page)) == story + ["What happens next"] + Self.prose(1, topic: "next week"))
    }

    @Test func hiddenBlocksAreNotStoryText() throws {
        let story = Self.prose(3)
        let page = htmlPage(body: "<article>\(Self.paragraphs(story))<p style=\"display: none\">Hidden survey text for robots only.</p><p hidden>Also hidden.</p></article>")
        #expect(storyText(try htmlArticle(page)) == story)
    }

    @Test func aTableOfFiguresInTheStoryIsKept() throws {
        let story = Self.prose(3)
        let rows = (1...3).map { "<tr><td>Berth \($0)</td><td>\($0 * 12) ships</td></tr>" }.joined()
        let page = htmlPage(body: "<article>\(Self.paragraphs(story))<table><thead><tr><th>Berth</th><th>Waiting</th></tr></thead>\(rows)</table></article>")
        let text = storyText(try htmlArticle(page))
        #expect(text.prefix(3) == story[...])
        #expect(text.contains("Berth 2") && text.contains("24 ships"))
    }

    @Test func aFigureInsideTheChosenStoryKeepsItsCaptionAndCredit() throws {
        let story = Self.prose(3)
        let figure = "<figure><img data-src=\"/img/cranes.jpg\" src=\"data:image/gif;base64,R0lGOD\" alt=\"Cranes\"><figcaption>Idle cranes at the terminal <span class=\"credit\">Mariana Costa</span></figcaption></figure>"
        let page = htmlPage(body: "<div class=\"article-body\">\(Self.paragraphs(Array(story.prefix(1))))\(figure)\(Self.paragraphs(Array(story.dropFirst())))</div>")
        let article = try htmlArticle(page)
        #expect(article.captions == [Caption(alt: "Cranes", text: "Idle cranes at the terminal", credit: "Mariana Costa", blockIndex: 1, image: "/img/cranes.jpg")])
        #expect(storyText(article) == story)
    }
}
