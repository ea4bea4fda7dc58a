import BylineCore
import BylineIndex
import Foundation
import PostgresNIO

/// Ranked search with PostgreSQL's full text: the query read by `QueryParser` and written as a
/// tsquery (`TSQueryText`), matched against `article.search` on its GIN index, ranked with
/// `ts_rank_cd` (cover density, a title match weighing five times one in the body, scaled
/// down for long reports), with a `ts_headline` snippet around the best passage.
///
/// The same reports match as in the SQLite index for every query form; their order can
/// differ, since BM25 there weighs how rare a word is in the corpus and cover density here how
/// close the words are. As there, every match is ranked, however many.
struct PostgresSearch {
    let store: PostgresStore

    /// Words of context in a snippet (FTS5's `snippet` counts 24 tokens).
    static let snippetWords = 24
    static let ellipsis = "…"
    /// `ts_rank_cd`'s weights for D, C, B (the body) and A (the title).
    static let weights = "'{0.1, 0.1, 0.2, 1.0}'"

    func search(_ text: String, limit: Int) throws(PostgresStoreError) -> SearchResults {
        let query = QueryParser.parse(text)
        if query.isEmpty { return query.emptyResults(for: text) }
        var sql = SQLFilter(binds: store.corpusBinds)
        if let after = query.after { sql.add("a.date >= $#", after.iso) }
        if let before = query.before { sql.add("a.date < $#", before.iso) }
        let entities = PostgresEntities(store: store)
        for filter in query.entityFilters {
            if filter.byline {
                try sql.addAuthor(filter, entities: entities)
                continue
            }
            let ids = try entities.matching(name: filter.name, kind: filter.kind).flatMap(\.ids)
            if ids.isEmpty && !filter.excluded {
                return query.nothingFound(for: text, note: filter.notFoundNote)
            }
            guard !ids.isEmpty else { continue }
            sql.add("a.id \(filter.excluded ? "NOT IN" : "IN") (SELECT article_id FROM appearance WHERE entity_id = ANY($#))", ids)
        }
        for filter in query.tagFilters {
            let folded = NameFolding.fold(filter.name)
            if !filter.excluded, try !hasTag(folded) {
                return query.nothingFound(for: text, note: filter.notFoundNote, suggestions: try tags(near: folded))
            }
            sql.add("a.id \(filter.excluded ? "NOT IN" : "IN") (SELECT article_id FROM tag WHERE folded = $#)", folded)
        }
        // Exact forms: the stems matched; the stored text must hold the words as written.
        for group in query.groups where group.allSatisfy(\.isExact) {
            sql.add(Self.exactCondition, Self.exactQuery(group))
        }
        for term in query.excluded where term.isExact {
            sql.add("NOT " + Self.exactCondition, Self.exactQuery([term]))
        }
        let hint = query.hint
        let limit = max(0, limit)

        guard let match = TSQueryText.expression(for: query) else {
            if let excluded = TSQueryText.anyOf(query.excluded.filter { !$0.isExact }) {
                sql.add("NOT (a.search @@ to_tsquery('byline_stem', $#))", excluded)
            }
            return try listing(query: text, filter: sql, limit: limit, hint: hint)
        }
        var matching = sql
        matching.add("a.search @@ to_tsquery('byline_stem', $#)", match)
        let total = try count(matching)
        guard total > 0, limit > 0 else { return SearchResults(query: text, total: total, hits: [], hint: hint) }
        return SearchResults(query: text, total: total, hits: try rankedHits(matching, match: match, limit: limit), hint: hint)
    }

    /// The title or body holds the words in a row as written (`byline_text`: case and accents
    /// ignored, no stemming), as `ExactForm` checks them in the SQLite index. Only the reports
    /// the stems matched are read.
    static let exactCondition = """
        (to_tsvector('byline_text', a.title) @@ to_tsquery('byline_text', $#) OR to_tsvector('byline_text', a.body) @@ to_tsquery('byline_text', $#))
        """

