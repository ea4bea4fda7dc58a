import Testing
@testable import BylineCore

@Suite struct ArticleTextRendererTests {
    static let article = Article(
        id: "balkhash", path: "Articles/balkhash.txt", format: .text,
        title: "Herders leave the shores of Lake Balkhash", date: ArticleDate(year: 2024, month: 3, day: 9),
        dateText: "Sat. Mar 9th, 2024", byline: "admin", source: "Source link", dateline: "ALMATY",
        blocks: [
            Block(kind: .paragraph, text: "ALMATY — Herders are moving their flocks north as the lake retreats, Energy Minister Dmitri Volkov said."),
            Block(kind: .subhead, text: "A dry winter"),
            Block(kind: .caption, text: "Cattle on the dry lake bed near Balkhash town, March 8, 2024"),
            Block(kind: .quote, text: "“The water will not come back this year,” Volkov said."),
        ],
        captions: [Caption(alt: "Cattle on the lake bed", text: "Cattle on the dry lake bed near Balkhash town, March 8, 2024",
                           credit: "Aleksei Morozov/AFP", blockIndex: 2)],
        tags: ["drought", "Kazakhstan"]
    )

    @Test func theReportIsLaidOutWithHeaderStoryCaptionsAndSources() {
        let lines = ArticleTextRenderer(width: 48).lines(Self.article)
        #expect(lines == [
            "Herders leave the shores of Lake Balkhash",
            "═════════════════════════════════════════",
            "Date:    2024-03-09 (Sat. Mar 9th, 2024)",
            "By:      admin",
            "Tags:    drought, Kazakhstan",
            "",
            "ALMATY — Herders are moving their flocks north",
            "as the lake retreats, Energy Minister Dmitri",
            "Volkov said.",
            "",
            "A dry winter",
            "────────────",
            "",
            "┃ Image: Cattle on the lake bed",
            "┃ Cattle on the dry lake bed near Balkhash town,",
            "┃ March 8, 2024",
            "┃ Photo: Aleksei Morozov/AFP",
            "",
            "│ “The water will not come back this year,”",
            "│ Volkov said.",
            "",
            "Sources",
            "───────",
            "Byline:  admin",
            "Source:  Source link",
            "Photo:   Aleksei Morozov/AFP",
            "File:    Articles/balkhash.txt",
        ])
    }

    @Test func noLineIsWiderThanTheWidth() {
        for width in [20, 33, 48, 80] {
            for line in ArticleTextRenderer(width: width).lines(Self.article) {
                #expect(DisplayWidth.of(line) <= width, "\(width): \(line)")
            }
        }
    }

    @Test func controlCharactersFromTheReportAreShownAsPlaceholders() {
        var article = Self.article
        article.title = "Evil\u{1B}]52;c;aGk=\u{07} title"
        article.blocks = [Block(kind: .paragraph, text: "Text with \u{1B}[31mred\u{1B}[0m and a \u{202E}reversal")]
        article.captions = []
        let text = ArticleTextRenderer(width: 80).render(article)
        #expect(!text.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" || $0 == "\u{202E}" })
        #expect(text.hasPrefix("Evil␛]52;c;aGk=␇ title\n"))
        #expect(text.contains("Text with ␛[31mred␛[0m and a \u{FFFD}reversal\n"))
    }

    @Test func aDateGivenOnlyAsWrittenAndWarningsAreShown() {
        var article = Self.article
        article.date = nil
        article.dateText = "last spring"
        article.warnings = ["invalid UTF-8: 2 byte sequences shown as \u{FFFD}"]
        let lines = ArticleTextRenderer(width: 80).lines(article)
        #expect(lines.contains("Date:    last spring"))
        #expect(Array(lines.suffix(3)) == ["Warnings", "────────", "! invalid UTF-8: 2 byte sequences shown as \u{FFFD}"])
    }

    @Test func aCaptionWithoutSeparateAltTextIsStillMarkedWithItsCredit() {
        var article = Self.article
        article.captions[0].alt = "Cattle on the dry lake bed near Balkhash town, March 8, 2024"  // the same as the caption
        let lines = ArticleTextRenderer(width: 80).lines(article)
        #expect(lines.contains("┃ Cattle on the dry lake bed near Balkhash town, March 8, 2024"))
        #expect(lines.contains("┃ Photo: Aleksei Morozov/AFP"))
        #expect(!lines.contains { $0.hasPrefix("┃ Image:") })
    }

    @Test func savedAndPipedTextKeepsEachLineWholeAndReadsLikeShow() {
        let saved = ArticleTextRenderer(width: nil).lines(Self.article)
        #expect(saved.contains("ALMATY — Herders are moving their flocks north as the lake retreats, Energy Minister Dmitri Volkov said."))
        #expect(saved.contains("┃ Cattle on the dry lake bed near Balkhash town, March 8, 2024"))
        let shown = ArticleTextRenderer(width: 48).lines(Self.article)
        #expect(Set(saved.filter { $0.hasPrefix("┃ Photo") || $0.hasPrefix("┃ Image") })
                == Set(shown.filter { $0.hasPrefix("┃ Photo") || $0.hasPrefix("┃ Image") }))
    }
}
