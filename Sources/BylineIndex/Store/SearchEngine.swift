import BylineCore
import Foundation
import GRDB

/// Runs a `SearchQuery` against the index.
///
/// Words are matched by FTS5 and ranked by BM25 over every match, however many (only the hits
/// shown get a snippet; without filters `TopRank` counts the matches and skips scoring those
/// that cannot be among the hits shown); filters narrow the matches with
/// joins on dates and entity appearances. A query with filters or exclusions but no words
/// lists matching reports newest first, with the lead as the snippet.
struct SearchEngine {
    let paths: ReportPaths
    /// Whether `TopRank` takes the number of reports holding each word from the index's stem
    /// counts (`TopRank.phraseReports(of:in:)`) rather than counting its matches again; off
    /// only in tests, which compare the two.
    var usesStemCounts = true
    /// Whether the hits `TopRank` ranks are shown from the matches it kept (`HitCapture`)
    /// rather than matched again one by one; off only in tests, which compare the two.
    var capturesHits = true

    /// Tokens of context in a snippet.
    static let snippetTokens = 24
    static let ellipsis = "…"

    func search(_ text: String, limit: Int, in db: Database) throws -> SearchResults {
        let query = QueryParser.parse(text)
        if query.isEmpty { return query.emptyResults(for: text) }
        var conditions: [String] = []
        var arguments: [any DatabaseValueConvertible] = []
        if let after = query.after {
            conditions.append("a.date >= ?")
            arguments.append(after.iso)
        }
        if let before = query.before {
            conditions.append("a.date < ?")
            arguments.append(before.iso)
        }
        var namedIds: [Int64] = []
        for filter in query.entityFilters {
            if filter.byline {
                let (condition, values) = try Self.authorCondition(filter, in: db)
                conditions.append(condition)
                arguments += values
                continue
            }
            let ids = try EntityQueries.matching(name: filter.name, kind: filter.kind, in: db).flatMap(\.ids)
            if ids.isEmpty && !filter.excluded {
                let near = try SearchSuggestions.names(near: filter.name, kind: filter.kind, in: db)
                return query.nothingFound(for: text, note: filter.notFoundNote, suggestions: near)
            }
            guard !ids.isEmpty else { continue }
            if !filter.excluded { namedIds += ids }
            let list = ids.map(String.init).joined(separator: ",")
            conditions.append("a.id \(filter.excluded ? "NOT IN" : "IN") (SELECT articleId FROM appearance WHERE entityId IN (\(list)))")
        }
        for filter in query.tagFilters {
            let folded = NameFolding.fold(filter.name)
            if !filter.excluded, try Bool.fetchOne(db, sql: "SELECT 1 FROM tag WHERE folded = ? LIMIT 1", arguments: [folded]) == nil {
                let near = try SearchSuggestions.tags(near: folded, in: db)
                return query.nothingFound(for: text, note: filter.notFoundNote, suggestions: near)
            }
            conditions.append("a.id \(filter.excluded ? "NOT IN" : "IN") (SELECT articleId FROM tag WHERE folded = ?)")
            arguments.append(folded)
        }
        // Exact forms: FTS5 matched their stems; the stored text must hold them as written.
        for group in query.groups where group.allSatisfy(\.isExact) {
            conditions.append("(" + group.map { _ in "bylineExact(a.title, a.body, ?)" }.joined(separator: " OR ") + ")")
            arguments += group.map(\.text)
        }
        for term in query.excluded where term.isExact {
            conditions.append("NOT bylineExact(a.title, a.body, ?)")
            arguments.append(term.text)
        }
        let hint = query.hint
        let limit = max(0, limit)

        guard let match = FTS5Expression.expression(for: query) else {
            if let excluded = FTS5Expression.anyOf(query.excluded.filter { !$0.isExact }) {
                conditions.append("a.id NOT IN (SELECT rowid FROM articleText WHERE articleText MATCH ?)")
                arguments.append(excluded)
            }
            return try listing(query: text, conditions: conditions, arguments: arguments, limit: limit, hint: hint,
                               named: namedIds, in: db)
        }
        let filters = conditions.map { " AND " + $0 }.joined()
        // A first run building the full text beside the index: say why words find nothing yet.
        let wordsHint = try FullTextBuilder.isPending(in: db)
            ? [hint, FullTextBuilder.pendingNote].compactMap { $0 }.joined(separator: " ") : hint
        // Without filters `TopRank` counts the matches as it ranks them.
        var best: [(rowid: Int64, rank: Double)]?
        let total: Int
        let capture = capturesHits ? HitCapture() : nil
        if conditions.isEmpty, limit > 0 {
            let phrases = usesStemCounts ? try TopRank.phraseReports(of: query, in: db) : nil
            let ranked = try TopRank.best(match: match, limit: limit, phrases: phrases, capture: capture, in: db)
            (total, best) = (ranked.total, ranked.hits)
        } else {
            let count = try db.cachedStatement(sql: conditions.isEmpty
                ? "SELECT count(*) FROM articleText WHERE articleText MATCH ?"
                : "SELECT count(*) FROM articleText JOIN article a ON a.id = articleText.rowid WHERE articleText MATCH ?\(filters)")
            total = try Int.fetchOne(count, arguments: StatementArguments([match] + arguments)) ?? 0
        }
        // Nothing or little found: the words and names nearest to those asked for.
        let suggestions = total < SearchSuggestions.fewResults ? try SearchSuggestions.near(query, total: total, in: db) : []
        guard total > 0, limit > 0 else { return SearchResults(query: text, total: total, hits: [], hint: wordsHint, suggestions: suggestions) }
        if let best, let capture, let hits = try capturedHits(best, capture: capture, in: db) {
            return SearchResults(query: text, total: total, hits: hits, hint: wordsHint, suggestions: suggestions)
        }
        let hits = try rankedHits(match: match, best: best, filters: filters, arguments: arguments, limit: limit, in: db)
        return SearchResults(query: text, total: total, hits: hits, hint: wordsHint, suggestions: suggestions)
    }

