import BylineIndex

/// Writes a parsed query (`QueryParser`, `SearchQuery`) as `to_tsquery` text, so PostgreSQL
/// searches the same language with no second parser.
///
/// Every term is split into its words (runs of letters and digits, as the SQLite index's
/// tokenizer splits text) and each word written as a quoted lexeme: no user input is ever
/// read as tsquery syntax. A term of several words (a phrase, `don't`, `e-mail`) is those
/// words in a row (`<->`); a prefix term's last word may continue (`:*`).
///
///     "water" & ( "strike" | "protest" ) & !( "drought" )
enum TSQueryText {
    /// What must match, less what must not; nil when nothing must match. An excluded exact
    /// form is left to `PostgresSearch`'s check of the text as written, as in the SQLite index:
    /// excluding its stem would also exclude its other forms.
    static func expression(for query: SearchQuery) -> String? {
        guard let positive = matching(query.groups) else { return nil }
        guard let negative = anyOf(query.excluded.filter { !$0.isExact }) else { return positive }
        return "\(positive) & !(\(negative))"
    }

    /// Every group, each any of its terms; nil when there are no groups (or no words).
    static func matching(_ groups: [[SearchQuery.Term]], weight: String = "") -> String? {
        let parts = groups.compactMap { anyOf($0, weight: weight) }
        guard !parts.isEmpty else { return nil }
        return parts.map { "(\($0))" }.joined(separator: " & ")
    }

    /// Any of `terms`; nil when there are none. `weight` `A` restricts them to titles.
    static func anyOf(_ terms: [SearchQuery.Term], weight: String = "") -> String? {
        let parts = terms.compactMap { term($0, weight: weight) }
        return parts.isEmpty ? nil : parts.joined(separator: " | ")
    }

    static func term(_ term: SearchQuery.Term, weight: String = "") -> String? {
        let words = self.words(term.text)
        guard !words.isEmpty else { return nil }
        let lexemes = words.enumerated().map { i, word in
            let prefix = term.isPrefix && i == words.count - 1
            let label = (prefix ? "*" : "") + weight
            return quoted(word) + (label.isEmpty ? "" : ":" + label)
        }
        return lexemes.count == 1 ? lexemes[0] : "(" + lexemes.joined(separator: " <-> ") + ")"
    }

    /// The runs of letters, digits and marks in `text` (the categories the SQLite tokenizer
    /// keeps; a combining mark stays with its letter).
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                 .decimalNumber, .letterNumber, .otherNumber, .privateUse, .nonspacingMark, .spacingMark, .enclosingMark:
                current.append(scalar)
            default:
                if !current.isEmpty { words.append(String(current)) }
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        return words
    }

    /// A tsquery lexeme in single quotes, with `'` and `\` escaped.
    static func quoted(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "''") + "'"
    }
}
