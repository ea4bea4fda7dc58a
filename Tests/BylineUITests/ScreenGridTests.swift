import Testing
@testable import BylineUI

@Suite struct ScreenGridTests {
    @Test func textIsPlacedByDisplayColumnsAndClippedAtTheLimit() {
        var grid = ScreenGrid(width: 12, height: 2)
        let end = grid.put("Okafor said", x: 2, y: 0)
        grid.put("Volkov and Lindqvist", x: 0, y: 1, limit: 6)
        #expect(end == 12)
        #expect(grid.text == "  Okafor sai\nVolkov")
    }

    /// Width table: what each kind of text takes, and where the next text starts.
    @Test(arguments: [
        ("Peña", 4),                       // precomposed ñ
        ("Pen\u{0303}a", 4),               // n + combining tilde: one cell
        ("東京", 4),                        // East Asian wide: two cells each
        ("渡辺健二 Kenji", 14),
        ("Дмитрий", 7),                    // Cyrillic: one cell each
        ("👨‍👩‍👧", 2),                        // ZWJ family: one cluster, two cells
        ("☀️", 2),                          // emoji presentation selector
        ("a\u{200B}b", 2),                 // zero-width space takes nothing
    ])
    func clustersTakeTheirDisplayWidth(text: String, width: Int) {
        var grid = ScreenGrid(width: 20, height: 1)
        let end = grid.put(text, x: 0, y: 0)
        #expect(end == width)
        grid.put("|", x: end, y: 0)
        #expect(grid.text == text.replacingOccurrences(of: "\u{200B}", with: "") + "|")
    }

    @Test func aWideCharacterThatWouldStraddleTheEdgeLeavesABlank() {
        var grid = ScreenGrid(width: 5, height: 1)
        let end = grid.put("ab東京", x: 0, y: 0)
        #expect(grid.text == "ab東")
        #expect(end == 5)
        #expect(grid[4, 0].character == " ")
        #expect(grid[2, 0].width == 2 && grid[3, 0].isContinuation)
    }

    @Test func overwritingHalfOfAWideCharacterBlanksTheOtherHalf() {
        var grid = ScreenGrid(width: 6, height: 1)
        grid.put("東京都", x: 0, y: 0)
        grid.put("x", x: 3, y: 0)          // the second half of 京
        #expect(grid.text == "東 x都")
        grid.put("y", x: 4, y: 0)          // the first half of 都
        #expect(grid.text == "東 xy")
    }

    @Test func controlCharactersAndEscapesAreDrawnAsPlaceholders() {
        var grid = ScreenGrid(width: 20, height: 1)
        grid.put("a\u{1B}[31mb\u{7}\u{202E}c", x: 0, y: 0)
        #expect(grid.text == "a␛[31mb␇\u{FFFD}c")
    }

    @Test func aOneColumnGridHoldsOneNarrowCharacterAndNoWideOne() {
        var grid = ScreenGrid(width: 1, height: 3)
        grid.put("Okafor", x: 0, y: 0)
        grid.put("東", x: 0, y: 1)
        grid.put("é", x: 0, y: 2)
        #expect(grid.rows == ["O", " ", "é"])
    }

    @Test func aOneRowGridIgnoresWritesBelowIt() {
        var grid = ScreenGrid(width: 8, height: 1)
        grid.put("Rotterdam", x: 0, y: 0)
        grid.put("Delft", x: 0, y: 1)
        grid.put("Geneva", x: 0, y: -1)
        #expect(grid.rows == ["Rotterda"])
    }

    @Test func anEmptyGridAcceptsWritesAndShowsNothing() {
        var grid = ScreenGrid(width: 0, height: 0)
        grid.put("Almaty", x: 0, y: 0)
        grid.fill(Rect(x: 0, y: 0, width: 3, height: 3))
        #expect(grid.text == "")
    }

    @Test func marksShowWhichCellsHaveAStyle() {
        var grid = ScreenGrid(width: 12, height: 1)
        grid.put("by ", x: 0, y: 0)
        grid.put("Okafor", x: 3, y: 0, style: Style(underline: true))
        #expect(grid.marks { $0.underline } == "   ^^^^^^")
    }

    @Test func styledLinesAreCutWithAnEllipsisOnClusterBoundaries() {
        let line = StyledLine([.init("渡辺健二 "), .init("Watanabe", Style(bold: true))])
        #expect(line.truncated(to: 8).text == "渡辺健…")
        #expect(line.truncated(to: 12).text == "渡辺健二 Wa…")
        #expect(line.truncated(to: 17).text == "渡辺健二 Watanabe")
        #expect(line.truncated(to: 1).text == "…")
        #expect(line.truncated(to: 0).text == "")
    }
}
