import Testing
@testable import BylineCore

@Suite struct DateLineTests {
    @Test(arguments: [
        ("Sat. Jan 22nd, 2022", "2022-01-22"),
        ("June 3, 2024", "2024-06-03"),
        ("3 June 2024", "2024-06-03"),
        ("Monday, 3 June 2024", "2024-06-03"),
        ("2024-06-03", "2024-06-03"),
        ("2024-06-03T09:30:00Z", "2024-06-03"),
        ("2024-06-03 23:10 +02:00", "2024-06-03"),
        ("Thu. Aug 1st, 2024", "2024-08-01"),
        ("Sept 14, 2024 10:32 am GMT", "2024-09-14"),
        ("the 5th of July 2024", "2024-07-05"),
    ])
    func aDateLineGivesTheDayAndKeepsItsText(line: String, iso: String) throws {
        let parsed = try #require(DateLine.parse(line))
        #expect(parsed.date.iso == iso)
        #expect(parsed.text == line)
        #expect(parsed.byline == nil)
    }

    @Test func postedOnGivesTheDateAndTheByline() throws {
        let parsed = try #require(DateLine.parse("Posted on June 3, 2024 by Newsdesk"))
        #expect(parsed.date.iso == "2024-06-03")
        #expect(parsed.text == "June 3, 2024")
        #expect(parsed.byline == "Newsdesk")
    }

    @Test func publishedLabelsAreNotPartOfTheDateText() throws {
        #expect(DateLine.parse("Published: 12 July 2024")?.text == "12 July 2024")
        #expect(DateLine.parse("Updated on July 19, 2024")?.date.iso == "2024-07-19")
    }

    @Test(arguments: [
        "The talks end in June 2024 after three rounds",
        "June 2024",
        "Posted on June 3, 2024 by the harbour master who refused to comment on the strike",
        "31 February 2024",
        "2024-13-03",
        "May 5",
        "Okafor, 3 June 2024",
    ])
    func aSentenceOrAnIncompleteDateIsNotADateLine(line: String) {
        #expect(DateLine.parse(line) == nil)
    }
}
