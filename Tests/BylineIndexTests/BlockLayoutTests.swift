import BylineCore
import Testing
@testable import BylineIndex

@Suite struct BlockLayoutTests {
    @Test func blocksFollowEachOtherWithABlankLineBetween() {
        let layout = BlockLayout(kinds: [.paragraph, .subhead, .caption, .quote], lengths: [292, 12, 0, 40])
        #expect(layout.encoded == "p292,s12,c0,q40")
        #expect(layout.entries.map(\.start) == [0, 294, 308, 310])
        #expect(BlockLayout(encoded: layout.encoded) == layout)
    }

    @Test func anOffsetBelongsToTheLastBlockStartingAtOrBeforeIt() {
        let layout = BlockLayout(kinds: [.paragraph, .paragraph], lengths: [10, 5])
        #expect([0, 9, 11, 12, 16].map(layout.block(at:)) == [0, 0, 0, 1, 1])
    }

    @Test func anUnreadableEntryEndsTheLayout() {
        #expect(BlockLayout(encoded: "p10,x,q3").entries.count == 1)
        #expect(BlockLayout(encoded: "").entries.isEmpty)
    }
}
