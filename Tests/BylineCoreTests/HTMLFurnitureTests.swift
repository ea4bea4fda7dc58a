import Testing
@testable import BylineCore

@Suite struct HTMLFurnitureTests {
    private static let story = "The union voted to end the strike."

    /// Each kind of furniture, placed inside the story's own `<article>` next to one paragraph.
    @Test(arguments: [
        ("script", "<script>var total = 1 < 2 && \"</p>\"; document.write('Tracking text');</script>"),
        ("style", "<style>.story p { color: #333; } /* Styled text */</style>"),
        ("noscript", "<noscript><p>Please enable JavaScript to read comments.</p></noscript>"),
        ("navigation", "<nav><a href=\"/port\">Port</a> <a href=\"/city\">City</a></nav>"),
        ("site header", "<header><p class=\"kicker\">Port news</p><h1>Union votes</h1></header>"),
        ("footer", "<footer><p>Spotted a mistake? Write to the editors.</p></footer>"),
        ("aside", "<aside><h2>Related stories</h2><p>Fishermen fear a poor season.</p></aside>"),
        ("related links", "<div class=\"related-articles\"><p>City council debates funicular fares.</p></div>"),
        ("comment form", "<div id=\"respond\"><h3>Leave a Reply</h3><form id=\"commentform\"><p>Your email address will not be published.</p><textarea></textarea></form></div>"),
        ("comments", "<section id=\"comments\"><article class=\"comment\"><p>Great reporting, thank you for this piece.</p></article></section>"),
        ("share bar", "<div class=\"share-bar\"><a href=\"#\">Facebook</a> <a href=\"#\">X</a> <a href=\"#\">Email</a></div>"),
        ("social links", "<ul class=\"socialLinks\"><li>Follow us on LinkedIn and Mastodon for updates</li></ul>"),
        ("cookie banner", "<div id=\"cookie-banner\"><p>We use cookies to measure our audience.</p><button>Accept</button></div>"),
        ("consent dialog", "<div class=\"c-popup\" role=\"dialog\"><p>Manage your privacy choices here.</p></div>"),
        ("newsletter box", "<div class=\"newsletter-signup\"><h3>The Climate Briefing</h3><p>Every Thursday in your inbox.</p></div>"),
        ("advertisement", "<div class=\"ad-slot\" id=\"ad-mid\"><p>Buy our premium coffee today.</p></div>"),
        ("advertisement label", "<p>Advertisement</p>"),
        ("byline", "<p class=\"byline\">By Lucía Fernández</p>"),
        ("article meta", "<div class=\"article-meta\">24 June 2025 · 4 min read</div>"),
        ("tags", "<p class=\"tags\">Tags: Port, Strike</p>"),
        ("breadcrumbs", "<div class=\"breadcrumbs\"><a href=\"/\">Home</a> › Port</div>"),
        ("hidden element", "<div hidden><p>Hidden paywall text.</p></div>"),
        ("aria hidden", "<p aria-hidden=\"true\">Decorative repeat of the headline.</p>"),
        ("display none", "<div style=\"display: none\"><p>Invisible survey prompt.</p></div>"),
        ("screen reader label", "<span class=\"sr-only\">Image caption,</span>"),
        ("embedded frame", "<iframe src=\"https://video.example/embed/1\">Watch the vote</iframe>"),
        ("form controls", "<button type=\"button\">Listen to this article</button><select><option>Text size</option></select>"),
    ])
    func furnitureIsNotStoryText(kind: String, furniture: String) throws {
        let article = try htmlArticle(htmlPage(head: "<title>Union votes</title>", body: """
            <article>\(furniture)
            <p>\(Self.story)</p>
            \(furniture)</article>
            """))
        #expect(article.blocks == [Block(kind: .paragraph, text: Self.story)], "\(kind)")
    }

    @Test func furnitureAroundTheStoryIsNeverChosenAsTheStory() throws {
        let article = try htmlArticle(htmlPage(body: """
            <div id="cookie-banner"><p>We use cookies. This long notice explains at length how and why we use cookies on every page.</p></div>
            <section class="comments"><p>A long comment that goes on and on about the strike and the union and the port.</p>
            <p>Another long comment with plenty of words in it to look like a story.</p></section>
            <div class="content"><p>\(Self.story)</p></div>
            """))
        #expect(article.blocks.map(\.text) == [Self.story])
    }

    @Test(arguments: [
        "<p class=\"shareholders-note\">Shareholders approved the plan.</p>",
        "<div class=\"story--with-share-bar\"><p>Shareholders approved the plan.</p></div>",
        "<div class=\"has-comments\"><p>Shareholders approved the plan.</p></div>",
        "<div class=\"header-image-wrapper\"><p>Shareholders approved the plan.</p></div>",
        "<div class=\"loading\"><p>Shareholders approved the plan.</p></div>",
    ])
    func namesThatOnlyLookLikeFurnitureAreKept(markup: String) throws {
        let article = try htmlArticle(htmlPage(body: "<article><p>\(Self.story)</p>\(markup)</article>"))
        #expect(article.blocks.map(\.text) == [Self.story, "Shareholders approved the plan."])
    }

    @Test func classNamesAreSplitIntoWords() {
        #expect(PageFurniture.words(of: "articleShareBar") == ["article", "share", "bar"])
        #expect(PageFurniture.words(of: "cookie_banner-v2") == ["cookie", "banner", "v2"])
        #expect(PageFurniture.words(of: "header-image") == ["header", "image"])
    }
}
