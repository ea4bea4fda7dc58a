import Testing
@testable import BylineCore

@Suite struct CaptionSplitterTests {
    @Test func gluedAltTextThatTheCaptionRepeatsIsSplitOff() throws {
        let parts = try #require(CaptionSplitter.split(
            "Herders drive cattle past the shrinking Lake Balkhash, KazakhstanHerders drive cattle past the shrinking Lake Balkhash, Kazakhstan, on March 8, 2024 [Aleksei Morozov/AFP/Getty Images via AFP]"))
        #expect(parts.alt == "Herders drive cattle past the shrinking Lake Balkhash, Kazakhstan")
        #expect(parts.text == "Herders drive cattle past the shrinking Lake Balkhash, Kazakhstan, on March 8, 2024")
        #expect(parts.credit == "Aleksei Morozov/AFP/Getty Images via AFP")
        #expect(parts.textOffset == 65)
    }

    @Test func aCaptionWithoutAltTextKeepsAllItsText() throws {
        let parts = try #require(CaptionSplitter.split("Dr Ingrid van der Berg at the Delft flume, June 2024 [Mariana Costa/Reuters]"))
        #expect(parts.alt == nil)
        #expect(parts.text == "Dr Ingrid van der Berg at the Delft flume, June 2024")
        #expect(parts.credit == "Mariana Costa/Reuters")
        #expect(parts.textOffset == 0)
    }

    @Test func altTextThatDiffersFromTheCaptionIsSplitAtTheGlue() throws {
        let parts = try #require(CaptionSplitter.split(
            "Dockworkers at the port gate in ValparaísoUnion members block the entrance to the container terminal on Monday [Mariana Costa/Reuters]"))
        #expect(parts.alt == "Dockworkers at the port gate in Valparaíso")
        #expect(parts.text == "Union members block the entrance to the container terminal on Monday")
    }

    @Test func theRepeatWinsOverAnEarlierMixedCaseName() throws {
        let parts = try #require(CaptionSplitter.split(
            "A McDonald’s sign over the flooded quay in RotterdamA McDonald’s sign over the flooded quay in Rotterdam on June 4 [Aleksei Morozov/AFP]"))
        #expect(parts.alt == "A McDonald’s sign over the flooded quay in Rotterdam")
        #expect(parts.text == "A McDonald’s sign over the flooded quay in Rotterdam on June 4")
    }

    @Test func mixedCaseNamesAloneAreNotGluePoints() throws {
        let parts = try #require(CaptionSplitter.split("Volkov speaks on a YouTube stream from Almaty [Aleksei Morozov/AFP]"))
        #expect(parts.alt == nil)
        #expect(parts.text == "Volkov speaks on a YouTube stream from Almaty")
    }

    @Test func paragraphsWithoutATrailingCreditAreNotCaptions() {
        #expect(CaptionSplitter.split("The minister said the figures were wrong [sic]") == nil)
        #expect(CaptionSplitter.split("The report is cited in the study [3]") == nil)
        #expect(CaptionSplitter.split("[Mariana Costa/Reuters] appears before the text.") == nil)
        #expect(CaptionSplitter.split("[Mariana Costa/Reuters]") == nil)
    }
}
