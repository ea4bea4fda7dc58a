import Testing
@testable import BylineCore

@Suite struct FrontMatterReaderTests {
    static let report = """
    ---
    title: EU and Japan agree hydrogen quota framework
    date: 2024-06-14
    authors:
      - name: Hana Sato
      - Luc Moreau
    url: https://example.org/eu-japan-hydrogen
    tags: [hydrogen, trade, EU, Japan]
    images:
      - src: signing.jpg
        alt: Negotiators shake hands
        caption: Kenji Watanabe and Sofia Lindqvist after the signing in Brussels
        credit: Aleksei Morozov/AFP
    ---
    BRUSSELS — Negotiators agreed on Friday a framework for green hydrogen quotas.

    ## What changes

    Imports will be certified at the port of entry.
    """

    @Test func theFrontMatterGivesTitleDateBylineSourceAndTags() throws {
        let article = try readReport(Self.report, name: "hydrogen.md")
        #expect(article.format == .markdown)
        #expect(article.title == "EU and Japan agree hydrogen quota framework")
        #expect(!article.titleDerived)
        #expect(article.date?.iso == "2024-06-14")
        #expect(article.dateText == "2024-06-14")
        #expect(article.byline == "Hana Sato and Luc Moreau")
        #expect(article.source == "https://example.org/eu-japan-hydrogen")
        #expect(article.tags == ["hydrogen", "trade", "EU", "Japan"])
        #expect(article.dateline == "BRUSSELS")
        #expect(article.warnings.isEmpty)
    }

