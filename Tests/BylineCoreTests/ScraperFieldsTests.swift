import Testing
@testable import BylineCore

/// Reads one scraper record written as JSON text.
func scraperArticle(_ json: String) throws -> Article {
    let articles = try ScraperJSONReader().read(SourceText(path: "report.json", id: "report", text: json, pathExtension: "json"))
    try #require(articles.count == 1)
    return articles[0]
}

@Suite struct ScraperFieldsTests {
    @Test(arguments: ["title", "headline"])
    func theTitleComesFromEitherName(key: String) throws {
        let article = try scraperArticle(#"{"\#(key)": "Dockworkers extend strike", "text": "Body."}"#)
        #expect(article.title == "Dockworkers extend strike")
        #expect(article.titleDerived == false)
    }

    @Test(arguments: ["text", "body", "content", "maintext", "article", "articleBody", "textContent"])
    func theBodyComesFromEachScrapersName(key: String) throws {
        let article = try scraperArticle(#"{"title": "T", "\#(key)": "First paragraph.\n\nSecond paragraph."}"#)
        #expect(article.blocks == [Block(kind: .paragraph, text: "First paragraph."), Block(kind: .paragraph, text: "Second paragraph.")])
        #expect(article.warnings.isEmpty)
        #expect(article.format == .json)
    }

    @Test func aBodyGivenAsAListHasOneParagraphPerItem() throws {
        let article = try scraperArticle(#"{"title": "T", "paragraphs": ["One.", "Two."]}"#)
        #expect(article.blocks.map(\.text) == ["One.", "Two."])
    }

    @Test func aMissingBodyIsAWarningAndTheArticleIsStillListed() throws {
        let article = try scraperArticle(#"{"title": "Okafor arrives in Almaty", "url": "https://example.org/a"}"#)
        #expect(article.title == "Okafor arrives in Almaty")
        #expect(article.blocks.isEmpty)
        #expect(article.warnings == ["no story text: the record has none of the fields text, body, content, maintext or article"])
    }

    @Test(arguments: [
        (#""authors": ["Lucía Fernández", "Tomás Reyes"]"#, "Lucía Fernández and Tomás Reyes"),
        (#""authors": ["A. Nurlanova", "T. Reyes", "P. Smit"]"#, "A. Nurlanova, T. Reyes and P. Smit"),
        (#""authors": "Pieter Smit""#, "Pieter Smit"),
        (#""author": "By Pieter Smit""#, "Pieter Smit"),
        (#""byline": "by Claire Dubois""#, "Claire Dubois"),
        (#""author": {"@type": "Person", "name": "Hannah Becker"}"#, "Hannah Becker"),
        (#""author": [{"name": "Yuki Sato"}, {"name": "Hannah Becker"}]"#, "Yuki Sato and Hannah Becker"),
        (#""authors": ["https://example.org/staff/ana", "Ana Ruiz", "ana ruiz"]"#, "Ana Ruiz"),
    ])
    func theBylineComesFromEachAuthorShape(field: String, byline: String) throws {
        let article = try scraperArticle(#"{"title": "T", "text": "Body.", \#(field)}"#)
        #expect(article.byline == byline)
    }

    @Test(arguments: ["date", "publish_date", "date_publish", "published", "datePublished", "published_at", "publishedAt", "pubDate"])
    func theDateComesFromEachScrapersName(key: String) throws {
        let article = try scraperArticle(#"{"title": "T", "text": "Body.", "\#(key)": "2025-06-10T08:45:00-04:00"}"#)
        #expect(article.date?.iso == "2025-06-10")
        #expect(article.dateText == "2025-06-10T08:45:00-04:00")
    }

    @Test func aWrittenDateIsReadAndKeptAsWritten() throws {
        let article = try scraperArticle(#"{"title": "T", "text": "Body.", "date": "June 12, 2025"}"#)
        #expect(article.date?.iso == "2025-06-12")
        #expect(article.dateText == "June 12, 2025")
    }

    @Test func aTimestampDateIsReadAsTheUTCDay() throws {
        let article = try scraperArticle(#"{"title": "T", "text": "Body.", "published": 1749545100}"#)
        #expect(article.date?.iso == "2025-06-10")
        #expect(article.dateText == "1749545100")
    }

    @Test func anUnreadableDateIsKeptAsTextWithAWarning() throws {
        let article = try scraperArticle(#"{"title": "T", "text": "Body.", "date": "last Tuesday"}"#)
        #expect(article.date == nil)
        #expect(article.dateText == "last Tuesday")
        #expect(article.warnings == ["date “last Tuesday” is not a date Byline can read"])
    }

    @Test(arguments: ["url", "source_url", "link", "canonical_link"])
    func theSourceComesFromEachAddressName(key: String) throws {
        let article = try scraperArticle(#"{"title": "T", "text": "Body.", "\#(key)": "https://news.example.org/a"}"#)
        #expect(article.source == "https://news.example.org/a")
    }

    @Test func imageObjectsBecomeCaptionsAtTheEndWithAltAndCredit() throws {
        let article = try scraperArticle(#"""
        {"title": "T", "text": "Para one.\n\nPara two.",
         "images": [{"src": "https://x.example/cranes.jpg", "alt": "Idle cranes", "caption": "Cranes stand idle at the Maasvlakte", "credit": "Aleksei Morozov/AFP"},
                    {"url": "https://x.example/bay.jpg", "caption": "Ships in the bay [Mariana Costa/Reuters]"},
                    "https://x.example/logo.png"]}
        """#)
        #expect(article.blocks.map(\.kind) == [.paragraph, .paragraph, .caption, .caption])
        #expect(article.captions == [
            Caption(alt: "Idle cranes", text: "Cranes stand idle at the Maasvlakte", credit: "Aleksei Morozov/AFP", blockIndex: 2, image: "https://x.example/cranes.jpg"),
            Caption(alt: nil, text: "Ships in the bay", credit: "Mariana Costa/Reuters", blockIndex: 3, image: "https://x.example/bay.jpg"),
        ])
    }

    @Test func imageCaptionsArePairedWithImageAddressesAndPlacedWhereTheBodyRepeatsThem() throws {
        let article = try scraperArticle(#"""
        {"title": "T", "text": "Lead.\n\nA vigil at the gates [Mariana Costa/Reuters]\n\nMore.",
         "images": ["https://x.example/vigil.jpg", "https://x.example/bay.jpg"],
         "image_captions": ["A vigil at the gates [Mariana Costa/Reuters]", "Ships at anchor [Mariana Costa/Reuters]"]}
        """#)
        #expect(article.blocks.map(\.kind) == [.paragraph, .caption, .paragraph, .caption])
        #expect(article.captions == [
            Caption(text: "A vigil at the gates", credit: "Mariana Costa/Reuters", blockIndex: 1, image: "https://x.example/vigil.jpg"),
            Caption(text: "Ships at anchor", credit: "Mariana Costa/Reuters", blockIndex: 3, image: "https://x.example/bay.jpg"),
        ])
    }

    @Test func aTopImageObjectWithACaptionIsACaption() throws {
        let article = try scraperArticle(#"""
        {"title": "T", "text": "Lead.", "image": {"url": "https://x.example/t.jpg", "caption": "Lindqvist and Watanabe in Brussels", "creditText": "Aleksei Morozov/AFP"},
         "top_image": "https://x.example/t.jpg"}
        """#)
        #expect(article.captions == [Caption(text: "Lindqvist and Watanabe in Brussels", credit: "Aleksei Morozov/AFP", blockIndex: 1, image: "https://x.example/t.jpg")])
    }

    @Test func anImageWithOnlyAltTextIsCaptionedByIt() throws {
        let article = try scraperArticle(#"{"title": "T", "text": "Lead.", "images": [{"src": "a.jpg", "alt": "Fishing boats on Lake Balkhash"}]}"#)
        #expect(article.captions == [Caption(alt: nil, text: "Fishing boats on Lake Balkhash", blockIndex: 1, image: "a.jpg")])
    }

    @Test func aDescriptionNotInTheBodyLeadsTheStory() throws {
        let article = try scraperArticle(#"{"title": "T", "description": "The union says the deal is written in ink.", "text": "VALPARAÍSO — Dockworkers voted."}"#)
        #expect(article.blocks.map(\.text) == ["The union says the deal is written in ink.", "VALPARAÍSO — Dockworkers voted."])
    }

    @Test func aDescriptionThatRepeatsTheLeadIsNotShownTwice() throws {
        let article = try scraperArticle(#"{"title": "T", "description": "Rotterdam could face sea levels up to...", "maintext": "Rotterdam could face sea levels up to 1.1 metres higher."}"#)
        #expect(article.blocks.map(\.text) == ["Rotterdam could face sea levels up to 1.1 metres higher."])
    }

    @Test func aDescriptionStandsInForAMissingBody() throws {
        let article = try scraperArticle(#"{"title": "T", "summary": "Okafor calls for binding rules."}"#)
        #expect(article.blocks.map(\.text) == ["Okafor calls for binding rules."])
        #expect(article.warnings.count == 1)
    }

    @Test(arguments: [
        (#""tags": ["water", "Geneva", "water"]"#, ["water", "Geneva"]),
        (#""keywords": "hydrogen, trade , Tokyo""#, ["hydrogen", "trade", "Tokyo"]),
        (#""tags": [{"name": "ports"}, "strike"]"#, ["ports", "strike"]),
    ])
    func tagsComeFromListsOrCommaSeparatedText(field: String, tags: [String]) throws {
        let article = try scraperArticle(#"{"title": "T", "text": "Body.", \#(field)}"#)
        #expect(article.tags == tags)
    }

    @Test func unknownFieldsAreIgnored() throws {
        let article = try scraperArticle(#"{"title": "T", "text": "Body.", "movies": [], "meta_lang": "es", "word_count": 402, "nested": {"deep": [true]}}"#)
        #expect(article.warnings.isEmpty)
        #expect(article.blocks == [Block(kind: .paragraph, text: "Body.")])
    }

    @Test func wordPressRenderedFieldsAreReadWithTheirReferencesDecoded() throws {
        let article = try scraperArticle(#"""
        {"title": {"rendered": "Okafor&#8217;s warning &amp; the lake"}, "link": "https://x.example/p/1", "date": "2025-06-16T18:20:00",
         "content": {"rendered": "<p>GENEVA &mdash; First.</p>\n<h2>Next steps</h2>\n<p>Second &amp; last.</p>"}}
        """#)
        #expect(article.title == "Okafor’s warning & the lake")
        #expect(article.blocks == [Block(kind: .paragraph, text: "GENEVA — First."), Block(kind: .subhead, text: "Next steps"),
                                   Block(kind: .paragraph, text: "Second & last.")])
        #expect(article.dateline == "GENEVA")
    }

    @Test func aRecordWithoutATitleTakesOneFromItsLead() throws {
        let article = try scraperArticle(#"{"text": "Dockworkers in Valparaíso voted to end their strike. The vote was 812 to 143."}"#)
        #expect(article.title == "Dockworkers in Valparaíso voted to end their strike")
        #expect(article.titleDerived)
    }

    @Test func blocksFromJSONCarryNoSourceOffset() throws {
        let article = try scraperArticle(#"{"title": "T", "text": "One.\n\nTwo."}"#)
        #expect(article.blocks.allSatisfy { $0.sourceOffset == nil })
    }
}
