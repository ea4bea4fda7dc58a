import BylineCore
import BylineTestSupport
import Foundation
import GRDB
import Testing
@testable import BylineIndex

/// `bylineHit` gives what FTS5's `snippet()` and `highlight()` give, to the byte, from one pass
/// of the tokenizer over each column: on the bundled reports (every format, accents, Cyrillic,
/// curly quotes) and on 5,200 generated ones, for words, pairs, phrases, prefixes and ORs.
@Suite(.serialized) struct HitTextTests {
    /// What the search showed of a hit before `bylineHit`: FTS5's snippet of the body, or the
    /// highlighted title when the snippet has no mark; where the snippet's first match lies
    /// in the body; the marked forms of title and body.
    static let reference = """
        SELECT snippet(articleText, 1, char(2), char(3), '…', \(SearchEngine.snippetTokens)),
               highlight(articleText, 0, char(2), char(3)), highlight(articleText, 1, char(2), char(3)), a.body,
               \(HitTextFunction.name)(articleText, \(SearchEngine.snippetTokens), '…'), a.key
        FROM articleText JOIN article a ON a.id = articleText.rowid
        WHERE articleText MATCH ? LIMIT ?
        """

    /// Compares every matching report of each query (at most `limit`); returns the number compared.
    static func compare(_ queries: [String], limit: Int, in database: IndexDatabase) throws -> Int {
        var compared = 0
        try database.read { db in
            for query in queries {
                guard let match = FTS5Expression.expression(for: QueryParser.parse(query)) else { continue }
                for row in try Row.fetchAll(db, sql: reference, arguments: [match, limit]) {
                    let snippet: String = row[0], title: String = row[1], body: String = row[2], text: String = row[3]
                    let key: String = row[5]
                    let parts = try #require(try row.withUnsafeData(atIndex: 4) { $0.flatMap { HitText.Parts(encoded: $0) } })
                    let shown = SnippetText.marked(snippet).marks.isEmpty ? title : snippet
                    #expect(String(decoding: parts.snippet, as: UTF8.self) == shown, "\(query) in \(key)")
                    #expect(parts.words.map { $0.lowercased() } == SnippetText.markedWords(title) + SnippetText.markedWords(body),
                            "\(query) in \(key)")
                    if shown == snippet, let offset = SnippetText.firstMatchOffset(snippet: snippet, ellipsis: "…", body: text) {
                        #expect(parts.firstMatch == offset, "\(query) in \(key)")
                    } else if shown != snippet {
                        #expect(parts.firstMatch == nil, "\(query) in \(key)")
                    }
                    compared += 1
                }
            }
        }
        return compared
    }

    @Test func theBundledReportsShowAsFTS5ShowsThem() throws {
        let articles = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Articles").path
        let corpus = try FixtureCorpus()
        let database = try corpus.openDatabase()
        _ = try Indexer(database: database, corpus: articles).update()
        let words = try database.read { db in
            try TopRankStemCountTests.words(ofFirst: 12, in: db)
        }
        #expect(words.count > 300)
        let queries = words + [#""water rights""#, "water rights", "balkhash OR rotterdam", "hydro*", "wat* right*",
                               #""the strike" valparaiso"#, "Волков", "okafor water -geneva", "said", "the"]
        #expect(try Self.compare(queries, limit: 8, in: database) > 1_000)
    }

    @Test func generatedReportsShowAsFTS5ShowsThem() throws {
        let index = try ExactRankingTests.corpus.get()
        let words = try index.database.read { db in try TopRankStemCountTests.words(ofFirst: 10, in: db) }
        #expect(words.count > 150)
        // Every fourth word alone, and pairs, phrases and ORs of neighbours, and prefixes.
        var queries = stride(from: 0, to: words.count, by: 4).map { words[$0] }
        for i in stride(from: 0, to: words.count - 1, by: 9) {
            queries += ["\(words[i]) \(words[i + 1])", "\"\(words[i]) \(words[i + 1])\"", "\(words[i]) OR \(words[i + 1])",
                        String(words[i].prefix(3)) + "*"]
        }
        #expect(try Self.compare(queries, limit: 8, in: index.database) > 500)
    }

    @Test func theWindowStartsAtASentenceWhenThatHoldsAsMuch() throws {
        let sentence = "One two three. Four five: six seven eight nine ten eleven"
        var text = Array(sentence.utf8)
        try text.withUnsafeMutableBufferPointer { raw in
            var column = HitText.Column(text: UnsafeBufferPointer(raw), size: 11)
            var start: Int?
            for i in 0...raw.count {
                let letter = i < raw.count && (UInt8(ascii: "A")...UInt8(ascii: "z")).contains(raw[i])
                if letter, start == nil { start = i }
                if !letter, let from = start {
                    column.append(start: from, end: i)
                    start = nil
                }
            }
            #expect(column.starts.count == 11)
            #expect(column.sentences == [0, 3, 5])
            // "nine" (offset 8): the window of 4 around it starts at 7 and scores 1,000; the
            // one from its sentence, at "six", holds it too and scores 1,100.
            let hit = HitText(instances: [.init(phrase: 0, column: 1, offset: 8)], phraseSizes: [1])
            let window = hit.windowStart(column, index: 1, window: 4)
            #expect(window == 5)
            let shown = hit.snippet(column, index: 1, from: window, window: 4, ellipsis: Array("…".utf8))
            #expect(String(decoding: shown.text, as: UTF8.self) == "…six seven eight \u{2}nine\u{3}…")
            #expect(shown.firstMark == sentence.utf8.count - " ten eleven".utf8.count - 4)
            // Without the sentence, the window centres on the match.
            column.sentences = [0]
            #expect(hit.windowStart(column, index: 1, window: 4) == 7)
        }
    }

    @Test func partsSurviveAnyCharacterInTheirText() throws {
        let parts = HitText.Parts(snippet: Array("a:1 \u{2}b\u{3}:".utf8), firstMatch: 7, words: ["b", "", "9:x"])
        #expect(HitText.Parts(encoded: parts.encoded()) == parts)
        #expect(HitText.Parts(encoded: Array("5:ab".utf8)) == nil)
        #expect(HitText.Parts(encoded: Array("x:".utf8)) == nil)
    }
}

