import Testing
@testable import BylineCore

@Suite struct HTMLMetadataTests {
    private let story = "<article><p>Dockworkers voted on Tuesday night to end the strike.</p></article>"

    @Test func theTitleComesFromOpenGraphFirst() throws {
        let article = try htmlArticle(htmlPage(head: """
            <title>Dockworkers vote to end strike | El Faro</title>
            <meta property="og:title" content="Valparaíso dockworkers vote to end strike after safety deal">
            """, body: story))
        #expect(article.title == "Valparaíso dockworkers vote to end strike after safety deal")
        #expect(article.titleDerived == false)
    }

    @Test(arguments: [
        ("Rotterdam braces for delays | Harbour Daily", nil, "Rotterdam braces for delays"),
        ("Rotterdam braces for delays - Harbour Daily", nil, "Rotterdam braces for delays"),
        ("Rotterdam braces for delays — The Harbour Daily of Rotterdam", "The Harbour Daily of Rotterdam", "Rotterdam braces for delays"),
        ("Harbour Daily | Rotterdam braces for delays", "Harbour Daily", "Rotterdam braces for delays"),
        ("Strike goes on - but talks resume | Harbour Daily", nil, "Strike goes on - but talks resume"),
        ("Water Rights Fight Moves To Geneva - Final Talks Begin", nil, "Water Rights Fight Moves To Geneva - Final Talks Begin"),
        ("Okafor: ‘Rules, not promises’", nil, "Okafor: ‘Rules, not promises’"),
    ] as [(String, String?, String)])
    func theSiteNameIsTakenOffThePageTitle(title: String, siteName: String?, headline: String) throws {
        let site = siteName.map { "<meta property=\"og:site_name\" content=\"\($0)\">" } ?? ""
        let article = try htmlArticle(htmlPage(head: "<title>\(title)</title>\n\(site)", body: story))
        #expect(article.title == headline)
    }

    @Test func aTitleThatOpensWithTheHeadingKeepsOnlyTheHeading() throws {
        let article = try htmlArticle(htmlPage(head: "<title>Ships return - Port news - Harbour Daily Rotterdam Edition</title>",
                                               body: "<h1>Ships return - Port news</h1>" + story))
        #expect(article.title == "Ships return - Port news")
    }

    @Test func jsonLDHeadlineWinsOverANameThatIsTheSitesName() throws {
        let article = try htmlArticle(htmlPage(head: """
            <title>Cranes stand idle in Rotterdam as strike bites | Harbour Daily News Online</title>
            <script type="application/ld+json">{"@type": "NewsArticle", "name": "Harbour Daily News Online",
              "headline": "Cranes stand idle in Rotterdam as strike bites"}</script>
            """, body: story))
        #expect(article.title == "Cranes stand idle in Rotterdam as strike bites")
    }

    @Test func jsonLDNameWinsWhenItIsTheHeadlineOfTheTitle() throws {
        let article = try htmlArticle(htmlPage(head: """
            <title>Cranes stand idle in Rotterdam as strike bites | Harbour Daily</title>
            <script type="application/ld+json">{"@type": "NewsArticle", "name": "Cranes stand idle in Rotterdam as strike bites",
              "headline": "Strike: Rotterdam cranes idle"}</script>
            """, body: story))
        #expect(article.title == "Cranes stand idle in Rotterdam as strike bites")
    }

    @Test func withoutTitleTagsTheHeadingIsTheTitle() throws {
        let article = try htmlArticle(htmlPage(body: "<article><h1>First ships reach Rotterdam</h1><p>Story text.</p></article>"))
        #expect(article.title == "First ships reach Rotterdam")
        #expect(article.blocks == [Block(kind: .paragraph, text: "Story text.")])
    }

    @Test func withNoTitleAnywhereTheLeadGivesOne() throws {
        let article = try htmlArticle(htmlPage(body: story))
        #expect(article.title == "Dockworkers voted on Tuesday night to end the strike")
        #expect(article.titleDerived)
    }

    @Test func theDateComesFromThePublishedTimeMetaFirst() throws {
        let article = try htmlArticle(htmlPage(head: """
            <meta property="article:published_time" content="2025-06-24T21:40:00-04:00">
            <script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2025-06-20"}</script>
            """, body: "<article><time datetime=\"2025-06-01\">1 June</time><p>Text.</p></article>"))
        #expect(article.date?.iso == "2025-06-24")
        #expect(article.dateText == "2025-06-24T21:40:00-04:00")
    }

