import Testing
@testable import BylineCore

/// Where a saved page names its authors, one markup class per test.
@Suite struct HTMLBylineTests {
    private let paragraphs = (1...4).map { n in
        "<p>Dockworkers in the port voted on Tuesday night, by a wide margin, to end the strike that had kept ships at anchor for a week; paragraph \(n) of the story goes on, with commas, clauses and details.</p>"
    }.joined()

    private func byline(head: String = "", body: String) throws -> String? {
        try htmlArticle(htmlPage(head: head, body: body)).byline
    }

    @Test func aJSONLDAuthorListIsKeptAsAList() throws {
        let head = """
            <script type="application/ld+json">{"@type": "NewsArticle", "author": [{"@type": "Person", "name": "Yuki Sato"},
              {"@type": "Person", "name": "Hannah Becker"}, {"@type": "Person", "name": "Omar Haddad"}]}</script>
            """
        #expect(try byline(head: head, body: "<article>\(paragraphs)</article>") == "Yuki Sato, Hannah Becker, Omar Haddad")
    }

    @Test func anAuthorInsideAJSONLDGraphIsFound() throws {
        let head = """
            <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [{"@type": "WebSite", "name": "Harbour Daily"},
              {"@type": "BlogPosting", "author": {"@type": "Organization", "name": "Contributors to the Harbour Wiki"}}]}</script>
            """
        #expect(try byline(head: head, body: "<article>\(paragraphs)</article>") == "Contributors to the Harbour Wiki")
    }

    @Test(arguments: ["<![CDATA[\n%@\n]]>", "  <!--\n%@\n-->\n"])
    func jsonLDWrappedForXHTMLIsRead(wrapper: String) throws {
        let json = "{\"@type\": \"NewsArticle\", \"headline\": \"Cranes stand idle in Rotterdam\", \"author\": {\"name\": \"Pieter Smit\"}}"
        let script = "<script type=\"application/ld+json\">\(wrapper.replacingOccurrences(of: "%@", with: json))</script>"
        let article = try htmlArticle(htmlPage(head: "<title>Port news</title>\(script)", body: "<article>\(paragraphs)</article>"))
        #expect(article.byline == "Pieter Smit")
        #expect(article.title == "Cranes stand idle in Rotterdam")
    }

    @Test func openGraphArticleAuthorNamesTheAuthor() throws {
        let head = "<meta property=\"og:article:author\" content=\"Harbour Daily Newsroom\">"
        #expect(try byline(head: head, body: "<article>\(paragraphs)</article>") == "Harbour Daily Newsroom")
    }

    @Test func repeatedAuthorMetaIsAList() throws {
        let head = "<meta name=\"DC.creator\" content=\"Pieter Smit\"><meta name=\"DC.creator\" content=\"Tomás Vidal\">"
        #expect(try byline(head: head, body: "<article>\(paragraphs)</article>") == "Pieter Smit, Tomás Vidal")
    }

    @Test(arguments: [
        ("<p class=\"byline\">By <a href=\"/ana\">Ana Ruiz</a></p>", "By Ana Ruiz"),
        ("<span class=\"author\">\n\nPar<span class=\"authorname\"> Luc Moreau</span></span>", "Par Luc Moreau"),
        ("<div class=\"article__author\">By\n\t\t\tAna Ruiz\t\t</div>", "By Ana Ruiz"),
        ("<p class=\"byline author\">Written by Ana Ruiz<br>Edited by Luc Moreau</p>", "Written by Ana Ruiz Edited by Luc Moreau"),
    ])
    func aBylineElementIsKeptAsThePageWordsIt(element: String, expected: String) throws {
        #expect(try byline(body: "<article><h1>Strike ends</h1>\(element)\(paragraphs)</article>") == expected)
    }

    @Test func aBylineElementMarkingTheNameGivesTheName() throws {
        let element = "<div itemprop=\"author\" itemscope>Story by <span itemprop=\"name\">Ana Ruiz</span>, port reporter</div>"
        #expect(try byline(body: "<article>\(element)\(paragraphs)</article>") == "Ana Ruiz")
    }

    @Test func theMetadataAuthorComesBeforeABylineElement() throws {
        let head = "<meta name=\"author\" content=\"Ana Ruiz\">"
        #expect(try byline(head: head, body: "<article><p class=\"byline\">By the Port Desk</p>\(paragraphs)</article>") == "Ana Ruiz")
    }

    @Test func bylinesInMenusBelongToOtherStories() throws {
        let menu = "<nav class=\"mainMenu\"><ul><li><a href=\"/a\">Another story</a> <span class=\"byline\">Omar Haddad</span></li></ul></nav>"
        let body = "\(menu)<article><aside><span class=\"byline\" itemprop=\"author\">Ana Ruiz</span></aside>\(paragraphs)</article>"
        #expect(try byline(body: body) == "Ana Ruiz")
    }

    @Test func aDatelineHoldingOnlyTheTimeIsNotTheByline() throws {
        let body = """
            <article><span class="dateline"><span>Sunday, Feb 1, 2015 11:57 AM UTC</span></span><h1>Strike ends</h1>
            <span class="byline"><a rel="author" href="/ana">Ana Ruiz</a></span>\(paragraphs)</article>
            """
        #expect(try byline(body: body) == "Ana Ruiz")
    }

    @Test func authorLinksAreTheLastResort() throws {
        let body = "<article><p class=\"byline\">By Ana Ruiz</p>\(paragraphs)</article><div class=\"more\"><a rel=\"author\" href=\"/o\">Omar Haddad</a></div>"
        #expect(try byline(body: body) == "By Ana Ruiz")
    }

    @Test(arguments: [
        ("Ana Ruiz", "By Ana Ruiz"), ("By Ana Ruiz", "By Ana Ruiz"), ("Par Luc Moreau", "Par Luc Moreau"),
        ("Written by Ana Ruiz", "Written by Ana Ruiz"), ("Byron Vale", "By Byron Vale"),
    ])
    func aBylineAsThePageWordsItIsNotCreditedTwice(byline: String, shown: String) {
        #expect(Article.creditLine(for: byline) == shown)
    }

    @Test func theNamesInAFrenchBylineAreItsAuthors() {
        #expect(BylineAuthors.names(in: "Par Maria Santos et John Doe") == ["Maria Santos", "John Doe"])
    }
}
