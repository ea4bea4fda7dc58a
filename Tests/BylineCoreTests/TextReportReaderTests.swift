import Foundation
import Testing
@testable import BylineCore

@Suite struct TextReportReaderTests {
    /// A scraped page in the shape of the seed: date line, no title line, glued caption,
    /// subheads and the site's furniture around the story.
    static let scraped = """
    Posted on June 3, 2024 by Newsdesk

    VALPARAÍSO, Chile — Dockworkers at the Port of Valparaíso walked out on Monday, halting container traffic at Chile’s second port.

    “We have waited three years for this contract,” union leader José Ignacio Peña Álvarez told reporters at the gate.

    Share this:
    Facebook
    Twitter
    WhatsApp

    Strikers at the port gate in ValparaísoStrikers at the port gate in Valparaíso, Chile, on June 3, 2024 [Mariana Costa/Reuters]

    Ships wait offshore

    Eleven vessels were anchored outside the breakwater by nightfall, according to the harbour master.

    Advertisement

    Peña Álvarez said the union would meet again on Thursday.

    Source link

    Related
    Rotterdam braces for delayed ships
    Gulf Meridian reports record quarter

    Leave a Reply

    Your email address will not be published. Required fields are marked *
    """

    @Test func theStoryKeepsParagraphsSubheadsAndCaptionsInOrderWithoutFurniture() throws {
        let article = try readReport(Self.scraped)
        #expect(article.outline == [
            "paragraph: VALPARAÍSO, Chile — Dockworkers at the Port of Valparaíso walked out on Monday, halting container traffic at Chile’s second port.",
            "paragraph: “We have waited three years for this contract,” union leader José Ignacio Peña Álvarez told reporters at the gate.",
            "caption: Strikers at the port gate in Valparaíso, Chile, on June 3, 2024",
            "subhead: Ships wait offshore",
            "paragraph: Eleven vessels were anchored outside the breakwater by nightfall, according to the harbour master.",
            "paragraph: Peña Álvarez said the union would meet again on Thursday.",
        ])
    }

    @Test func theHeaderGivesDateBylineSourceAndDateline() throws {
        let article = try readReport(Self.scraped)
        #expect(article.format == .text)
        #expect(article.date?.iso == "2024-06-03")
        #expect(article.dateText == "June 3, 2024")
        #expect(article.byline == "Newsdesk")
        #expect(article.source == "Source link")
        #expect(article.dateline == "VALPARAÍSO, Chile")
        #expect(article.warnings.isEmpty)
    }

    @Test func withoutATitleLineTheTitleComesFromTheLeadAfterTheDateline() throws {
        let article = try readReport(Self.scraped)
        #expect(article.title == "Dockworkers at the Port of Valparaíso walked out on Monday…")
        #expect(article.titleDerived)
    }

    @Test func aGluedCaptionKeepsItsAltTextCreditAndPosition() throws {
        let article = try readReport(Self.scraped)
        #expect(article.captions == [Caption(
            alt: "Strikers at the port gate in Valparaíso",
            text: "Strikers at the port gate in Valparaíso, Chile, on June 3, 2024",
            credit: "Mariana Costa/Reuters", blockIndex: 2
        )])
    }

    @Test func everyOneLineBlockRecordsWhereItsTextStartsInTheFile() throws {
        let article = try readReport(Self.scraped)
        for block in article.blocks {
            let offset = try #require(block.sourceOffset, "\(block.text)")
            #expect(scalarSlice(Self.scraped, from: offset, length: block.text.unicodeScalars.count) == block.text)
        }
        let caption = article.blocks[2]
        #expect(scalarSlice(Self.scraped, from: caption.sourceOffset! - 39, length: 39) == "Strikers at the port gate in Valparaíso")
    }

    @Test func windowsLineEndingsReadTheSameAndOffsetsStillPointAtTheText() throws {
        let crlf = Self.scraped.replacingOccurrences(of: "\n", with: "\r\n")
        let article = try readReport(crlf)
        #expect(article.outline == (try readReport(Self.scraped)).outline)
        for block in article.blocks {
            let offset = try #require(block.sourceOffset)
            #expect(scalarSlice(crlf, from: offset, length: block.text.unicodeScalars.count) == block.text)
        }
    }

    @Test func aShortUnpunctuatedFirstLineFollowedByABlankLineIsTheTitle() throws {
        let article = try readReport("""
        2024-06-07

        Rotterdam waits for ships held up in Chile

        ROTTERDAM — Three Gulf Meridian Lines vessels are overdue, Mayor Marianne de Graaf said.

        By Pieter Janssen

        https://example.org/rotterdam-ships
        """)
        #expect(article.title == "Rotterdam waits for ships held up in Chile")
        #expect(!article.titleDerived)
        #expect(article.date?.iso == "2024-06-07")
        #expect(article.dateText == "2024-06-07")
        #expect(article.byline == "Pieter Janssen")
        #expect(article.source == "https://example.org/rotterdam-ships")
        #expect(article.outline == ["paragraph: ROTTERDAM — Three Gulf Meridian Lines vessels are overdue, Mayor Marianne de Graaf said."])
    }

    @Test func aTitleLineMayComeBeforeTheDateLine() throws {
        let article = try readReport("""
        Geneva summit opens with a warning
        Monday, 10 June 2024

        GENEVA — The water summit opened on Monday.
        """)
        #expect(article.title == "Geneva summit opens with a warning")
        #expect(article.dateText == "Monday, 10 June 2024")
    }

    @Test func aShortLineBeforeAnyParagraphOrAfterTheLastIsNotASubhead() throws {
        let article = try readReport("""
        June 12, 2024

        TOKYO — Talks resumed on Tuesday.

        Hydrogen quotas remain open

        Negotiators will meet again in Brussels.

        Officials declined to comment
        """)
        #expect(article.blocks.map(\.kind) == [.paragraph, .subhead, .paragraph, .paragraph])
    }

    @Test func hardWrappedLinesAreJoinedIntoOneParagraph() throws {
        let article = try readReport("""
        3 June 2024

        Sea levels off Rotterdam are rising faster than the city's defences
        were designed for, according to a study published on Monday by
        researchers at Delft University of Technology.

        Dr Ingrid van der Berg led the study.
        """)
        #expect(article.outline == [
            "paragraph: Sea levels off Rotterdam are rising faster than the city's defences were designed for, according to a study published on Monday by researchers at Delft University of Technology.",
            "paragraph: Dr Ingrid van der Berg led the study.",
        ])
        #expect(article.blocks[0].sourceOffset == nil)
        #expect(article.blocks[1].sourceOffset != nil)
    }

    @Test func sharingLinksOfParagraphLengthAreNotTakenForAWrappedParagraph() throws {
        let article = try readReport("""
        June 12, 2024

        TOKYO — Talks resumed on Tuesday.

        Click to share on Twitter (Opens in new window)
        Click to share on Facebook (Opens in new window)

        Negotiators will meet again in Brussels.
        """)
        #expect(article.blocks.map(\.text) == ["TOKYO — Talks resumed on Tuesday.", "Negotiators will meet again in Brussels."])
    }

    @Test func aParagraphThatIsOneQuotationStaysAParagraph() throws {
        // In scraped news such a paragraph continues the previous speaker; it is not a pull quote.
        let article = try readReport("""
        June 3, 2024

        Okafor spoke first. “Water is not a favour,” she said.

        “It is a right, and rights are not rationed.”

        The delegates applauded.
        """)
        #expect(article.blocks.map(\.kind) == [.paragraph, .paragraph, .paragraph])
    }

    @Test func tagsLinesBecomeTagsAndLeaveTheStory() throws {
        let article = try readReport("""
        June 3, 2024

        The summit closed on Friday.

        Tags: Geneva, water, United Nations
        """)
        #expect(article.tags == ["Geneva", "water", "United Nations"])
        #expect(article.blocks.count == 1)
    }

    @Test func aFileOfOnlyFurnitureGivesNoReport() {
        #expect(throws: FixtureError.self) {
            try readReport("Leave a Reply\n\nShare this:\nFacebook\n")
        }
    }

    @Test func decodingWarningsAreCarriedIntoTheArticle() throws {
        let source = SourceText(path: "bad.txt", id: "bad", text: "June 3, 2024\n\nThe port re\u{FFFD}opened.\n",
                                pathExtension: "txt", warnings: ["invalid UTF-8: 1 byte sequence shown as \u{FFFD}"])
        let article = try #require(ArticleLoader().read(source).articles.first)
        #expect(article.warnings == ["invalid UTF-8: 1 byte sequence shown as \u{FFFD}"])
        #expect(article.blocks.map(\.text) == ["The port re\u{FFFD}opened."])
    }
}
