import BylineCore

/// Reads Byline's query language (see `SearchQuery`) into a `SearchQuery`.
///
/// `OR` joins the words on each side of it (`water OR drought rights` is "water or drought,
/// and rights"); words next to each other must all match. Operators with nothing to work on,
/// unclosed quotes, malformed filters and words with no letters or digits are never errors:
/// they are read as well as possible and a note says how.
///
///     QueryParser.parse("strike OR protest -drought person:Okafor")
public enum QueryParser {
    public static func parse(_ input: String) -> SearchQuery {
        var query = SearchQuery()
        var pendingNot = false
        var pendingOr = false

        func addNote(_ note: String) {
            if !query.notes.contains(note) { query.notes.append(note) }
        }

        func add(_ term: SearchQuery.Term, negated: Bool) {
            let excluded = negated || pendingNot
            pendingNot = false
            guard FTS5Expression.hasTokens(term.text) else {
                if !term.text.isEmpty || term.isPhrase {
                    addNote("\(negated ? "-" : "")\(display(term)) has no letters or digits and was left out.")
                }
                return
            }
            if excluded {
                if pendingOr {
                    addNote("OR joins words to look for, not excluded ones; it was ignored.")
                    pendingOr = false
                }
                query.excluded.append(term)
            } else if pendingOr, !query.groups.isEmpty {
                query.groups[query.groups.count - 1].append(term)
                pendingOr = false
            } else {
                query.groups.append([term])
            }
        }

        for lexeme in QueryLexer.lex(input) {
            switch lexeme {
            case .and:
                continue
            case .not:
                if pendingNot { addNote("NOT NOT was read as NOT.") }
                pendingNot = true
            case .or:
                if pendingNot || query.groups.isEmpty || pendingOr {
                    addNote("OR needs a word on each side; it was ignored.")
                } else {
                    pendingOr = true
                }
            case let .term(term, negated):
                add(term, negated: negated)
            case let .unclosedPhrase(term, negated):
                if FTS5Expression.hasTokens(term.text) {
                    addNote("The closing quote was missing; searched for the phrase \"\(term.text.trimmed)\".")
                }
                add(term, negated: negated)
            case let .filter(key, value, negated):
                let excluded = negated || pendingNot
                pendingNot = false
                if pendingOr {
                    addNote("OR joins words, not filters; it was ignored.")
                    pendingOr = false
                }
                if let note = addFilter(key: key, value: value, excluded: excluded, to: &query) { addNote(note) }
            }
        }
        if pendingOr { addNote("OR needs a word on each side; it was ignored.") }
        if pendingNot { addNote("NOT needs a word after it; it was ignored.") }
        if let after = query.after, let before = query.before, after >= before {
            addNote("after:\(after.iso) is not earlier than before:\(before.iso), so no report can match.")
        }
        return query
    }

    /// Adds a filter, or returns why it could not be read.
    private static func addFilter(key: String, value: String, excluded: Bool, to query: inout SearchQuery) -> String? {
        let value = value.trimmed
        switch key {
        case "before", "after":
            guard !excluded else {
                return "-\(key): is not supported; use \(key == "before" ? "after" : "before"): instead. It was ignored."
            }
            guard let period = DatePeriod(value) else {
                return "\(key): needs a date as YYYY, YYYY-MM or YYYY-MM-DD, as in \(key):2024-06; it was ignored."
            }
            if key == "before" {
                query.before = min(query.before ?? period.start, period.start)
            } else {
                query.after = max(query.after ?? period.start, period.start)
            }
            return nil
        case "tag":
            guard !NameFolding.fold(value).isEmpty else { return "tag: needs a tag, as in tag:drought; it was ignored." }
            query.tagFilters.append(SearchQuery.TagFilter(name: value, excluded: excluded))
            return nil
        default:
            let kind: Entity.Kind = key == "person" || key == "author" ? .person : key == "place" ? .place : .organisation
            guard !NameFolding.fold(value).isEmpty else {
                let example = key == "person" ? "person:Okafor" : key == "author" ? "author:\"Hana Sato\""
                    : key == "place" ? "place:Rotterdam" : "org:\"United Nations\""
                return "\(key): needs a name, as in \(example); it was ignored."
            }
            query.entityFilters.append(SearchQuery.EntityFilter(kind: kind, name: value, excluded: excluded, byline: key == "author"))
            return nil
        }
    }

    private static func display(_ term: SearchQuery.Term) -> String {
        term.isPhrase ? "\"\(term.text)\"" : (term.isExact ? "=" : "") + term.text + (term.isPrefix ? "*" : "")
    }
}

/// A year, month or day written in a date filter.
struct DatePeriod: Equatable {
    /// The first day of the period.
    var start: ArticleDate

    /// Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; nil for anything else.
    init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, parts.dropFirst().allSatisfy({ $0.count == 2 }),
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let year = Int(parts[0]) else { return nil }
        let month = parts.count > 1 ? Int(parts[1]) ?? 0 : 1
        let day = parts.count > 2 ? Int(parts[2]) ?? 0 : 1
        guard let date = ArticleDate(year: year, month: month, day: day) else { return nil }
        start = date
    }
}

extension String {
    var trimmed: String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
