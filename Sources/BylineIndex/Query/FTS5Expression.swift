import Foundation

/// Builds FTS5 MATCH expressions from a parsed query.
///
/// Every term is written as an FTS5 string (in double quotes, inner quotes doubled), so no
/// user input is ever read as FTS5 syntax: the tokenizer splits the string into words, which
/// makes `don't` or `e-mail` a phrase, as in the text. Only the operators the query language
/// asked for are written around those strings.
enum FTS5Expression {
    /// `"water" AND ("strike" OR "protest")`, or nil when there are no groups.
    static func matching(_ groups: [[SearchQuery.Term]]) -> String? {
        guard !groups.isEmpty else { return nil }
        return groups.map { group in
            group.count == 1 ? string(group[0]) : "(" + group.map(string).joined(separator: " OR ") + ")"
        }.joined(separator: " AND ")
    }

    /// `"drought" OR "flood"`, or nil when there are no terms.
    static func anyOf(_ terms: [SearchQuery.Term]) -> String? {
        terms.isEmpty ? nil : terms.map(string).joined(separator: " OR ")
    }

    /// The whole expression: what must match, less what must not. An excluded exact form
    /// (`-=elections`) is left to `ExactForm`: excluding its stem would drop reports that only
    /// hold other forms.
    static func expression(for query: SearchQuery) -> String? {
        guard let positive = matching(query.groups) else { return nil }
        guard let negative = anyOf(query.excluded.filter { !$0.isExact }) else { return positive }
        return "(\(positive)) NOT (\(negative))"
    }

    static func string(_ term: SearchQuery.Term) -> String {
        // FTS5 reads the expression byte by byte as a C string: every `"` is doubled, even one
        // that a combining mark joins into a larger character.
        var out = String.UnicodeScalarView()
        out.append("\"")
        for scalar in quotedText(term).unicodeScalars {
            if scalar == "\"" { out.append(contentsOf: "\"\"".unicodeScalars) } else { out.append(scalar) }
        }
        out.append("\"")
        return String(out) + (term.isPrefix ? " *" : "")
    }

    /// The text FTS5 tokenizes between a term's quotes: the term's own, with each NUL (which
    /// would end the expression inside the quotes) a space, which separates words as any other
    /// control character does.
    static func quotedText(_ term: SearchQuery.Term) -> String {
        var text = String.UnicodeScalarView()
        text.append(contentsOf: term.text.unicodeScalars.map { $0 == "\0" ? " " : $0 })
        return String(text)
    }

    /// Whether the unicode61 tokenizer finds a word in `text`: a letter, a digit or a private-use
    /// character (its default `L* N* Co` categories).
    static func hasTokens(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                 .decimalNumber, .letterNumber, .otherNumber, .privateUse:
                return true
            default:
                return false
            }
        }
    }
}
