import Testing
@testable import BylineCore

@Suite struct HTMLBodyTests {
    @Test func paragraphsSubheadsAndQuotesComeOutInReadingOrder() throws {
        let article = try htmlArticle(htmlPage(body: """
            <article>
              <p>GENEVA &mdash; The <b>summit</b> opened on <a href="/monday">Monday</a>.</p>
              <h2>&lsquo;Not a committee in Switzerland&rsquo;</h2>
              <p>Volkov objected.</p>
              <blockquote><p>&ldquo;We share our data already.&rdquo;</p><p>&ldquo;We will not ask permission.&rdquo;</p></blockquote>
              <h3>A declaration by Wednesday</h3>
              <ul><li>Monthly river data</li><li>Six months&#8217; notice</li></ul>
            </article>
            """))
        #expect(article.blocks == [
            Block(kind: .paragraph, text: "GENEVA — The summit opened on Monday."),
            Block(kind: .subhead, text: "‘Not a committee in Switzerland’"),
            Block(kind: .paragraph, text: "Volkov objected."),
            Block(kind: .quote, text: "“We share our data already.”"),
            Block(kind: .quote, text: "“We will not ask permission.”"),
            Block(kind: .subhead, text: "A declaration by Wednesday"),
            Block(kind: .paragraph, text: "Monthly river data"),
            Block(kind: .paragraph, text: "Six months’ notice"),
        ])
        #expect(article.dateline == "GENEVA")
        #expect(article.format == .html)
        #expect(article.blocks.allSatisfy { $0.sourceOffset == nil })
    }

    @Test func theHeadingThatRepeatsTheTitleIsNotStoryText() throws {
        let article = try htmlArticle(htmlPage(head: "<title>First ships reach Rotterdam | Harbour Daily</title>",
                                               body: "<article><h1>First ships reach Rotterdam</h1><p>Text.</p></article>"))
        #expect(article.blocks == [Block(kind: .paragraph, text: "Text.")])
    }

    @Test func aHeadlineWordedDifferentlyFromTheTitleIsNotASubhead() throws {
        let article = try htmlArticle(htmlPage(head: "<meta property=\"og:title\" content=\"Okafor: shared lakes need rules\">",
                                               body: "<article><h1>Okafor tells Geneva summit that lakes need rules</h1><p>Text.</p><h1>Late heading</h1></article>"))
        #expect(article.blocks == [Block(kind: .paragraph, text: "Text."), Block(kind: .subhead, text: "Late heading")])
    }

    @Test func anArticleWhoseClassNamesItsNeighboursIsStillTheStory() throws {
        let article = try htmlArticle(htmlPage(body: "<article class=\"story sidebar-layout\"><p>Text.</p><div class=\"share\">Share</div></article>"))
        #expect(article.blocks == [Block(kind: .paragraph, text: "Text.")])
    }

    @Test func theStoryIsTheArticleElementNotTheRestOfThePage() throws {
        let article = try htmlArticle(htmlPage(body: """
            <div class="promo-box"><p>Subscribe for one euro a month and read everything we publish.</p></div>
            <article><p>The strike ended on Tuesday.</p></article>
            <div class="teasers"><p>Another story about a funicular.</p></div>
            """))
        #expect(article.blocks.map(\.text) == ["The strike ended on Tuesday."])
    }

    @Test func theLongestArticleElementIsTheStory() throws {
        let article = try htmlArticle(htmlPage(body: """
            <article class="teaser"><p>Short teaser.</p></article>
            <article><p>The first of two long paragraphs of the real story.</p><p>The second long paragraph of it.</p></article>
            <article class="teaser"><p>Another teaser.</p></article>
            """))
        #expect(article.blocks.map(\.text) == ["The first of two long paragraphs of the real story.", "The second long paragraph of it."])
    }

    @Test func anArticleBodyMarkedWithItempropWins() throws {
        let article = try htmlArticle(htmlPage(body: """
            <article><p class="standfirst">A long standfirst that sits outside the marked body of the story.</p>
            <div itemprop="articleBody"><p>Body text.</p></div></article>
            """))
        #expect(article.blocks.map(\.text) == ["Body text."])
    }

    @Test func withoutArticleTheDensestBlockOfParagraphsIsTheStory() throws {
        let article = try htmlArticle(htmlPage(body: """
            <div class="page"><div class="intro"><p>Short intro.</p></div>
            <div class="story-body"><p>Port officials said the backlog would take ten days to clear.</p>
            <p>Two further ships are due on Tuesday and Thursday.</p></div>
            <div class="footer-links"><p>About us</p></div></div>
            """))
        #expect(article.blocks.map(\.text) == ["Port officials said the backlog would take ten days to clear.",
                                               "Two further ships are due on Tuesday and Thursday."])
    }

    @Test func pagesWithoutParagraphTagsAreSplitAtDoubleLineBreaks() throws {
        let article = try htmlArticle(htmlPage(body: """
            <div id="story">VALPARAÍSO &ndash; The vote was 812 to 143.<br>
            It was held in the union hall.<br><br>
            Crews return on Wednesday.<br/><br/></div>
            """))
        #expect(article.blocks.map(\.text) == ["VALPARAÍSO – The vote was 812 to 143. It was held in the union hall.", "Crews return on Wednesday."])
    }

    @Test func figuresBecomeCaptionsInTheirPlaceWithCreditsFromABracket() throws {
        let article = try htmlArticle(htmlPage(body: """
            <article><p>Lead.</p>
            <figure><img src="/media/vote.jpg" alt="Dockworkers raise their hands">
            <figcaption>Members vote in the hall on Tuesday night [Mariana Costa/Reuters]</figcaption></figure>
            <p>After.</p></article>
            """))
        #expect(article.blocks.map(\.kind) == [.paragraph, .caption, .paragraph])
        #expect(article.blocks[1].text == "Members vote in the hall on Tuesday night")
        #expect(article.captions == [Caption(alt: "Dockworkers raise their hands", text: "Members vote in the hall on Tuesday night",
                                             credit: "Mariana Costa/Reuters", blockIndex: 1, image: "/media/vote.jpg")])
    }

    @Test(arguments: [
        "<span class=\"credit\">Photograph: Mariana Costa/Reuters</span>",
        "<small class=\"caption-credit\">Mariana Costa/Reuters</small>",
        "<span itemprop=\"copyrightHolder\">Mariana Costa/Reuters</span>",
    ])
    func aCreditElementGivesTheCredit(credit: String) throws {
        let article = try htmlArticle(htmlPage(body: """
            <article><p>Lead.</p><figure><img src="a.jpg" alt="Okafor at a podium">
            <figcaption>Okafor addresses the opening session \(credit)</figcaption></figure></article>
            """))
        #expect(article.captions == [Caption(alt: "Okafor at a podium", text: "Okafor addresses the opening session",
                                             credit: "Mariana Costa/Reuters", blockIndex: 1, image: "a.jpg")])
    }

    @Test func anImageWithOnlyAltTextIsCaptionedByItAndAnEmptyAltIsDecoration() throws {
        let article = try htmlArticle(htmlPage(body: """
            <article><p>Lead.</p><img src="spacer.gif" alt=""><p>Middle.</p>
            <figure><img src="b.jpg" alt="Fishing boats on Lake Balkhash"></figure></article>
            """))
        #expect(article.captions == [Caption(text: "Fishing boats on Lake Balkhash", blockIndex: 2, image: "b.jpg")])
    }

    @Test func aCaptionParagraphAfterAnImageCompletesItsCaption() throws {
        let article = try htmlArticle(htmlPage(body: """
            <div class="story-body"><p>The first ships arrived between eight and eleven days late.</p>
            <div class="image-block"><img src="data:image/gif;base64,R0l" data-src="/media/ship.jpg" alt="A ship at the quay">
            <p class="image-caption">The Meridian Star is guided to her berth <span class="caption-credit">Mariana Costa/Reuters</span></p></div>
            <p>Terminal staff worked through the night to move the refrigerated boxes.</p></div>
            """))
        #expect(article.blocks.map(\.kind) == [.paragraph, .caption, .paragraph])
        #expect(article.captions == [Caption(alt: "A ship at the quay", text: "The Meridian Star is guided to her berth",
                                             credit: "Mariana Costa/Reuters", blockIndex: 1, image: "/media/ship.jpg")])
    }

    @Test func aWordPressCaptionWrapperIsAFigure() throws {
        let article = try htmlArticle(htmlPage(body: """
            <article><p>Lead.</p><div class="wp-caption"><img src="c.jpg" alt="Cranes">
            <p class="wp-caption-text">Cranes stand idle [Aleksei Morozov/AFP]</p></div></article>
            """))
        #expect(article.captions == [Caption(alt: "Cranes", text: "Cranes stand idle", credit: "Aleksei Morozov/AFP", blockIndex: 1, image: "c.jpg")])
    }

    @Test func theLeadPhotoInTheStorysHeaderIsKept() throws {
        let article = try htmlArticle(htmlPage(body: """
            <article><header><h1>Summit opens</h1><p class="kicker">Geneva water summit</p>
            <figure><img src="lead.jpg" alt="Flags"><figcaption>Delegates arrive [Aleksei Morozov/AFP]</figcaption></figure></header>
            <p>Story.</p></article>
            """))
        #expect(article.blocks.map(\.kind) == [.caption, .paragraph])
        #expect(article.captions.first?.credit == "Aleksei Morozov/AFP")
    }

    @Test func aFigureThatHoldsAPullQuoteIsReadAsStory() throws {
        let article = try htmlArticle(htmlPage(body: "<article><p>Lead.</p><figure class=\"pullquote\"><blockquote><p>“Rules, not promises.”</p></blockquote></figure></article>"))
        #expect(article.blocks == [Block(kind: .paragraph, text: "Lead."), Block(kind: .quote, text: "“Rules, not promises.”")])
    }

    @Test func aFigureLeftInsideAnUnclosedParagraphStillEndsIt() throws {
        let article = try htmlArticle(htmlPage(body: "<article><p>Before the photo<figure><img src=\"x.jpg\" alt=\"Port\"><figcaption>The port</figcaption></figure>after it.</article>"))
        #expect(article.blocks.map(\.text) == ["Before the photo", "The port", "after it."])
    }

    @Test func recoveredMarkupStillReads() throws {
        let article = try htmlArticle("""
            <html><head><title>Broken page</title><body><div class=story><p>First <b>bold <i>crossed</b> tags</i> here
            <p>Second &amp; &copy; 2025<p>Third</div></div></span>
            """)
        #expect(article.title == "Broken page")
        #expect(article.blocks.map(\.text) == ["First bold crossed tags here", "Second & © 2025", "Third"])
    }

    @Test func aTruncatedPageKeepsWhatCameBeforeTheCut() throws {
        let article = try htmlArticle("<!DOCTYPE html><html><head><title>Cut short</title></head><body><article><p>One whole paragraph.</p><p>A paragraph cut in the mid")
        #expect(article.blocks.map(\.text) == ["One whole paragraph.", "A paragraph cut in the mid"])
    }
}
