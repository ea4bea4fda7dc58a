import Testing
@testable import BylineCore

@Suite struct PublishedDateTests {
    @Test(arguments: [
        ("2025-06-10", "2025-06-10"),
        ("2025-06-10T08:45:00-04:00", "2025-06-10"),
        ("2025-06-10T23:30:00-05:00", "2025-06-10"),  // the day as written, not the UTC day
        ("2025-05-28 00:00:00", "2025-05-28"),
        ("2025/06/12", "2025-06-12"),
        ("12.06.2025", "2025-06-12"),
        ("24/06/2025", "2025-06-24"),
        ("06/24/2025", "2025-06-24"),
        ("June 12, 2025", "2025-06-12"),
        ("12 June 2025", "2025-06-12"),
        ("Thu, 12 Jun 2025 09:15:00 GMT", "2025-06-12"),
        ("Sat. Jan 22nd, 2022", "2022-01-22"),
        ("Posted on June 3, 2024 by Newsdesk", "2024-06-03"),
        ("Sept. 9, 2025", "2025-09-09"),
        ("3 de junio de 2025", "2025-06-03"),
        ("16 juin 2025", "2025-06-16"),
        ("3. März 2025", "2025-03-03"),
        ("9 april 2025", "2025-04-09"),
    ])
    func readsTheDayOfCommonShapes(text: String, iso: String) {
        #expect(PublishedDate.parse(text)?.iso == iso)
    }

    @Test(arguments: ["03/06/2025", "yesterday", "2025-02-30", "June 2025", "2 hours ago", ""])
    func ambiguousOrImpossibleDatesAreNotGuessed(text: String) {
        #expect(PublishedDate.parse(text) == nil)
    }

    @Test func timestampsInSecondsAndMillisecondsGiveTheUTCDay() {
        #expect(PublishedDate.fromTimestamp(1_749_545_100)?.iso == "2025-06-10")
        #expect(PublishedDate.fromTimestamp(1_749_545_100_000)?.iso == "2025-06-10")
        #expect(PublishedDate.fromTimestamp(0)?.iso == "1970-01-01")
        #expect(PublishedDate.fromTimestamp(-5) == nil)
    }
}
