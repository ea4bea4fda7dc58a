import BylineCore
import BylineTestSupport
import Testing
@testable import BylineIndex

/// A photographer named in a caption's credit keeps the link on the credit through the index:
/// in the report read back, and on their page, whose sentence is the credit.
@Suite struct CreditMentionTests {
    @Test func aCreditMentionSurvivesTheIndexOnTheCredit() throws {
        let caption = "Dock workers march past the port gates"
        var article = Reports.article("Strike", date: "2024-06-03", ["Dock workers marched on Monday.", caption],
                                      captions: [Caption(text: caption, credit: "Camila Rojas/Reuters", blockIndex: 1)])
        let credit = Mention(block: 1, start: 0, end: 12, inCredit: true)
        article.entities = [Entity(name: "Camila Rojas", kind: .person, roles: ["photographer"],
                                   key: EntityKey.make(kind: .person, name: "Camila Rojas"), mentions: [credit])]
        let corpus = try FixtureCorpus.indexed([("a.txt", article)])
        let store = try corpus.currentStore
        let read = try store.article(id: "a")
        #expect(read.entities.first?.mentions == [credit])
        let page = try #require(try store.entityPage(key: EntityKey.make(kind: .person, name: "Camila Rojas")))
        let shown = try #require(page.articles.first?.mentions.first)
        #expect(shown.sentence == "Camila Rojas/Reuters")
        #expect((shown.start, shown.end) == (0, 12))
    }

    @Test func theMentionListKeepsTheCreditFlag() {
        let list = MentionList([
            .init(mention: Mention(block: 0, start: 4, end: 9), sentence: 0..<20),
            .init(mention: Mention(block: 1, start: 0, end: 12, inCredit: true), sentence: 0..<20),
        ])
        // The length doubled, plus 1 in a credit.
        #expect(list.packed == [0, 4, 10, 4, 11, 1, 0, 25, 0, 8])
        #expect(list.packed.withUnsafeBytes { MentionList(packed: $0) } == list)
        // The decimal text of an index before migration 7.
        #expect(MentionList(encoded: "0 4 5 4 11,1 0 12 0 8 1") == list)
    }
}
