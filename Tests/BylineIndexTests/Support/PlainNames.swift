import BylineTestSupport

/// Entities with a key and nothing else (no aliases, no roles), for the suites that count who
/// is named with whom.
enum PlainNames {
    static let okafor = Reports.person("Amara Okafor", key: "person:amara-okafor")
    static let volkov = Reports.person("Dmitri Volkov", key: "person:dmitri-volkov")
    static let reuters = Reports.org("Reuters", key: "organisation:reuters")
    static let geneva = Reports.place("Geneva", key: "place:geneva")
}
