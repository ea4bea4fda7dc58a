import Foundation
import Testing
@testable import BylineCore

/// Where the seed report and its expected reading are: `../shared/seed/` beside the checkout.
enum SeedFiles {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/seed")
    static let report = folder.appendingPathComponent("kazakhstan-unrest.txt").path
    static let expected = folder.appendingPathComponent("kazakhstan-unrest.expected.json").path
    static var arePresent: Bool {
        FileManager.default.isReadableFile(atPath: report) && FileManager.default.isReadableFile(atPath: expected)
    }
}

/// The seed report in `../shared/seed/` with its expected reading. The seed is not part of the
/// project; these tests run only when the shared folder sits beside the checkout.
@Suite(.enabled(if: SeedFiles.arePresent, "../shared/seed/kazakhstan-unrest.txt is not beside this checkout"))
struct SeedReportTests {
    struct Expected: Decodable {
        struct ExpectedCaption: Decodable, Equatable {
            var alt: String
            var text: String
            var credit: String
        }

        var date: String
        var date_text: String
        var title_derived_from_lead: Bool
        var byline: String
        var source_marker: String
        var subheads: [String]
        var captions: [ExpectedCaption]
        var not_story_text: [String]
    }

    private func load() throws -> (Article, Expected, String) {
        let result = ArticleLoader().load(path: SeedFiles.report, relativePath: "kazakhstan-unrest.txt")
        let article = try #require(result.articles.first, "\(result.failure ?? "")")
        let expected = try JSONDecoder().decode(Expected.self, from: Data(contentsOf: URL(fileURLWithPath: SeedFiles.expected)))
        let text = try String(contentsOfFile: SeedFiles.report, encoding: .utf8)
        return (article, expected, text)
    }

    @Test func theDateBylineAndSourceMarkerMatch() throws {
        let (article, expected, _) = try load()
        #expect(article.date?.iso == expected.date)
        #expect(article.dateText == expected.date_text)
        #expect(article.byline == expected.byline)
        #expect(article.source == expected.source_marker)
        #expect(article.warnings.isEmpty)
    }

    @Test func theTitleIsDerivedFromTheLead() throws {
        let (article, expected, _) = try load()
        #expect(article.titleDerived == expected.title_derived_from_lead)
        #expect(article.title == "Security forces appear to have regained control of Kazakhstan’s capital…")
    }

    @Test func theSubheadsAndTheCaptionMatch() throws {
        let (article, expected, _) = try load()
        #expect(article.blocks.filter { $0.kind == .subhead }.map(\.text) == expected.subheads)
        #expect(article.captions.map { Expected.ExpectedCaption(alt: $0.alt ?? "", text: $0.text, credit: $0.credit ?? "") } == expected.captions)
        let caption = try #require(article.captions.first)
        #expect(article.blocks[caption.blockIndex] == Block(kind: .caption, text: caption.text, sourceOffset: article.blocks[caption.blockIndex].sourceOffset))
    }

    @Test func noFurnitureReachesTheStory() throws {
        let (article, expected, _) = try load()
        for line in expected.not_story_text {
            #expect(!article.blocks.contains { $0.text.contains(line) }, "\(line)")
        }
        #expect(article.blocks.count == 29)
        #expect(article.blocks.filter { $0.kind == .quote }.isEmpty)
    }

    @Test func everyBlockStartsAtItsOffsetInTheFile() throws {
        let (article, _, text) = try load()
        for block in article.blocks {
            let offset = try #require(block.sourceOffset)
            #expect(scalarSlice(text, from: offset, length: block.text.unicodeScalars.count) == block.text)
        }
    }
}
