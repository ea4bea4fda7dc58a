import Foundation
import Testing
@testable import BylineCore

/// Every link sits on the words of the name: in every report of `Articles/`, the text at each
/// mention's range (in its block, or in its caption's credit) is the entity's name or one of
/// its aliases, whatever the format.
@Suite struct MentionRangeTests {
    @Test func everyMentionCoversExactlyANameOfItsEntity() throws {
        let scan = CorpusScanner().scan(root: SampleArticlesTests.folder)
        #expect(scan.files.count >= 16)
        var checked = 0
        for file in scan.files {
            let result = ArticleLoader(recognizer: EntityRecognizer()).load(path: file.path, relativePath: file.relativePath)
            for article in result.articles {
                for entity in article.entities {
                    let names = Set([entity.name] + entity.aliases)
                    for m in entity.mentions {
                        let text: String?
                        if m.inCredit {
                            text = article.captions.first { $0.blockIndex == m.block }?.credit
                        } else {
                            text = article.blocks.indices.contains(m.block) ? article.blocks[m.block].text : nil
                        }
                        let scalars = Array((text ?? "").unicodeScalars)
                        guard m.start >= 0, m.start <= m.end, m.end <= scalars.count else {
                            Issue.record("\(file.relativePath): \(entity.name) has a mention \(m) outside its text")
                            continue
                        }
                        var covered = String.UnicodeScalarView()
                        covered.append(contentsOf: scalars[m.start..<m.end])
                        #expect(names.contains(String(covered)), "\(file.relativePath): \(entity.name) linked on \"\(String(covered))\"")
                        checked += 1
                    }
                }
            }
        }
        #expect(checked > 300)
    }

    /// A photographer's link is on the credit, not on the caption's first words.
    @Test func aCreditMentionPointsIntoTheCredit() throws {
        let recognizer = EntityRecognizer()
        let article = recognizer.annotate(Article(
            id: "a", path: "a.txt", format: .text, title: "Strike",
            blocks: [Block(kind: .paragraph, text: "Dock workers marched in Valparaíso on Monday."),
                     Block(kind: .caption, text: "Dock workers march past the port gates")],
            captions: [Caption(text: "Dock workers march past the port gates", credit: "Camila Rojas/Reuters", blockIndex: 1)]))
        let photographer = try #require(article.entities.first { $0.name == "Camila Rojas" })
        #expect(photographer.roles.contains("photographer"))
        #expect(photographer.mentions == [Mention(block: 1, start: 0, end: 12, inCredit: true)])
    }
}
