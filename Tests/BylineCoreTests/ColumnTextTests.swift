import BylineCore
import Testing

/// Table cells of the connections pane and `byline person`.
@Suite struct ColumnTextTests {
    @Test func cellsArePaddedInDisplayColumnsNotCharacters() {
        #expect(ColumnText.pad("Peña", 6) == "Peña  ")
        #expect(ColumnText.pad("東京", 6) == "東京  ")
        #expect(ColumnText.pad("12", 5, right: true) == "   12")
        #expect(ColumnText.pad("too wide", 3) == "too wide")
    }

    @Test func scoresShowOneDecimalWithoutANegativeZero() {
        #expect(ColumnText.oneDecimal(14.25) == "14.3")
        #expect(ColumnText.oneDecimal(2) == "2.0")
        #expect(ColumnText.oneDecimal(-0.04) == "0.0")
        #expect(ColumnText.oneDecimal(-1.46) == "-1.5")
        #expect(ColumnText.oneDecimal(1e16) == "10000000000000000.0")
    }
}
