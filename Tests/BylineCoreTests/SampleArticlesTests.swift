import Foundation
import Testing
@testable import BylineCore

/// The sample reports shipped in `Articles/`: they must all load cleanly and between them show
/// every part the readers recognise, with the recurring people found in several reports.
@Suite struct SampleArticlesTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Articles").path

    struct Loaded {
        var article: Article
        var text: String
    }

    private func loadAll() throws -> [Loaded] {
        let scan = CorpusScanner().scan(root: Self.folder)
        #expect(scan.warnings.isEmpty)
        return try scan.files.map { file in
            let result = ArticleLoader().load(path: file.path, relativePath: file.relativePath)
            #expect(result.failure == nil, "\(file.relativePath)")
            let article = try #require(result.articles.first, "\(file.relativePath)")
            // Lenient: one saved page in Articles/ is windows-1252, as its <meta charset> says.
            return Loaded(article: article, text: String(decoding: try Data(contentsOf: URL(fileURLWithPath: file.path)), as: UTF8.self))
        }
    }

    @Test func everyReportLoadsWithoutWarningsAndAtANewsLength() throws {
        let all = try loadAll()
        #expect(all.count >= 16)
        for item in all {
            let words = item.article.blocks.reduce(0) { $0 + LineShape.wordCount($1.text) }
            #expect((300...700).contains(words), "\(item.article.id): \(words) words")
            #expect(item.article.warnings.isEmpty, "\(item.article.id): \(item.article.warnings)")
            #expect(item.article.date != nil, "\(item.article.id)")
        }
    }

    @Test func rawReportsShowTheScrapedShapes() throws {
        let raw = try loadAll().map(\.article).filter { $0.format == .text }
        #expect(raw.count >= 8)
        #expect(raw.contains { $0.titleDerived } && raw.contains { !$0.titleDerived })
        #expect(raw.filter { $0.captions.contains { $0.alt != nil && $0.credit != nil } }.count >= 6)
        #expect(raw.allSatisfy { $0.blocks.contains { $0.kind == .subhead } })
        #expect(raw.filter { $0.dateline != nil }.count == raw.count)
        #expect(Set(raw.compactMap(\.dateText)).count == raw.count, "each raw report writes its date its own way")
        #expect(raw.filter { $0.byline != nil }.count >= 6)
        #expect(raw.filter { $0.source != nil }.count >= 6)
    }

    @Test func furnitureInTheFilesNeverReachesTheStory() throws {
        let furniture = ["Leave a Reply", "Share this:", "Facebook", "Twitter", "Related", "Advertisement", "Read more:",
                         "Source link", "Required fields", "Click to share", "Like this:", "Subscribe"]
        let all = try loadAll().filter { $0.article.format == .text }
        var seen = Set<String>()
        for item in all {
            for line in furniture where item.text.components(separatedBy: "\n").contains(where: { $0.hasPrefix(line) }) {
                seen.insert(line)
                #expect(!item.article.blocks.contains { $0.text.hasPrefix(line) }, "\(item.article.id): \(line)")
            }
        }
        #expect(seen == Set(furniture), "every kind of furniture appears in some sample")
    }

    @Test func frontMatterReportsCarryTheirFields() throws {
        let marked = try loadAll().map(\.article).filter { $0.format == .markdown }
        #expect(marked.count >= 7)
        for article in marked {
            #expect(!article.titleDerived, "\(article.id)")
            #expect(article.byline != nil && article.source != nil && !article.tags.isEmpty, "\(article.id)")
        }
        let blocks = marked.flatMap(\.blocks)
        #expect(blocks.contains { $0.kind == .quote } && blocks.contains { $0.kind == .subhead })
        #expect(marked.filter { !$0.captions.isEmpty && $0.captions.allSatisfy { $0.credit != nil } }.count >= 6)
        #expect(marked.contains { $0.path.hasSuffix(".txt") }, "front matter in a .txt file is found from its content")
    }

    @Test func recurringPeopleAppearInSeveralReportsUnderVariedNames() throws {
        let all = try loadAll().map(\.article)
        let cast: [(String, [String])] = [
            ("Amara Okafor", ["Amara Okafor", "Okafor"]),
            ("Dmitri Volkov", ["Dmitri Volkov", "Volkov", "Дмитрий Волков"]),
            ("José Ignacio Peña Álvarez", ["José Ignacio Peña Álvarez", "Peña Álvarez"]),
            ("Ingrid van der Berg", ["Ingrid van der Berg", "van der Berg"]),
            ("Kenji Watanabe", ["Kenji Watanabe", "Watanabe", "渡辺健二"]),
            ("Sofia Lindqvist", ["Sofia Lindqvist", "Lindqvist"]),
            ("Khalid bin Rashid", ["Khalid bin Rashid", "bin Rashid"]),
            ("Marianne de Graaf", ["Marianne de Graaf", "de Graaf"]),
        ]
        for (person, forms) in cast {
            let reports = all.filter { article in
                forms.contains { form in article.blocks.contains { $0.text.contains(form) } || article.title.contains(form) }
            }
            #expect(reports.count >= 2, "\(person) appears in \(reports.count) reports")
        }
        let story = all.flatMap(\.blocks).map(\.text).joined(separator: "\n")
        for form in ["Energy Minister Dmitri Volkov", "UN Special Rapporteur Amara Okafor", "Commissioner Sofia Lindqvist",
                     "Mayor Marianne de Graaf", "Dr Ingrid van der Berg", "union leader José Ignacio Peña Álvarez",
                     "Дмитрий Волков", "渡辺健二", "東京", "Valparaíso"] {
            #expect(story.contains(form), "\(form)")
        }
        let credits = Set(all.flatMap(\.captions).compactMap(\.credit))
        #expect(credits.contains { $0.hasPrefix("Mariana Costa/") } && credits.contains { $0.hasPrefix("Aleksei Morozov/") })
    }

    @Test func everyRecordedOffsetPointsAtTheBlockText() throws {
        var checked = 0
        for item in try loadAll() {
            for block in item.article.blocks {
                guard let offset = block.sourceOffset else { continue }
                #expect(scalarSlice(item.text, from: offset, length: block.text.unicodeScalars.count) == block.text, "\(item.article.id)")
                checked += 1
            }
        }
        #expect(checked >= 200)
    }
}