    /// The best `limit` matches by BM25, each with its snippet: those of `best` when `TopRank`
    /// found them, else ranked here with the filters.
    private func rankedHits(match: String, best: [(rowid: Int64, rank: Double)]?, filters: String, arguments: [any DatabaseValueConvertible],
                            limit: Int, in db: Database) throws -> [SearchHit] {
        // Cached statements: the SQL only varies with the filters, and preparing it again for
        // every search would cost more than running it.
        func columns(rank: String) -> String { """
            SELECT articleText.rowid, a.key, f.path, a.title, a.date, \(rank),
                   \(HitTextFunction.name)(articleText, \(Self.snippetTokens), '\(Self.ellipsis)'), a.blocks
            FROM articleText
            JOIN article a ON a.id = articleText.rowid
            JOIN file f ON f.id = a.fileId
            """
        }
        var found: [(row: Row, rank: Double)] = []
        if let best {
            // Ranked by FTS5 alone, then each hit read by its rowid: with the joins in the
            // ranking query SQLite looked up the report and file of every match before sorting
            // (45,748 for a word at 100,000 reports). `TopRank` gives the best `limit` their
            // BM25 without working it out for matches that cannot be among them. The hit's own
            // query leaves out the rank, whose BM25 would count the word's reports again for
            // each hit.
            let one = try db.cachedStatement(sql: columns(rank: "NULL")
                                             + " WHERE articleText MATCH ? AND articleText.rowid = ?")
            for ranked in best {
                if let row = try Row.fetchOne(one, arguments: [match, ranked.rowid]) { found.append((row, ranked.rank)) }
            }
        } else {
            let ranked = try db.cachedStatement(sql: columns(rank: "articleText.rank")
                                                + " WHERE articleText MATCH ?\(filters) ORDER BY articleText.rank LIMIT ?")
            found = try Row.fetchAll(ranked, arguments: StatementArguments([match] + arguments + [limit])).map { ($0, $0[5]) }
        }
        return try found.map { row, rank in
            guard let parts = try row.withUnsafeData(atIndex: 6, { $0.flatMap { HitText.Parts(encoded: $0) } }) else {
                throw DatabaseError(message: "\(HitTextFunction.name) gave no snippet for report \(row[1] as String)")
            }
            return hit(row, rank: rank, parts: parts, blocks: 7)
        }
    }

