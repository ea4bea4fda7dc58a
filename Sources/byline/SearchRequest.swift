import BylineCore
import BylineIndex
import BylineSession
import Foundation

/// What `byline search` was asked, as plain values, and the search itself: `SearchCommand`
/// makes one from ArgumentParser's parse, `Byline.main` from the usual arguments without it
/// (`init(plainArguments:)`).
struct SearchRequest {
    /// The query's words, joined with spaces.
    var words: [String]
    /// Where the reports and their index are.
    var corpus: CorpusSettings
    /// `--limit`.
    var limit = 10
    /// `--json`.
    var json = false

    /// Brings the index up to date as `CorpusIndex` does, searches, prints the results (notes
    /// and suggestions on stderr) and ends the process with status 0.
    ///
    /// It exits with the index still open: the process's end closes the file and releases its
    /// locks. The usual read-only connection has nothing to write back; after indexing, the
    /// committed write-ahead log is folded in by the next connection, as after a killed run.
    /// Closing first freed SQLite's pages and Swift's objects one by one and started a
    /// Dispatch thread to dispose of the connection's queue: work no one waits for.
    func run() throws -> Never {
        let (store, freshness) = try CorpusIndex.openChecked(corpus)
        let query = words.joined(separator: " ")
        let results = try store.search(query, limit: limit)
        if let hint = results.hint { Output.error(VisibleText.make(hint)) }
        if let suggestions = results.didYouMean { Output.error(VisibleText.make(suggestions)) }
        if json {
            Output.line(results.json.adding("freshness", freshness.json).serialized())
        } else {
            Output.line(Self.plain(results))
        }
        withExtendedLifetime(store) { exit(EXIT_SUCCESS) }
    }

    /// A count line, then for each hit its rank and title, its date, score and path, and the
    /// snippet with matches in brackets.
    static func plain(_ results: SearchResults) -> String {
        let query = VisibleText.make(results.query)
        guard results.total > 0 else { return "No report matches \"\(query)\"." }
        var lines = ["\(IndexReport.count(results.total, "report")) \(results.total == 1 ? "matches" : "match") \"\(query)\""
            + (results.hits.count < results.total ? "; the first \(GroupedDigits.string(results.hits.count)):" : ":")]
        for (i, hit) in results.hits.enumerated() {
            let number = "\(i + 1)"
            let indent = String(repeating: " ", count: number.count + 2)
            let facts = [hit.date?.iso ?? "undated", hit.score == 0 ? nil : "score " + TwoDecimals.string(hit.score), hit.path].compactMap { $0 }
            lines.append("")
            lines.append(number + "  " + VisibleText.make(hit.title))
            lines.append(indent + VisibleText.make(facts.joined(separator: " · ")))
            lines.append(indent + VisibleText.make(hit.snippet.rendered()))
        }
        return lines.joined(separator: "\n")
    }
}
