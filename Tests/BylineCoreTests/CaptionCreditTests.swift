import Testing
@testable import BylineCore

@Suite struct CaptionCreditTests {
    @Test(arguments: [
        ("Dockworkers block the gate [Mariana Costa/Reuters]", "Dockworkers block the gate", "Mariana Costa/Reuters"),
        ("Nets on the shore [Aleksei Morozov/AFP/Getty Images via AFP]", "Nets on the shore", "Aleksei Morozov/AFP/Getty Images via AFP"),
        ("The barrier at dusk (Mariana Costa/Reuters)", "The barrier at dusk", "Mariana Costa/Reuters"),
        ("The barrier at dusk (Photo: Sanne Visser)", "The barrier at dusk", "Sanne Visser"),
        ("Delegates at the Palais des Nations [Photograph: Mariana Costa]", "Delegates at the Palais des Nations", "Mariana Costa"),
        ("Lake Balkhash (left) and the Ili delta", "Lake Balkhash (left) and the Ili delta", nil),
        ("A crane operator (pictured) at work", "A crane operator (pictured) at work", nil),
        ("No credit here", "No credit here", nil),
    ] as [(String, String, String?)])
    func aTrailingCreditIsSplitFromItsCaption(caption: String, text: String, credit: String?) {
        let split = CaptionCredit.split(caption)
        #expect(split.text == text)
        #expect(split.credit == credit)
    }

    @Test func creditLabelsAndBracketsAreRemoved() {
        #expect(CaptionCredit.cleaned("Photograph: Mariana Costa/Reuters") == "Mariana Costa/Reuters")
        #expect(CaptionCredit.cleaned("[Aleksei Morozov/AFP]") == "Aleksei Morozov/AFP")
        #expect(CaptionCredit.cleaned("© Sanne Visser") == "Sanne Visser")
    }
}