    /// Any of `terms` as a tsquery; a term with no words never matches (`!''` is not valid,
    /// so an impossible lexeme stands for it).
    static func exactQuery(_ terms: [SearchQuery.Term]) -> String {
        TSQueryText.anyOf(terms) ?? "'\u{1}'"
    }

    /// The corpus's tags within two edits of `folded`, nearest then most used first, as the
    /// SQLite index suggests them (`SearchSuggestions.tags`).
    private func tags(near folded: String) throws(PostgresStoreError) -> [SearchSuggestion] {
        let rows = try store.session.query("""
            SELECT t.folded, count(*)::bigint FROM tag t JOIN article a ON a.id = t.article_id WHERE a.corpus_id = $1 GROUP BY t.folded
            """, store.corpusBinds)
        return rows.compactMap { row -> (tag: String, edits: Int, reports: Int)? in
            guard let (tag, reports) = try? row.decode((String, Int).self) else { return nil }
            let edits = EditDistance.between(folded, tag, limit: 2)
            return edits <= 2 ? (tag, edits, reports) : nil
        }
        .sorted { ($0.edits, -$0.reports, $0.tag) < ($1.edits, -$1.reports, $1.tag) }
        .prefix(3)
        .map { SearchSuggestion(text: $0.tag, kind: .tag) }
    }

    private func hasTag(_ folded: String) throws(PostgresStoreError) -> Bool {
        var binds = store.corpusBinds
        binds.append(folded)
        return try !store.session.query("""
            SELECT 1 FROM tag t JOIN article a ON a.id = t.article_id WHERE a.corpus_id = $1 AND t.folded = $2 LIMIT 1
            """, binds).isEmpty
    }

    private func count(_ filter: SQLFilter) throws(PostgresStoreError) -> Int {
        try store.session.query("SELECT count(*) FROM article a WHERE \(filter.whereClause)", filter.binds)
            .first.flatMap { try? $0.decode(Int.self) } ?? 0
    }

    /// The best `limit` reports of `filter` by rank against `match`, each with its snippet.
    private func rankedHits(_ filter: SQLFilter, match: String, limit: Int) throws(PostgresStoreError) -> [SearchHit] {
        var binds = filter.binds
        binds.append(match)
        binds.append(limit)
        let q = "to_tsquery('byline_stem', $\(filter.binds.count + 1))"
        let marks = "'StartSel=' || chr(2) || ', StopSel=' || chr(3)"
        let rows = try store.session.query("""
            SELECT a.key, f.path, a.title, a.date, r.rank, a.blocks, a.body,
                   ts_headline('byline_stem', a.body, \(q),
                               \(marks) || ', MaxFragments=1, MaxWords=\(Self.snippetWords), MinWords=\(Self.snippetWords / 2), ShortWord=0'),
                   ts_headline('byline_stem', a.title, \(q), \(marks) || ', HighlightAll=true')
            FROM (SELECT a.id, ts_rank_cd(\(Self.weights), a.search, \(q), 1) AS rank
                  FROM article a WHERE \(filter.whereClause)
                  ORDER BY rank DESC, a.id DESC LIMIT $\(filter.binds.count + 2)) r
            JOIN article a ON a.id = r.id JOIN file f ON f.id = a.file_id
            ORDER BY r.rank DESC, a.id DESC
            """, binds)
        return rows.compactMap { row -> SearchHit? in
            guard let (key, path, title, date, rank, blocks, body, headline, titleHeadline)
                    = try? row.decode((String, String, String, String?, Float, String, String, String, String).self) else { return nil }
            let raw = Self.withEllipses(headline, body: body)
            var snippet = SnippetText.marked(raw)
            var firstMatchBlock: Int?
            if snippet.marks.isEmpty {
                // A match in the title only: the title with its match rather than an unmarked lead.
                snippet = SnippetText.marked(titleHeadline)
            } else if let offset = SnippetText.firstMatchOffset(snippet: raw, ellipsis: Self.ellipsis, body: body) {
                firstMatchBlock = BlockLayout(encoded: blocks).block(at: offset)
            }
            // The forms marked in the snippet and title (SQLite reads them from the whole body):
            // a second `ts_headline` over every body would cost as much as the snippet again.
            var seen = Set<String>()
            let matched = (SnippetText.markedWords(headline) + SnippetText.markedWords(titleHeadline)).filter { seen.insert($0).inserted }
            return SearchHit(id: key, path: store.paths.path(for: path), title: title, date: date.flatMap(ArticleDate.init(iso:)),
                             score: Double(rank), snippet: snippet, firstMatchBlock: firstMatchBlock, matchedWords: matched)
        }
    }

