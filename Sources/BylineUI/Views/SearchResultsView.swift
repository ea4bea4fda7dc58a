import BylineCore

/// Ranked results of a corpus search, each with a snippet.
public struct SearchResultsView: Sendable {
    public internal(set) var query: String
    public internal(set) var results: SearchResults?
    public internal(set) var error: String?
    public var cursor = ListCursor()
    var rendered: RenderedItems?

    public init(query: String) {
        self.query = query
    }

    mutating func load(_ results: SearchResults) {
        self.results = results
        query = results.query
        error = nil
        cursor = ListCursor()
        rendered = nil
    }

    mutating func fail(query: String, _ message: String) {
        self.query = query
        results = nil
        error = message
        rendered = nil
    }

    public var hits: [SearchHit] { results?.hits ?? [] }

    /// The report of the selected hit, opened at its first match with what matched
    /// highlighted: the forms the store found in it (`elections` for `election`, the name a
    /// `person:` filter found), and nothing for a hit that only filters matched (`tag:`,
    /// `after:`).
    var selectedTarget: ReaderView? {
        guard hits.indices.contains(cursor.selected) else { return nil }
        let hit = hits[cursor.selected]
        return ReaderView(articleID: hit.id, jump: hit.firstMatchBlock.map { .block($0) }, highlight: hit.matchedWords)
    }
}
