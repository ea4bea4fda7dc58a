import BylineCore
import GRDB

/// "Did you mean": the indexed words and entity names nearest to a query that found nothing
/// or little.
///
/// Words come from the full-text index's stems (`elect` for `election` and `elections`), listed
/// in `stem` (`StemList`). A query word is compared with the stems starting with its first
/// letter, itself and with a common English ending taken off (`elction` → `elct`, 1 edit from
/// `elect`), with the number of reports holding each; each near one is shown as a report
/// writes it. Names come from the aliases of the entities, compared whole
/// after folding (`NameFolding`). Only stems and names within `maxEdits` edits count; the
/// nearest come first, then the most common.
enum SearchSuggestions {
    /// Fewer matches than this ask for suggestions.
    static let fewResults = 3
    static let maxEdits = 2
    /// At most this many suggested words, and as many names.
    static let maxWords = 4
    static let maxNames = 3

    /// Endings taken off a query word before comparing it with stems.
    private static let endings = ["ations", "ation", "ions", "ion", "ings", "ing", "ies", "es", "ed", "s", "ly", "ment", "ness", "er", "e", "y"]

    /// Near words for each word of the query, then near names for the query's words together
    /// and for each word. With no match anything near counts; with `total` (a few) matches,
    /// only words and names in ten times as many reports, so a rare word that is meant is
    /// not second-guessed.
    static func near(_ query: SearchQuery, total: Int, in db: Database) throws -> [SearchSuggestion] {
        let atLeast = total == 0 ? 1 : max(fewResults, 10 * total)
        let terms = query.groups.flatMap { $0 }.filter { !$0.isPrefix }
        var words: [SearchSuggestion] = []
        var names: [SearchSuggestion] = []
        var phrases = terms.map(\.text)
        if terms.count > 1 { phrases.insert(terms.map(\.text).joined(separator: " "), at: 0) }
        for term in terms {
            for word in ExactForm.words(term.text).map({ String(decoding: $0, as: UTF8.self) }) {
                words += try nearWords(word, atLeast: atLeast, in: db).filter { !words.contains($0) }
            }
        }
        for phrase in phrases {
            names += try self.names(near: phrase, kind: nil, atLeast: atLeast, in: db).filter { !names.contains($0) }
        }
        return Array(words.prefix(maxWords)) + Array(names.prefix(maxNames))
    }

    /// Indexed words within `maxEdits` of `word`, as reports write them.
    static func nearWords(_ word: String, atLeast: Int = 1, in db: Database) throws -> [SearchSuggestion] {
        guard word.count >= 3, let first = word.unicodeScalars.first, let next = Unicode.Scalar(first.value + 1) else { return [] }
        let forms = [word] + endings.compactMap { ending in
            word.hasSuffix(ending) && word.count - ending.count >= 3 ? String(word.dropLast(ending.count)) : nil
        }
        // The fewest edits from a form of the word to `stem`, when 1 to `maxEdits` (0: the
        // word's own stem, which is what found so little).
        func edits(to stem: String) -> Int? {
            let edits = forms.map { EditDistance.between($0, stem, limit: maxEdits) }.min() ?? maxEdits + 1
            return edits > 0 && edits <= maxEdits ? edits : nil
        }
        var found: [(stem: String, edits: Int, reports: Int)] = []
        if try StemList.isFilled(in: db) {
            // A stem within `maxEdits` of a form is at most `maxEdits` shorter or longer than it.
            for length in max(1, (forms.map(\.count).min() ?? word.count) - maxEdits)...(word.count + maxEdits) {
                let stems = try StemList.stems(from: String(first), below: String(next), length: length, in: db)
                while let stem = try stems.next() {
                    guard let edits = edits(to: stem), let reports = try StemList.reports(holding: stem, length: length, in: db),
                          reports >= atLeast else { continue }
                    found.append((stem, edits, reports))
                }
            }
        } else {
            // An index made before `stem` existed, until its next indexing run.
            let rows = try Row.fetchCursor(db.cachedStatement(sql: "SELECT term, doc FROM articleVocab WHERE term >= ? AND term < ? AND doc >= ?"),
                                           arguments: [String(first), String(next), atLeast])
            while let row = try rows.next() {
                let stem: String = row[0]
                guard abs(stem.count - word.count) <= maxEdits + 6, let edits = edits(to: stem) else { continue }
                found.append((stem, edits, row[1]))
            }
        }
        found.sort { ($0.edits, -$0.reports, $0.stem) < ($1.edits, -$1.reports, $1.stem) }
        var out: [SearchSuggestion] = []
        for candidate in found.prefix(maxWords * 2) where out.count < maxWords {
            guard let written = try writtenForm(ofStem: candidate.stem, in: db), written != word,
                  !out.contains(where: { $0.text == written }) else { continue }
            out.append(SearchSuggestion(text: written, kind: .word))
        }
        return out
    }