    @Test func theDateComesFromJSONLDWhenNoMetaGivesIt() throws {
        let article = try htmlArticle(htmlPage(head: """
            <script type="application/ld+json">
            {"@context": "https://schema.org", "@graph": [{"@type": "WebSite", "name": "Harbour Daily"},
              {"@type": ["NewsArticle"], "datePublished": "2025-06-28T10:15:00+02:00"}]}
            </script>
            """, body: "<article><time datetime=\"2025-06-01\">1 June</time><p>Text.</p></article>"))
        #expect(article.date?.iso == "2025-06-28")
    }

    @Test func theDateComesFromATimeElementInTheStory() throws {
        let article = try htmlArticle(htmlPage(body: "<article><p class=\"dateline\"><time datetime=\"2025-06-24T21:40:00-04:00\">June 24</time></p><p>Text.</p></article>"))
        #expect(article.date?.iso == "2025-06-24")
    }

    @Test func aTimeOutsideTheStorysArticleIsNotItsDate() throws {
        let page = htmlPage(body: """
            <header><time datetime="2025-01-01">Today</time></header>
            <article><p>Text.</p></article><aside><article><time datetime="2025-02-02">2 Feb</time></article></aside>
            """)
        #expect(try htmlArticle(page).dateText == nil)
        let dated = htmlPage(body: """
            <header><time datetime="2025-01-01">Today</time></header>
            <article><p>Text <time>now</time> and <time datetime="2025-06-24">June 24</time>.</p></article>
            """)
        #expect(try htmlArticle(dated).date?.iso == "2025-06-24")
    }

    @Test func aBrokenJSONLDBlockIsIgnored() throws {
        let article = try htmlArticle(htmlPage(head: """
            <script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2025-06-20",}</script>
            <script type="application/ld+json">{"@type": "NewsArticle", "author": {"name": "Pieter Smit"}}</script>
            """, body: story))
        #expect(article.date == nil)
        #expect(article.byline == "Pieter Smit")
        #expect(article.warnings.isEmpty)
    }

    @Test(arguments: [
        ("<meta name=\"author\" content=\"Lucía Fernández\">", "", "Lucía Fernández"),
        ("<meta name=\"author\" content=\"https://social.example/lucia\"><meta property=\"article:author\" content=\"Lucía Fernández\">", "", "Lucía Fernández"),
        ("<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"author\": [{\"@type\": \"Person\", \"name\": \"Yuki Sato\"}, {\"@type\": \"Person\", \"name\": \"Hannah Becker\"}]}</script>", "", "Yuki Sato, Hannah Becker"),
        ("", "<p class=\"byline\">By <a rel=\"author\" href=\"/claire\">Claire Dubois</a></p>", "Claire Dubois"),
    ])
    func theBylineComesFromMetaJSONLDOrAnAuthorLink(head: String, byline: String, expected: String) throws {
        let article = try htmlArticle(htmlPage(head: head, body: "<article>\(byline)<p>Story text.</p></article>"))
        #expect(article.byline == expected)
        #expect(article.blocks == [Block(kind: .paragraph, text: "Story text.")])
    }

    @Test func theSourceIsTheCanonicalLinkThenOpenGraphURL() throws {
        let both = try htmlArticle(htmlPage(head: """
            <meta property="og:url" content="https://elfaro.example.cl/en/amp/vote">
            <link rel="canonical" href="https://elfaro.example.cl/en/vote">
            """, body: story))
        #expect(both.source == "https://elfaro.example.cl/en/vote")
        let openGraph = try htmlArticle(htmlPage(head: "<meta property=\"og:url\" content=\"https://elfaro.example.cl/en/amp/vote\">", body: story))
        #expect(openGraph.source == "https://elfaro.example.cl/en/amp/vote")
    }

    @Test func tagsComeFromArticleTagsAndKeywords() throws {
        let article = try htmlArticle(htmlPage(head: """
            <meta property="article:tag" content="water"><meta property="article:tag" content="Geneva summit">
            <meta name="keywords" content="water, United Nations">
            """, body: story))
        #expect(article.tags == ["water", "Geneva summit", "United Nations"])
    }
}