    @Test func anImageListedOnlyInTheFrontMatterFollowsTheLead() throws {
        let article = try readReport(Self.report, name: "hydrogen.md")
        #expect(article.outline == [
            "paragraph: BRUSSELS — Negotiators agreed on Friday a framework for green hydrogen quotas.",
            "caption: Kenji Watanabe and Sofia Lindqvist after the signing in Brussels",
            "subhead: What changes",
            "paragraph: Imports will be certified at the port of entry.",
        ])
        #expect(article.captions == [Caption(
            alt: "Negotiators shake hands", text: "Kenji Watanabe and Sofia Lindqvist after the signing in Brussels",
            credit: "Aleksei Morozov/AFP", blockIndex: 1, image: "signing.jpg"
        )])
    }

    @Test func blocksRecordTheirOffsetsIncludingACaptionWrittenInTheYAML() throws {
        let article = try readReport(Self.report, name: "hydrogen.md")
        for block in article.blocks {
            let offset = try #require(block.sourceOffset, "\(block.text)")
            #expect(scalarSlice(Self.report, from: offset, length: block.text.unicodeScalars.count) == block.text)
        }
    }

    @Test(arguments: [
        ("date: 2024-06-03", "2024-06-03", "2024-06-03"),
        ("date: \"June 3, 2024\"", "2024-06-03", "June 3, 2024"),
        ("date: 3 June 2024", "2024-06-03", "3 June 2024"),
        ("date: Monday, 3 June 2024", "2024-06-03", "Monday, 3 June 2024"),
        ("date: 2024-06-03T22:15:00+02:00", "2024-06-03", "2024-06-03T22:15:00+02:00"),
        ("published: 2024-6-3", "2024-06-03", "2024-6-3"),
    ])
    func datesAreReadInTheirSeveralShapes(line: String, iso: String, text: String) throws {
        let article = try readReport("---\ntitle: T\n\(line)\n---\nBody text.\n", name: "d.md")
        #expect(article.date?.iso == iso)
        #expect(article.dateText == text)
    }

    @Test func anUnreadableDateIsKeptAsWrittenWithAWarning() throws {
        let article = try readReport("---\ntitle: T\ndate: last spring\n---\nBody text.\n", name: "d.md")
        #expect(article.date == nil)
        #expect(article.dateText == "last spring")
        #expect(article.warnings == ["front matter date “last spring” is not a date Byline can read; it is shown as written"])
    }

    @Test(arguments: [
        ("author: Amara Okafor", "Amara Okafor"),
        ("byline: By the Geneva desk", "By the Geneva desk"),
        ("author: [Amara Okafor, Kenji Watanabe, Sofia Lindqvist]", "Amara Okafor, Kenji Watanabe and Sofia Lindqvist"),
        ("author:\n  name: Ingrid van der Berg", "Ingrid van der Berg"),
    ])
    func authorsInAnyShapeMakeTheByline(yaml: String, byline: String) throws {
        let article = try readReport("---\ntitle: T\n\(yaml)\n---\nBody text.\n", name: "a.md")
        #expect(article.byline == byline)
    }

    @Test func sourceMayBeANameOrAnAddress() throws {
        #expect(try readReport("---\ntitle: T\nsource: Reuters\n---\nBody.\n", name: "s.md").source == "Reuters")
        #expect(try readReport("---\ntitle: T\nsource: Reuters\nlink: https://example.org/x\n---\nBody.\n", name: "s.md").source == "https://example.org/x")
        #expect(try readReport("---\ntitle: T\nsource:\n  name: AFP\n  url: https://example.org/y\n---\nBody.\n", name: "s.md").source == "https://example.org/y")
    }

    @Test func brokenYAMLIsAWarningAndTheBodyIsStillRead() throws {
        let article = try readReport("""
        ---
        title: Port reopens
        date: [2024-07-25
        ---
        Cranes moved again in Valparaíso on Thursday morning as the first ships berthed.
        """, name: "broken.md")
        #expect(article.warnings.count == 1)
        #expect(article.warnings[0].hasPrefix("front matter is not valid YAML (line "))
        #expect(article.warnings[0].hasSuffix("); the body was read without it"))
        #expect(article.title == "Cranes moved again in Valparaíso on Thursday morning as the first ships berthed")
        #expect(article.titleDerived)
        #expect(article.blocks.count == 1)
    }

    @Test func aMissingClosingFenceEndsTheFrontMatterAtTheFirstBlankLine() throws {
        let article = try readReport("---\ntitle: Strike ends\ndate: 2024-07-19\n\nThe strike ended on Friday.\n", name: "open.md")
        #expect(article.title == "Strike ends")
        #expect(article.date?.iso == "2024-07-19")
        #expect(article.outline == ["paragraph: The strike ended on Friday."])
        #expect(article.warnings == ["front matter has no closing “---” line; it was taken to end at the first blank line (line 4)"])
    }

    @Test func withoutATitleTheLevelOneHeadingIsTheTitle() throws {
        let article = try readReport("---\ndate: 2024-06-03\n---\n# Delft study warns Rotterdam\n\nThe study was published on Monday.\n", name: "h.md")
        #expect(article.title == "Delft study warns Rotterdam")
        #expect(!article.titleDerived)
        #expect(article.outline == ["paragraph: The study was published on Monday."])
    }

    @Test func aHeadingRepeatingTheTitleIsNotShownTwice() throws {
        let article = try readReport("---\ntitle: \"Delft study warns Rotterdam\"\n---\n# Delft study warns “Rotterdam”\n\nText.\n", name: "h.md")
        #expect(article.outline == ["paragraph: Text."])
    }

    @Test func frontMatterInATxtFileIsDetectedFromTheContent() throws {
        let article = try readReport("---\ntitle: Briefing\n---\nNegotiators met in 東京.\n", name: "briefing.txt")
        #expect(article.format == .markdown)
        #expect(article.title == "Briefing")
    }

    @Test func aMarkdownFileWithoutFrontMatterIsRead() throws {
        let article = try readReport("June 3, 2024\n\nBy Amara Okafor\n\n# Water is a right\n\nGovernments must act.\n", name: "plain.md")
        #expect(article.title == "Water is a right")
        #expect(article.date?.iso == "2024-06-03")
        #expect(article.byline == "Amara Okafor")
        #expect(article.outline == ["paragraph: Governments must act."])
    }

    @Test func aFileWithNeitherTitleNorStoryIsNotAReport() {
        #expect(throws: FixtureError.self) { try readReport("---\ndate: 2024-06-03\n---\n\n", name: "empty.md") }
    }
}
