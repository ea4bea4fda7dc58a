import Testing
@testable import BylineCore

@Suite struct LeadDatelineTests {
    @Test(arguments: [
        ("GENEVA — Delegates from forty countries met on Monday.", "GENEVA"),
        ("ALMATY, Kazakhstan (Reuters) - Farmers blocked a highway.", "ALMATY, Kazakhstan (Reuters)"),
        ("VALPARAÍSO, Chile — The strike entered its third week.", "VALPARAÍSO, Chile"),
        ("東京 — Negotiators resumed talks on Tuesday.", "東京"),
        ("BRUSSELS, June 12 (AFP) – The Commission published its plan.", "BRUSSELS, June 12 (AFP)"),
    ])
    func aCapitalisedPlaceBeforeADashIsTheDateline(paragraph: String, dateline: String) {
        #expect(LeadDateline.parse(paragraph)?.text == dateline)
    }

    @Test func theDatelineLengthPointsPastTheDash() throws {
        let paragraph = "GENEVA — Delegates met."
        let dateline = try #require(LeadDateline.parse(paragraph))
        #expect(paragraph.dropFirst(dateline.length) == "Delegates met.")
    }

    @Test(arguments: [
        "The minister — who spoke for an hour — left early.",
        "Okafor - the rapporteur - arrived on Monday.",
        "I — like many others — waited.",
    ])
    func anAsideBetweenDashesIsNotADateline(paragraph: String) {
        #expect(LeadDateline.parse(paragraph) == nil)
    }
}
