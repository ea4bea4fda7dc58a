/// How much of one text's wording another repeats, for telling a heading that restates the
/// headline from a real subhead.
enum TextSimilarity {
    /// 1 when every word of `b` is in `a`, falling towards 0 as `b` brings words of its own
    /// (measured in characters of those words).
    ///
    ///     TextSimilarity.of("Dockers strike in Valparaíso", "Dockers strike") == 1
    static func of(_ a: String, _ b: String) -> Double {
        let wordsA = Set(words(a)), wordsB = words(b)
        guard !wordsA.isEmpty, !wordsB.isEmpty else { return 0 }
        let own = wordsB.filter { !wordsA.contains($0) }
        let total = wordsB.joined(separator: " ").utf16.count
        return 1 - Double(own.joined(separator: " ").utf16.count) / Double(total)
    }

    static func words(_ text: String) -> [String] {
        text.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "_") }).map(String.init)
    }
}
