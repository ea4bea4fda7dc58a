import Testing
@testable import BylineUI
import BylineCore

@Suite struct TextLineTests {
    func wrap(_ text: String, _ width: Int) -> [String] {
        let line = TextLine(text)
        return line.wrap(width: width).map { line.text($0) }
    }

    @Test func wordsWrapAtSpacesAndTheSpacesAtABreakAreDropped() {
        #expect(wrap("Mayor Marianne de Graaf said Rotterdam would act", 16) == ["Mayor Marianne", "de Graaf said", "Rotterdam would", "act"])
    }

    @Test func aWordLongerThanTheWidthBreaksAfterItsHyphensOrIsCut() {
        #expect(wrap("Gulf Meridian Lines: Valparaíso-Rotterdam-Almaty", 11) == ["Gulf", "Meridian", "Lines:", "Valparaíso-", "Rotterdam-", "Almaty"])
        #expect(wrap("Balkhash", 3) == ["Bal", "kha", "sh"])
    }

    @Test func wideCharactersBreakBetweenThemselvesButNotBeforeClosingPunctuation() {
        #expect(wrap("渡辺健二は東京で会見した。", 8) == ["渡辺健二", "は東京で", "会見し", "た。"])
        #expect(wrap("東京", 3) == ["東", "京"])
    }

    @Test func combiningMarksStayWithTheirLetter() {
        #expect(wrap("Pen\u{0303}a A\u{0301}lvarez", 5) == ["Pen\u{0303}a", "A\u{0301}lvar", "ez"])
    }

    @Test func emptyTextIsOneEmptyLine() {
        #expect(wrap("", 10) == [""])
    }

    @Test func aWidthOfOneStillMakesProgress() {
        #expect(wrap("ab 東", 1) == ["a", "b", "東"])
    }

    @Test func scalarOffsetsMapToClusters() {
        let line = TextLine("Pen\u{0303}a said")   // n + U+0303 is one cluster of two scalars
        #expect(line.count == 9)
        #expect(line.scalarCount == 10)
        #expect(line.cluster(atScalar: 3) == 2)
        #expect(line.cluster(atScalar: 4) == 3)
        #expect(line.clusters(forScalars: 0..<5) == 0..<4)
        #expect(line.clusters(forScalars: 6..<10) == 5..<9)
    }

    @Test func styledLinesWrapWithTheirStylesAndAHangingIndent() {
        let bold = Style(bold: true)
        let line = StyledLine([.init("› “We cannot wait,” "), .init("Okafor", bold), .init(" said at the summit.")])
        let wrapped = line.wrapped(width: 20, indent: "  ")
        #expect(wrapped.map(\.text) == ["› “We cannot wait,”", "  Okafor said at the", "  summit."])
        #expect(wrapped[1].runs.first { $0.style == bold }?.text == "Okafor")
    }

    @Test func styledLinesCutToAFewLinesEndInAnEllipsis() {
        let line = StyledLine("Energy Minister Dmitri Volkov blamed upstream dams for the drought")
        #expect(line.wrapped(width: 16, maxLines: 2).map(\.text) == ["Energy Minister", "Dmitri Volkov…"])
    }
}
