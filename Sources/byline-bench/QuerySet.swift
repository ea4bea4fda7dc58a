import CorpusGenerator
import GRDB

/// The benchmark's 200 queries: 100 single words and 100 pairs, drawn from the index's own
/// vocabulary (so any folder can be measured) in bands of document frequency, the same on
/// every run over the same index: 3 in 10 words among the 150 most common (after the 20 most
/// common, which are function words in any English corpus), 4 in 10 in the middle, 3 in 10
/// rare. Pairs pair a common word with any word, as people type them. The vocabulary holds
/// stems (`countri`); each is searched as the best report holding it writes it (`country`),
/// as a user would type it and as grep looks for it.
enum QuerySet {
    static func make(database path: String, seed: UInt64 = 99) throws -> [[String]] {
        var config = Configuration()
        config.readonly = true
        let queue = try DatabaseQueue(path: path, configuration: config)
        // Words only (no numbers), most widespread first; ties by the word, so the list is stable.
        let words = try queue.inDatabase { db -> [String] in
            try db.execute(sql: "CREATE VIRTUAL TABLE IF NOT EXISTS temp.vocabulary USING fts5vocab(main, 'articleText', 'row')")
            return try String.fetchAll(db, sql: """
                SELECT term FROM temp.vocabulary WHERE term GLOB '[a-z]*' AND term NOT GLOB '*[0-9]*'
                ORDER BY doc DESC, term
                """)
        }
        guard words.count > 400 else { throw BenchError("the index holds only \(words.count) distinct words; too few for 200 queries") }
        var rng = SplitMix64(seed: seed)
        let common = 20..<170, middle = 170..<min(3_000, words.count / 2), rare = middle.upperBound..<words.count
        func pick(_ band: Range<Int>) -> String { words[band.lowerBound + rng.below(band.count)] }
        func word() -> String {
            let roll = rng.below(10)
            return pick(roll < 3 ? common : roll < 7 ? middle : rare)
        }
        var queries: [[String]] = []
        for _ in 0..<100 { queries.append([word()]) }
        for _ in 0..<100 { queries.append([pick(common), word()]) }
        return try queue.inDatabase { db in try queries.map { try $0.map { try written($0, in: db) } } }
    }

    /// How the first report holding `stem` writes it: a one-token snippet around the match.
    static func written(_ stem: String, in db: Database) throws -> String {
        let snippet = try String.fetchOne(db, sql: """
            SELECT snippet(articleText, -1, char(2), char(3), '', 1) FROM articleText WHERE articleText MATCH ? LIMIT 1
            """, arguments: ["\"\(stem)\""])
        guard let snippet, let open = snippet.firstIndex(of: "\u{2}"), let close = snippet.firstIndex(of: "\u{3}"), open < close else { return stem }
        let word = snippet[snippet.index(after: open)..<close].lowercased()
        return word.isEmpty ? stem : word
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
