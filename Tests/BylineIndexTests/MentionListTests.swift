import BylineCore
import Foundation
import Testing
@testable import BylineIndex

@Suite struct MentionListTests {
    @Test func mentionsAndSentencesRoundTrip() {
        let list = MentionList(mentions: [Mention(block: 0, start: 12, end: 26), Mention(block: 3, start: 0, end: 5)],
                               sentences: [0..<66, 0..<82])
        #expect(list.packed == [0, 12, 28, 12, 40, 3, 0, 10, 0, 77])
        #expect(list.packed.withUnsafeBytes { MentionList(packed: $0) } == list)
        #expect(MentionList(packed: Data()).items.isEmpty)
        // Numbers past 127 take two bytes or more.
        let long = MentionList(mentions: [Mention(block: 200, start: 20_000, end: 20_300)], sentences: [19_000..<1_000_000])
        #expect(long.packed.count == 2 + 3 + 2 + 2 + 3)
        #expect(MentionList(packed: Data(long.packed)) == long)
    }

    @Test func aTruncatedOrInconsistentPackedEntryEndsTheList() {
        let two = MentionList(mentions: [Mention(block: 0, start: 12, end: 26), Mention(block: 3, start: 0, end: 5)],
                              sentences: [0..<66, 0..<82]).packed
        #expect(MentionList(packed: Data(two.prefix(9))).items.count == 1)  // the second cut short
        #expect(MentionList(packed: Data([0, 1, 0, 0, 0])).items.isEmpty)     // empty mention
        #expect(MentionList(packed: Data([0, 1, 4, 5, 0])).items.isEmpty)     // sentence before the block
        #expect(MentionList(packed: Data([0, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01, 4, 0, 0])).items.isEmpty)
    }

    @Test func theDecimalTextOfAnIndexBeforeMigrationSevenReads() {
        #expect(MentionList(encoded: "0 12 14 12 40,3 0 5 0 77")
            == MentionList(mentions: [Mention(block: 0, start: 12, end: 26), Mention(block: 3, start: 0, end: 5)], sentences: [0..<66, 0..<82]))
        #expect(MentionList(encoded: "").items.isEmpty)
    }

    @Test func anUnreadableOrInconsistentEntryEndsTheList() {
        #expect(MentionList(encoded: "0 1 2 0 0,x").items.count == 1)
        #expect(MentionList(encoded: "0 1 2 0 0,0 1 2 0").items.count == 1)      // four numbers
        #expect(MentionList(encoded: "0 1 2 0 0,0 1 2 0 0 7").items.count == 1)  // six
        #expect(MentionList(encoded: "0 1 0 0 0").items.isEmpty)                 // empty mention
        #expect(MentionList(encoded: "0 1 2 5 0").items.isEmpty)                 // sentence before the block
        #expect(MentionList(encoded: "0 1 2 0 0,,0 1 2 0 0").items.count == 1)
        #expect(MentionList(encoded: "0 99999999999999999999 2 0 0").items.isEmpty)
    }

    @Test func sentencesAreCutByScalarsFromTheBodysBytes() {
        // Two blocks, a line break apart; the second holds two-byte, three-byte and four-byte scalars.
        let body = "Lead para.\nÁlvarez met 東京 officials 😀. Then Peña left."
        let list = MentionList([
            .init(mention: Mention(block: 1, start: 0, end: 7), sentence: 0..<27),
            .init(mention: Mention(block: 1, start: 33, end: 37), sentence: 28..<43),
            .init(mention: Mention(block: 0, start: 0, end: 4), sentence: 0..<10),
        ])
        let cut = Array(body.utf8).withUnsafeBytes { MentionSentences.cut(list, body: $0, blocks: "p10,p43") }
        #expect(cut.map(\.sentence) == ["Álvarez met 東京 officials 😀.", "Then Peña left.", "Lead para."])
        #expect(cut.map { [$0.start, $0.end] } == [[0, 7], [5, 9], [0, 4]])
    }

    @Test func aSentencePastTheBodyIsCutAtItsEnd() {
        let list = MentionList([
            .init(mention: Mention(block: 0, start: 0, end: 3), sentence: 0..<50),
            .init(mention: Mention(block: 4, start: 0, end: 3), sentence: 0..<3),
        ])
        let cut = Array("Short body".utf8).withUnsafeBytes { MentionSentences.cut(list, body: $0, blocks: "p10") }
        #expect(cut.map(\.sentence) == ["Short body", ""])
    }
}
