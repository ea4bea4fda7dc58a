/// A keyword query split into what to look for: words, quoted phrases, `word*` prefixes, and
/// `-word` exclusions; `AND` is implied and ignored when written.
///
///     QueryTerms("\"Amara Okafor\" water -drought summ*")
///     // required: ["amara okafor", "water", "summ" (prefix)], excluded: ["drought"]
public struct QueryTerms: Sendable, Equatable {
    public struct Term: Sendable, Equatable {
        /// As typed (for highlighting in the reader).
        public var text: String
        public var isPrefix: Bool
    }

    public var required: [Term] = []
    public var excluded: [Term] = []

    public init(_ query: String) {
        var i = query.startIndex
        while i < query.endIndex {
            let c = query[i]
            if c.isWhitespace { i = query.index(after: i); continue }
            var negate = false
            var j = i
            if c == "-" {
                negate = true
                j = query.index(after: i)
                if j == query.endIndex { break }
            }
            var word: String
            if query[j] == "\"" {
                let open = query.index(after: j)
                let close = query[open...].firstIndex(of: "\"") ?? query.endIndex
                word = String(query[open..<close])
                i = close < query.endIndex ? query.index(after: close) : close
            } else {
                let end = query[j...].firstIndex(where: \.isWhitespace) ?? query.endIndex
                word = String(query[j..<end])
                i = end
            }
            var prefix = false
            if word.hasSuffix("*") {
                prefix = true
                word.removeLast()
            }
            word = String(word.filter { $0 != "\"" })
            let trimmed = word.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
            guard !trimmed.isEmpty, !["AND", "OR", "NOT"].contains(trimmed) || negate else { continue }
            let term = Term(text: trimmed, isPrefix: prefix)
            if negate { excluded.append(term) } else { required.append(term) }
        }
    }

    public var isEmpty: Bool { required.isEmpty }
}
