import Testing
@testable import BylineCore

@Suite struct MarkerLineTests {
    @Test(arguments: [
        ("By admin", "admin"), ("by Newsdesk", "Newsdesk"), ("By Pieter Janssen", "Pieter Janssen"),
        ("Written by Amara Okafor", "Amara Okafor"), ("By Ingrid van der Berg and Kenji Watanabe", "Ingrid van der Berg and Kenji Watanabe"),
        ("BY STAFF REPORTER", "STAFF REPORTER"), ("By Дмитрий Волков", "Дмитрий Волков"),
    ])
    func aBylineLineGivesTheName(line: String, name: String) {
        #expect(BylineMarker.parse(line) == name)
    }

    @Test(arguments: [
        "By the time the ships docked, the strike had ended.", "By Monday, the union had agreed.",
        "By 2030", "Bylines are not stories", "By the harbour",
    ])
    func aSentenceStartingWithByIsNotAByline(line: String) {
        #expect(BylineMarker.parse(line) == nil)
    }

    @Test(arguments: [
        ("Source link", "Source link"), ("https://example.org/news/port-strike", "https://example.org/news/port-strike"),
        ("Source: Reuters", "Reuters"), ("Originally published at https://example.org/a", "https://example.org/a"),
    ])
    func aSourceLineGivesTheSource(line: String, source: String) {
        #expect(SourceMarker.parse(line) == source)
    }

    @Test func aSentenceAboutSourcesIsNotASourceLine() {
        #expect(SourceMarker.parse("Sources close to the ministry said the plan had been dropped.") == nil)
        #expect(SourceMarker.parse("See https://example.org for more") == nil)
    }
}