/// The hits `TopRank` ranks are shown from the matches it kept while ranking (`HitCapture`),
/// not matched again one by one: the same hits, snippets, first blocks and matched forms.
@Suite(.serialized) struct HitCaptureTests {
    static func search(_ query: String, limit: Int, captures: Bool, index: ExactRankingTests.GeneratedIndex) throws -> SearchResults {
        try index.database.read { db in
            var engine = SearchEngine(paths: ReportPaths(corpus: "/corpus", corpusIsFile: false))
            engine.capturesHits = captures
            return try engine.search(query, limit: limit, in: db)
        }
    }

    @Test func capturedHitsAreTheHitsMatchedAgain() throws {
        let index = try ExactRankingTests.corpus.get()
        let words = try index.database.read { db in try TopRankStemCountTests.words(ofFirst: 2, in: db) }
        var queries = stride(from: 0, to: words.count, by: 12).map { words[$0] }
        for i in stride(from: 0, to: words.count - 1, by: 50) {
            queries += ["\(words[i]) \(words[i + 1])", "\"\(words[i]) \(words[i + 1])\"", "\(words[i]) OR \(words[i + 1])",
                        String(words[i].prefix(3)) + "*", "\(words[i]) -\(words[i + 1])"]
        }
        #expect(queries.count > 20)
        var shown = 0
        for query in queries {
            let matchedAgain = try Self.search(query, limit: 20, captures: false, index: index)
            #expect(try Self.search(query, limit: 20, captures: true, index: index) == matchedAgain, "\(query)")
            // The hits really came from the capture, not from matching them again.
            let fromCapture = try index.database.read { db -> [SearchHit]? in
                guard let match = FTS5Expression.expression(for: QueryParser.parse(query)) else { return nil }
                let capture = HitCapture()
                let best = try TopRank.best(match: match, limit: 20, capture: capture, in: db).hits
                return try SearchEngine(paths: ReportPaths(corpus: "/corpus", corpusIsFile: false)).capturedHits(best, capture: capture, in: db)
            }
            if !matchedAgain.hits.isEmpty { #expect(fromCapture == matchedAgain.hits, "\(query)") }
            shown += matchedAgain.hits.count
        }
        #expect(shown > 300)
    }

    @Test func topRankKeepsTheMatchesOfEveryHit() throws {
        let index = try ExactRankingTests.corpus.get()
        try index.database.read { db in
            for query in ["the", "said water", "\"the government\"", "gov*"] {
                let match = try #require(FTS5Expression.expression(for: QueryParser.parse(query)))
                let capture = HitCapture()
                let ranked = try TopRank.best(match: match, limit: 20, capture: capture, in: db)
                #expect(ranked.hits.count == 20, "\(query)")
                for hit in ranked.hits {
                    let kept = try #require(capture.match(hit.rowid), "\(query)")
                    #expect(!kept.instances.isEmpty && kept.sizes.count == 2)
                    #expect(-kept.score == hit.rank)
                }
                // Those that can no longer be among the best are dropped as ranking goes on.
                #expect(capture.matches.count <= 4 * 20 + 16 + 1)
            }
        }
    }
}