    /// The headline with `…` where it cuts the body, as FTS5's `snippet` writes it.
    static func withEllipses(_ headline: String, body: String) -> String {
        let plain = String(String.UnicodeScalarView(headline.unicodeScalars.filter { $0 != "\u{2}" && $0 != "\u{3}" }))
        let fragment = plain.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !fragment.isEmpty, let range = body.range(of: fragment) else { return headline }
        let before = body[..<range.lowerBound].trimmingCharacters(in: .whitespacesAndNewlines)
        let after = body[range.upperBound...].trimmingCharacters(in: .whitespacesAndNewlines)
        return (before.isEmpty ? "" : ellipsis) + headline + (after.isEmpty ? "" : ellipsis)
    }

    /// Reports matching filters only, newest first, each with its lead as the snippet.
    private func listing(query: String, filter: SQLFilter, limit: Int, hint: String?) throws(PostgresStoreError) -> SearchResults {
        let total = try count(filter)
        var binds = filter.binds
        binds.append(limit)
        let hits = try store.session.query("""
            SELECT a.key, f.path, a.title, a.date, substr(a.body, 1, 400)
            FROM article a JOIN file f ON f.id = a.file_id WHERE \(filter.whereClause)
            ORDER BY a.date DESC NULLS LAST, a.key COLLATE "C" LIMIT $\(filter.binds.count + 1)
            """, binds).compactMap { row -> SearchHit? in
            guard let (key, path, title, date, lead) = try? row.decode((String, String, String, String?, String).self) else { return nil }
            return SearchHit(id: key, path: store.paths.path(for: path), title: title, date: date.flatMap(ArticleDate.init(iso:)),
                             score: 0, snippet: MarkedText(text: SnippetText.lead(lead)))
        }
        return SearchResults(query: query, total: total, hits: hits, hint: hint)
    }
}

/// The WHERE clause of a search, built with its binds: `$1` is the corpus, and each condition's
/// `$#` becomes the number of the value added with it.
struct SQLFilter {
    var binds: PostgresBindings
    var conditions: [String] = []

    mutating func add(_ condition: String, _ value: some PostgresDynamicTypeEncodable) {
        binds.append(value)
        conditions.append(condition.replacingOccurrences(of: "$#", with: "$\(binds.count)"))
    }

    /// An `author:` filter, as the SQLite index reads it (`SearchEngine.authorCondition`): the
    /// report's byline names the person as the recogniser read it (a person of the report with
    /// the role `author`, by any form of their name), or the byline's text holds the name as
    /// written, ignoring case, accents and punctuation.
    mutating func addAuthor(_ filter: SearchQuery.EntityFilter, entities: PostgresEntities) throws(PostgresStoreError) {
        let ids = try entities.matching(name: filter.name, kind: .person).flatMap(\.ids)
        binds.append("%" + PostgresEntities.escapedForLike(NameFolding.fold(filter.name)) + "%")
        var parts = ["coalesce(a.byline_folded, '') LIKE $\(binds.count) ESCAPE '\\'"]
        if !ids.isEmpty {
            binds.append(ids)
            let idsBind = binds.count
            binds.append(BylineAuthors.role)
            parts.append("a.id IN (SELECT article_id FROM appearance WHERE entity_id = ANY($\(idsBind)) AND roles ? $\(binds.count))")
        }
        conditions.append((filter.excluded ? "NOT " : "") + "(" + parts.joined(separator: " OR ") + ")")
    }

    var whereClause: String {
        (["a.corpus_id = $1"] + conditions).joined(separator: " AND ")
    }
}
