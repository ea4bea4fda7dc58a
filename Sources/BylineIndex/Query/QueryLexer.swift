/// Splits a query into words, phrases, operators and filters. Never fails.
struct QueryLexer {
    enum Lexeme: Equatable {
        case term(SearchQuery.Term, negated: Bool)
        case or
        case not
        case and
        case filter(key: String, value: String, negated: Bool)
        /// A phrase whose closing quote is missing; it runs to the end of the query.
        case unclosedPhrase(SearchQuery.Term, negated: Bool)
    }

    /// Filter names, lower-cased; `organisation:` and `organization:` are spelt out `org:`.
    static let filterKeys: Set<String> = ["person", "place", "org", "organisation", "organization", "before", "after", "author", "tag"]

    private let chars: [Character]
    private var i = 0

    init(_ input: String) {
        chars = Array(input)
    }

    static func lex(_ input: String) -> [Lexeme] {
        var lexer = QueryLexer(input)
        var out: [Lexeme] = []
        while let lexeme = lexer.next() { out.append(lexeme) }
        return out
    }

    private mutating func next() -> Lexeme? {
        skipSpace()
        guard i < chars.count else { return nil }
        var negated = false
        if chars[i] == "-", i + 1 < chars.count, !chars[i + 1].isWhitespace {
            negated = true
            i += 1
        }
        if chars[i] == "\"" {
            let (text, closed) = quoted()
            let prefix = eat("*")
            let term = SearchQuery.Term(text, isPhrase: true, isPrefix: prefix)
            return closed ? .term(term, negated: negated) : .unclosedPhrase(term, negated: negated)
        }
        var token = ""
        while i < chars.count, !chars[i].isWhitespace, chars[i] != "\"" {
            token.append(chars[i])
            i += 1
        }
        if !negated {
            switch token {
            case "OR": return .or
            case "NOT": return .not
            case "AND": return .and
            default: break
            }
        }
        if let colon = token.firstIndex(of: ":"), Self.filterKeys.contains(token[..<colon].lowercased()) {
            let key = token[..<colon].lowercased()
            var value = String(token[token.index(after: colon)...])
            if value.isEmpty {
                // `person:"Peña Álvarez"`, or `person: Okafor` with a space.
                skipSpaceIf(i < chars.count && chars[i].isWhitespace)
                if i < chars.count, chars[i] == "\"" {
                    value = quoted().text
                } else {
                    while i < chars.count, !chars[i].isWhitespace {
                        value.append(chars[i])
                        i += 1
                    }
                }
            }
            return .filter(key: key == "organisation" || key == "organization" ? "org" : key, value: value, negated: negated)
        }
        var prefix = false
        while token.hasSuffix("*") {
            token.removeLast()
            prefix = true
        }
        // `=elections`: this form only, not the words sharing its stem.
        var exact = false
        if token.hasPrefix("="), token.count > 1 {
            token.removeFirst()
            exact = !prefix
        }
        return .term(SearchQuery.Term(token, isPrefix: prefix, isExact: exact), negated: negated)
    }

    /// The text up to the closing quote (or the end), with whether the quote was closed.
    private mutating func quoted() -> (text: String, closed: Bool) {
        i += 1
        var text = ""
        while i < chars.count {
            if chars[i] == "\"" {
                i += 1
                return (text, true)
            }
            text.append(chars[i])
            i += 1
        }
        return (text, false)
    }

    private mutating func eat(_ c: Character) -> Bool {
        guard i < chars.count, chars[i] == c else { return false }
        while i < chars.count, chars[i] == c { i += 1 }
        return true
    }

    private mutating func skipSpace() {
        while i < chars.count, chars[i].isWhitespace { i += 1 }
    }

    private mutating func skipSpaceIf(_ condition: Bool) {
        if condition { skipSpace() }
    }
}
