import Testing
@testable import BylineCore

@Suite struct TitleDeriverTests {
    @Test func aShortLeadSentenceIsTheTitleWithoutItsFullStop() {
        #expect(TitleDeriver.derive(from: "Rotterdam opened its new storm barrier on Monday. The mayor attended.")
                == "Rotterdam opened its new storm barrier on Monday")
    }

    @Test func aLongLeadIsCutOnAWordBoundaryAndNotAfterALinkingWord() {
        let lead = "Water levels in Lake Balkhash have fallen to their lowest point in sixty years after a winter without snow in the mountains that feed it."
        let title = TitleDeriver.derive(from: lead)
        #expect(title == "Water levels in Lake Balkhash have fallen to their lowest point in sixty years…")
        #expect(DisplayWidth.of(title) <= 80)
    }

    @Test func abbreviationsDoNotEndTheFirstSentence() {
        #expect(TitleDeriver.derive(from: "Dr. van der Berg presented the study in Delft. It was well received.")
                == "Dr. van der Berg presented the study in Delft")
    }

    @Test func textWithoutSpacesIsCutByColumns() {
        let title = TitleDeriver.derive(from: String(repeating: "東京", count: 50))
        #expect(title.hasSuffix("…"))
        #expect(DisplayWidth.of(title) == 79)
    }
}
