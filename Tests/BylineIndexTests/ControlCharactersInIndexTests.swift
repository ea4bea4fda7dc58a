import BylineCore
import Foundation
import Testing
@testable import BylineIndex

/// Report text with control characters goes into the index and comes back whole.
@Suite struct ControlCharactersInIndexTests {
    @Test func aStrayNULKeepsTheRestOfTheReportInTheIndex() throws {
        let root = NSTemporaryDirectory() + "byline-nul-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root + "/reports", withIntermediateDirectories: true)
        try Data("June 10, 2024\n\nA report with a stray byte\n\nThe first paragraph has a stray\0 byte in it.\n\nThe second paragraph names UN Special Rapporteur Amara Okafor in Geneva.\n\nThe third paragraph closes the report.\n".utf8)
            .write(to: URL(fileURLWithPath: root + "/reports/nul.txt"))
        let database = try IndexDatabase(path: root + "/index.sqlite")
        _ = try Indexer(database: database, corpus: root + "/reports").update()
        let store = IndexStore(database: database, corpus: root + "/reports")

        let article = try store.article(id: try #require(store.summaries().first).id)
        #expect(article.blocks.map(\.text) == [
            "The first paragraph has a stray\u{2400} byte in it.",
            "The second paragraph names UN Special Rapporteur Amara Okafor in Geneva.",
            "The third paragraph closes the report.",
        ])
        let okafor = try #require(try store.lookupEntities(name: "Amara Okafor").first)
        let page = try #require(try store.entityPage(key: okafor.key))
        #expect(page.articles.first?.mentions.first?.sentence == "The second paragraph names UN Special Rapporteur Amara Okafor in Geneva.")
    }
}
