import Testing
@testable import BylineCore

@Suite struct DisplayWidthTests {
    @Test(arguments: [
        ("Almaty", 6), ("東京", 4), ("渡辺健二", 8), ("Назарбаев", 9), ("José", 4),
        ("e\u{301}", 1), ("👩‍👩‍👧", 2), ("❤️", 2), ("한국", 4), ("\u{200B}", 0), ("ｶ", 1), ("Ａ", 2),
    ])
    func clustersTakeTheirCells(text: String, cells: Int) {
        #expect(DisplayWidth.of(text) == cells)
    }

    @Test func prefixesAreCutOnClusterBoundaries() {
        #expect(DisplayWidth.prefix("東京 Tokyo", fitting: 3) == "東")
        #expect(DisplayWidth.prefix("Jose\u{301} Peña", fitting: 4) == "Jose\u{301}")
        #expect(DisplayWidth.prefix("abc", fitting: 0) == "")
    }
}
