import Testing
@testable import BylineCore

@Suite struct MentionInContextTests {
    private func shown(_ sentence: String, _ name: String) -> String {
        let scalars = Array(sentence.unicodeScalars), n = Array(name.unicodeScalars)
        let start = (0...(scalars.count - n.count)).first { Array(scalars[$0..<$0 + n.count]) == n }!
        let m = MentionInContext(mention: Mention(block: 0, start: 0, end: 0), sentence: sentence, start: start, end: start + n.count).shown
        return MarkedText(text: m.sentence, marks: [m.start..<m.end]).rendered()
    }

    @Test func aCutSentenceIsShownWithEllipses() {
        #expect(shown("as a response to a fuel price increase, but grew into a movement against Tokayev.", "Tokayev")
            == "…as a response to a fuel price increase, but grew into a movement against [Tokayev].")
        #expect(shown("The militants, Tokayev said,", "Tokayev") == "The militants, [Tokayev] said,…")
        let long = "The talks, which Watanabe led for six months " + String(repeating: "and then some more ", count: 10) + "in Tokyo"
        #expect(shown(long, "Watanabe").hasSuffix("in Tokyo…"))
    }

    @Test func wholeSentencesCaptionsAndHeadingsAreLeftAlone() {
        #expect(shown("Kenji Watanabe spoke in Tokyo.", "Kenji Watanabe") == "[Kenji Watanabe] spoke in Tokyo.")
        #expect(shown("Kenji Watanabe and Sofia Lindqvist shake hands in Brussels, June 28, 2024", "Sofia Lindqvist")
            == "Kenji Watanabe and [Sofia Lindqvist] shake hands in Brussels, June 28, 2024")
        #expect(shown("“We agreed,” said Lindqvist", "Lindqvist") == "“We agreed,” said [Lindqvist]")
    }
}
