import CorpusGenerator
import GRDB

/// The benchmark's 200 queries: 100 single words and 100 pairs, drawn from the index's own
/// vocabulary (so any folder can be measured) in bands of document frequency, the same on
/// every run over the same index: 3 in 10 words among the 150 most common (after the 20 most
/// common, which are function words in any English corpus), 4 in 10 in the middle, 3 in 10
/// rare. Pairs pair a common word with any word, as people type them.
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
        return queries
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
