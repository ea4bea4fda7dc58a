/// One generated report: where it goes in the corpus, its text, and who it names.
public struct GeneratedReport: Sendable {
    /// The path below the corpus folder (`2024/06/report-000042.txt`).
    public var relativePath: String
    public var text: String
    /// Everyone the report names, recurring cast first; the photographer is not included.
    public var people: [Cast.Person]
    public var places: [String]
    public var organisations: [String]
}
