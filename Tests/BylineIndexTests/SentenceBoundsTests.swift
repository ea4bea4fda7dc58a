import BylineTestSupport
import Testing
@testable import BylineIndex

@Suite struct SentenceBoundsTests {
    func sentence(_ text: String, around name: String) -> String {
        let scalars = Array(text.unicodeScalars)
        let range = Reports.occurrences(of: name, in: text)[0]
        let bounds = SentenceBounds(text).sentence(around: range.lowerBound, range.upperBound)
        return String(String.UnicodeScalarView(scalars[bounds]))
    }

    @Test func theSentenceRunsFromTheLastFullStopToTheNext() {
        let text = "The port closed. Mayor Marianne de Graaf said ships would wait. Cargo piled up."
        #expect(sentence(text, around: "de Graaf") == "Mayor Marianne de Graaf said ships would wait.")
    }

    @Test func titlesAndInitialsDoNotEndASentence() {
        let text = "Delays grew. Dr. Ingrid van der Berg and J. K. Okafor met Mr. Volkov in Delft. Rain fell."
        #expect(sentence(text, around: "van der Berg") == "Dr. Ingrid van der Berg and J. K. Okafor met Mr. Volkov in Delft.")
    }

    @Test func closingQuotesStayWithTheirSentence() {
        let text = "“We cannot wait,” Volkov said. “The lake is dying.” Okafor agreed."
        #expect(sentence(text, around: "Volkov") == "“We cannot wait,” Volkov said.")
        #expect(sentence(text, around: "Okafor") == "Okafor agreed.")
    }

    @Test func aFullStopBeforeALowerCaseWordIsNotAnEnd() {
        let text = "Talks in Tokyo ended at 3 p.m. on Friday with Watanabe leaving early."
        #expect(sentence(text, around: "Watanabe") == text)
    }

    @Test func aVeryLongSentenceIsCutAroundTheMentionOnWordBoundaries() {
        let filler = String(repeating: "water ", count: 80)
        let text = filler + "Okafor spoke " + filler + "today."
        let cut = sentence(text, around: "Okafor")
        #expect(cut.hasPrefix("water "))
        #expect(cut.contains("Okafor spoke"))
        #expect(cut.unicodeScalars.count <= 2 * SentenceBounds.maxContext + 6)
        #expect(!cut.hasSuffix(" "))
    }
}
