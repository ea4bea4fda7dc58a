import Testing
@testable import BylineCore

@Suite struct MarkdownBodyTests {
    private func read(_ body: String) throws -> Article {
        try readReport("---\ntitle: Fixture\n---\n" + body, name: "fixture.md")
    }

    @Test func headingsBecomeSubheadsAndBlockQuotesBecomeQuotes() throws {
        let article = try read("""
        Lead paragraph about the summit.

        ## Day two
        ### Side events ###

        > “Water is not a favour,” Okafor said.
        > She was applauded.
        >
        > > A second paragraph of the quote.

        Closing paragraph.
        """)
        #expect(article.outline == [
            "paragraph: Lead paragraph about the summit.",
            "subhead: Day two",
            "subhead: Side events",
            "quote: “Water is not a favour,” Okafor said. She was applauded.",
            "quote: A second paragraph of the quote.",
            "paragraph: Closing paragraph.",
        ])
    }

    @Test func emphasisCodeAndLinksAreReducedToTheirText() throws {
        let article = try read("Commissioner **Sofia Lindqvist** told [Reuters](https://example.org/r \"Reuters\") the deal was *“historic”* and `final`.\n")
        #expect(article.outline == ["paragraph: Commissioner Sofia Lindqvist told Reuters the deal was “historic” and final."])
        #expect(article.blocks[0].sourceOffset == nil)
    }

    @Test func anImageWithATitleBecomesACaptionWithItsBracketedCredit() throws {
        let article = try read("""
        First paragraph.

        ![Cranes idle in Valparaíso](cranes.jpg "Idle cranes at the container terminal on June 4 [Mariana Costa/Reuters]")

        Second paragraph.
        """)
        #expect(article.outline == [
            "paragraph: First paragraph.",
            "caption: Idle cranes at the container terminal on June 4",
            "paragraph: Second paragraph.",
        ])
        #expect(article.captions == [Caption(alt: "Cranes idle in Valparaíso", text: "Idle cranes at the container terminal on June 4",
                                             credit: "Mariana Costa/Reuters", blockIndex: 1, image: "cranes.jpg")])
        #expect(article.blocks[1].sourceOffset != nil)
    }

    @Test func anUntitledImageTakesTheEmphasisedLineBelowAsItsCaption() throws {
        let article = try read("""
        ![The barrier](barrier.jpg)
        *The Maeslant barrier closing during a test*

        Text after.
        """)
        #expect(article.captions.map(\.text) == ["The Maeslant barrier closing during a test"])
        #expect(article.captions.map(\.alt) == ["The barrier"])
        #expect(article.outline.last == "paragraph: Text after.")
    }

    @Test func aBodyImageTakesItsCreditFromTheFrontMatter() throws {
        let article = try readReport("""
        ---
        title: T
        images:
          - src: port.jpg
            credit: Mariana Costa/Reuters
        ---
        ![Ships at anchor](port.jpg "Ships at anchor off Valparaíso")
        """, name: "i.md")
        #expect(article.captions.map(\.credit) == ["Mariana Costa/Reuters"])
        #expect(article.captions.count == 1)
    }

    @Test func listItemsAreParagraphsAndRulesAndCommentsAreDropped() throws {
        let article = try read("""
        What the deal covers:

        - certification at the port of entry
        - a joint registry, kept in Brussels
        1. first review in 2026

        ---
        <!-- editor: check figures -->
        [ref]: https://example.org/ref
        Required fields are marked *
        """)
        #expect(article.outline == [
            "paragraph: What the deal covers:",
            "paragraph: certification at the port of entry",
            "paragraph: a joint registry, kept in Brussels",
            "paragraph: first review in 2026",
        ])
    }

    @Test func aBoldLineOnItsOwnIsASubheadButBoldInsideTextIsNot() throws {
        let article = try read("**Why did the talks take so long?**\n\n“Because of the night sessions.”\n\n**Lindqvist** said it was worth it.\n")
        #expect(article.outline == [
            "subhead: Why did the talks take so long?",
            "paragraph: “Because of the night sessions.”",
            "paragraph: Lindqvist said it was worth it.",
        ])
    }

    @Test func setextHeadingsAreSubheads() throws {
        let article = try read("Lead.\n\nWhat comes next\n---------------\n\nMore.\n")
        #expect(article.outline == ["paragraph: Lead.", "subhead: What comes next", "paragraph: More."])
    }

    @Test func oneLineBlocksRecordTheirOffsetsPastTheirMarkup() throws {
        let text = "---\ntitle: T\n---\n## Day two\n\n> Quoted line.\n\n- item one\n\nPlain paragraph.\n"
        let article = try readReport(text, name: "o.md")
        for block in article.blocks {
            let offset = try #require(block.sourceOffset, "\(block.text)")
            #expect(scalarSlice(text, from: offset, length: block.text.unicodeScalars.count) == block.text)
        }
        #expect(article.blocks.count == 4)
    }
}