    /// How the best report holding `stem` writes it: one token of snippet around the match.
    private static func writtenForm(ofStem stem: String, in db: Database) throws -> String? {
        let match = FTS5Expression.string(SearchQuery.Term(stem))
        let snippet = try String.fetchOne(db.cachedStatement(sql: """
            SELECT snippet(articleText, -1, \(SnippetText.sqlMarkers), '', 1) FROM articleText WHERE articleText MATCH ? LIMIT 1
            """), arguments: [match])
        return SnippetText.markedWords(snippet).first
    }

    /// Entity names (of `kind`, or any) within `maxEdits` of `name` after folding, by any of
    /// their aliases; the canonical name is suggested.
    static func names(near name: String, kind: Entity.Kind?, atLeast: Int = 1, in db: Database) throws -> [SearchSuggestion] {
        let folded = NameFolding.fold(name)
        guard folded.count >= 3, let first = folded.unicodeScalars.first, let next = Unicode.Scalar(first.value + 1) else { return [] }
        let kindFilter = kind == nil ? "" : " AND e.kind = ?"
        var values: [any DatabaseValueConvertible] = [String(first), String(next)]
        values += [folded.count - maxEdits, folded.count + maxEdits, atLeast]
        if let kind { values.append(kind.rawValue) }
        let rows = try Row.fetchCursor(db, sql: """
            SELECT l.folded, e.name, e.kind, e.articleCount FROM alias l JOIN entity e ON e.id = l.entityId
            WHERE l.folded >= ? AND l.folded < ? AND length(l.folded) BETWEEN ? AND ? AND e.articleCount >= ?\(kindFilter)
            """, arguments: StatementArguments(values))
        var found: [(name: String, kind: String, edits: Int, reports: Int)] = []
        while let row = try rows.next() {
            let alias: String = row[0]
            let edits = EditDistance.between(folded, alias, limit: maxEdits)
            if edits > 0 && edits <= maxEdits { found.append((row[1], row[2], edits, row[3])) }
        }
        found.sort { ($0.edits, -$0.reports, $0.name) < ($1.edits, -$1.reports, $1.name) }
        var out: [SearchSuggestion] = []
        for candidate in found where out.count < maxNames {
            guard let kind = SearchSuggestion.Kind(rawValue: candidate.kind),
                  NameFolding.fold(candidate.name) != folded else { continue }
            let suggestion = SearchSuggestion(text: candidate.name, kind: kind)
            if !out.contains(suggestion) { out.append(suggestion) }
        }
        return out
    }

    /// Tags within `maxEdits` of `folded`, most used first.
    static func tags(near folded: String, in db: Database) throws -> [SearchSuggestion] {
        let rows = try Row.fetchAll(db, sql: "SELECT folded, count(*) FROM tag GROUP BY folded")
        return rows.compactMap { row -> (String, Int, Int)? in
            let tag: String = row[0]
            let edits = EditDistance.between(folded, tag, limit: maxEdits)
            return edits <= maxEdits ? (tag, edits, row[1]) : nil
        }
        .sorted { ($0.1, -$0.2, $0.0) < ($1.1, -$1.2, $1.0) }
        .prefix(maxNames)
        .map { SearchSuggestion(text: $0.0, kind: .tag) }
    }
}