    /// The hits `TopRank` ranked best, shown from the matches `capture` kept for them and
    /// their rows read by rowid: nil when it kept too little (a hit it did not keep, or a
    /// tokenizer the text cannot be split with here), and the hits are matched again instead.
    func capturedHits(_ best: [(rowid: Int64, rank: Double)], capture: HitCapture, in db: Database) throws -> [SearchHit]? {
        let kept = best.compactMap { capture.match($0.rowid) }
        guard kept.count == best.count, let splitter = HitTextFunction.Splitter.make(in: db) else { return nil }
        let read = try db.cachedStatement(sql: """
            SELECT a.id, a.key, f.path, a.title, a.date, a.body, a.blocks FROM article a JOIN file f ON f.id = a.fileId WHERE a.id = ?
            """)
        let ellipsis = Array(Self.ellipsis.utf8)
        var hits: [SearchHit] = []
        for ((rowid, rank), match) in zip(best, kept) {
            guard let row = try Row.fetchOne(read, arguments: [rowid]),
                  let parts = splitter.parts(of: HitText(instances: match.instances, phraseSizes: capture.phraseSizes),
                                             title: Array((row[3] as String).utf8), body: Array((row[5] as String).utf8),
                                             sizes: match.sizes, window: Self.snippetTokens, ellipsis: ellipsis) else { return nil }
            hits.append(hit(row, rank: rank, parts: parts, blocks: 6))
        }
        return hits
    }

    /// A hit from a row of id, key, path, title and date, and what `HitText` made of it.
    private func hit(_ row: Row, rank: Double, parts: HitText.Parts, blocks: Int) -> SearchHit {
        var seen = Set<String>()
        return SearchHit(id: row[1], path: paths.path(for: row[2]), title: row[3],
                         date: (row[4] as String?).flatMap(ArticleDate.init(iso:)), score: -rank,
                         snippet: SnippetText.marked(String(decoding: parts.snippet, as: UTF8.self)),
                         firstMatchBlock: parts.firstMatch.flatMap { BlockLayout(encoded: row[blocks]).block(at: $0) },
                         matchedWords: parts.words.map { $0.lowercased() }.filter { seen.insert($0).inserted })
    }

    /// Reports matching filters only, newest first, each with the first sentence naming an
    /// entity of `named` (the entities of the query's `person:`, `place:` and `org:` filters)
    /// as the snippet, or else its lead.
    private func listing(query: String, conditions: [String], arguments: [any DatabaseValueConvertible], limit: Int, hint: String?,
                         named: [Int64], in db: Database) throws -> SearchResults {
        let filters = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM article a\(filters)", arguments: StatementArguments(arguments)) ?? 0
        let rows = try Row.fetchAll(db, sql: """
            SELECT a.key, f.path, a.title, a.date, substr(a.body, 1, 400)
            FROM article a JOIN file f ON f.id = a.fileId\(filters)
            ORDER BY a.date IS NULL, a.date DESC, a.key
            LIMIT ?
            """, arguments: StatementArguments(arguments + [limit]))
        let hits = try rows.map { row in
            var hit = SearchHit(id: row[0], path: paths.path(for: row[1]), title: row[2], date: (row[3] as String?).flatMap(ArticleDate.init(iso:)),
                                score: 0, snippet: MarkedText(text: SnippetText.lead(row[4])))
            if !named.isEmpty, let naming = try NamingSentence.first(articleKey: hit.id, entityIds: named, in: db) {
                hit.snippet = naming.snippet
                hit.firstMatchBlock = naming.block
                hit.matchedWords = [naming.name]
            }
            return hit
        }
        return SearchResults(query: query, total: total, hits: hits, hint: hint)
    }
}
