import Testing
@testable import BylineCore

/// The quotes recognised in a report of these paragraphs, as `block speaker: text`.
private func quotes(_ paragraphs: [String]) -> [String] {
    quotes(blocks: paragraphs.map { Block(kind: .paragraph, text: $0) })
}

private func quotes(blocks: [Block]) -> [String] {
    let article = Article(id: "q", path: "q.txt", format: .text, title: "t", blocks: blocks)
    return EntityRecognizer().annotate(article).quotes.map { "\($0.block) \($0.speaker ?? "-"): \($0.text)" }
}

@Suite struct QuoteAttributionTests {
    @Test func speakerAfterTheQuotation() {
        #expect(quotes(["Amara Okafor reached Geneva.", "“The lake is dying, and nobody is counting,” Okafor said on Tuesday."])
            == ["1 Amara Okafor: The lake is dying, and nobody is counting"])
    }

    @Test func speakerBeforeTheQuotationAfterAColon() {
        #expect(quotes(["Kenji Watanabe said: “We will not sign a bad deal for hydrogen.”"])
            == ["0 Kenji Watanabe: We will not sign a bad deal for hydrogen."])
    }

    @Test func toldNamesTheSpeakerAndTheOutlet() {
        #expect(quotes(["“The ships cannot move until the dockers return,” a manager named Farid told Reuters."])
            == ["0 Farid: The ships cannot move until the dockers return"])
    }

    @Test func aPronounStandsForTheOnlyPersonItCanMean() {
        #expect(quotes(["Marianne de Graaf toured the flood barrier.", "“We have ten years, perhaps less,” she said."])
            == ["1 Marianne de Graaf: We have ten years, perhaps less"])
    }

    @Test func aPronounWithTwoPossiblePeopleHasNoSpeaker() {
        #expect(quotes(["Marianne de Graaf met Sofia Lindqvist at the port.", "“We have ten years, perhaps less,” she said."])
            == ["1 -: We have ten years, perhaps less"])
    }

    @Test func aParagraphOfQuotationContinuesThePreviousSpeaker() {
        let result = quotes([
            "“The strike goes on until the contracts are signed,” union leader José Ignacio Peña Álvarez said.",
            "“Every crane in the port will stay still. We are not afraid.”",
        ])
        #expect(result == [
            "0 José Ignacio Peña Álvarez: The strike goes on until the contracts are signed",
            "1 José Ignacio Peña Álvarez: Every crane in the port will stay still. We are not afraid.",
        ])
    }

    @Test func aSecondQuotationInTheParagraphIsTheSameSpeaker() {
        #expect(quotes(["“The water is gone,” a herder named Aigerim told Reuters. “Our sheep drink from trucks now.”"])
            == ["0 Aigerim: The water is gone … Our sheep drink from trucks now."])
    }

    @Test func aQuotationInsideReportedSpeechBelongsToTheSayer() {
        #expect(quotes(["Commissioner Sofia Lindqvist, who joined the talks from Brussels, said the EU wanted “one certificate that both sides trust, not two”."])
            == ["0 Sofia Lindqvist: one certificate that both sides trust, not two"])
        #expect(quotes(["Union leader José Ignacio Peña Álvarez called the deal “a victory for every docker on the coast”."])
            == ["0 José Ignacio Peña Álvarez: a victory for every docker on the coast"])
    }

    @Test func aParagraphEndingInAColonIntroducesTheQuotationAfterIt() {
        #expect(quotes(["In her closing statement Mayor Marianne de Graaf said:", "“The cheapest dike is the one you build before you need it.”"])
            == ["1 Marianne de Graaf: The cheapest dike is the one you build before you need it."])
    }

    @Test func anUnnamedSpeakerIsNobody() {
        #expect(quotes(["“We normally unload two ships a week,” said a shift supervisor who asked not to be named."])
            == ["0 -: We normally unload two ships a week"])
    }

    @Test func scareQuotesAreNotQuotations() {
        #expect(quotes(["The ministry called the protesters “armed criminals” and the talks a “mixed bag”."]) == [])
    }
}

/// Question-and-answer interviews: the answers are the interviewee's.
@Suite struct InterviewAnswerTests {
    @Test func answersAfterQuestionsAreTheIntervieweesWords() {
        let blocks = [
            Block(kind: .paragraph, text: "Dr Ingrid van der Berg has measured the North Sea for twenty years. Mayor Marianne de Graaf asked her for advice."),
            Block(kind: .subhead, text: "Did you expect this?"),
            Block(kind: .paragraph, text: "“No. It moved quickly.”"),
            Block(kind: .quote, text: "“Uncertainty is not a reason to wait.”"),
            Block(kind: .subhead, text: "What did you tell the mayor?"),
            Block(kind: .paragraph, text: "“To raise what can be raised now. As Amara Okafor said, ‘rules are for the bad years too’.”"),
        ]
        #expect(quotes(blocks: blocks) == [
            "2 Ingrid van der Berg: No. It moved quickly.",
            "3 Ingrid van der Berg: Uncertainty is not a reason to wait.",
            "5 Ingrid van der Berg: To raise what can be raised now. As Amara Okafor said, ‘rules are for the bad years too’.",
        ])
    }

    /// One question answered by a quotation is not an interview; a named speaker is kept.
    @Test func aSingleQuestionOrANamedSpeakerIsLeftAlone() {
        let one = [
            Block(kind: .paragraph, text: "Kenji Watanabe spoke in Tokyo."),
            Block(kind: .paragraph, text: "What comes next?"),
            Block(kind: .paragraph, text: "“Inspections have to come first, on both sides.”"),
        ]
        #expect(quotes(blocks: one) == ["2 -: Inspections have to come first, on both sides."])
        let named = [
            Block(kind: .paragraph, text: "Kenji Watanabe spoke in Tokyo."),
            Block(kind: .subhead, text: "Why so long?"),
            Block(kind: .paragraph, text: "“Because the details matter.”"),
            Block(kind: .subhead, text: "And Brussels?"),
            Block(kind: .paragraph, text: "“We agreed on every rule that matters,” Sofia Lindqvist said in Brussels."),
        ]
        // The named speaker is kept, and one unattributed answer is too few to call it an interview.
        #expect(quotes(blocks: named) == ["2 -: Because the details matter.", "4 Sofia Lindqvist: We agreed on every rule that matters"])
    }
}
