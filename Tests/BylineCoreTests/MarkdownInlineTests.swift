import Testing
@testable import BylineCore

@Suite struct MarkdownInlineTests {
    @Test(arguments: [
        ("**Okafor** said", "Okafor said"),
        ("a *very* _dry_ year", "a very dry year"),
        ("***strong and emphasised***", "strong and emphasised"),
        ("~~withdrawn~~ plan", "withdrawn plan"),
        ("the `--json` flag", "the --json flag"),
        ("see [the study](https://example.org/study)", "see the study"),
        ("see [the study][1]", "see the study"),
        ("mail <desk@example.org> or <https://example.org>", "mail desk@example.org or https://example.org"),
        ("line<br>break", "linebreak"),
        ("an ![icon](i.png) inline", "an icon inline"),
        ("\\*not emphasis\\*", "*not emphasis*"),
    ])
    func markupIsReducedToText(markdown: String, text: String) {
        #expect(MarkdownInline.plainText(markdown) == text)
    }

    @Test(arguments: [
        "Required fields are marked *",
        "snake_case_name and 2 * 3 * 4",
        "credit [Mariana Costa/Reuters]",
        "an *unclosed emphasis",
        "a < b and c > d",
    ])
    func marksThatOpenNothingStayAsWritten(text: String) {
        #expect(MarkdownInline.plainText(text) == text)
    }

    @Test func linksInsideLinksAreReducedAndDeepNestingIsSurvived() {
        func nested(_ depth: Int) -> String {
            (0..<depth).reduce("a") { inner, _ in "[\(inner)](x)" }
        }
        #expect(MarkdownInline.plainText(nested(3)) == "a")
        let deep = MarkdownInline.plainText(nested(300))
        #expect(deep.hasPrefix("[[[") && deep.contains("a"))
    }

    @Test func thousandsOfUnclosedBracketsStayText() {
        let text = String(repeating: "[", count: 5_000) + "x"
        #expect(MarkdownInline.plainText(text) == text)
    }
}
