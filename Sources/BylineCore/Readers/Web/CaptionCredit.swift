/// Splits a photo credit from the caption it ends, the way news sites print them.
///
///     "Dockworkers block the gate [Mariana Costa/Reuters]"
///     → text: "Dockworkers block the gate", credit: "Mariana Costa/Reuters"
enum CaptionCredit {
    /// The caption without its trailing credit, and the credit without brackets or label.
    /// A bracketed ending always counts; a parenthesised one only when it names an agency
    /// (`(Mariana Costa/Reuters)`), since captions often end in ordinary asides.
    static func split(_ caption: String) -> (text: String, credit: String?) {
        let trimmed = caption.normalizedSpacing
        for (open, close) in [("[", "]"), ("(", ")")] {
            guard trimmed.hasSuffix(close), let start = trimmed.lastIndex(of: Character(open)) else { continue }
            let inside = trimmed[trimmed.index(after: start)..<trimmed.index(before: trimmed.endIndex)]
            let credit = cleaned(String(inside))
            guard !credit.isEmpty, open == "[" || inside.contains("/") || hasLabel(inside) else { continue }
            return (String(trimmed[..<start]).normalizedSpacing, credit)
        }
        return (trimmed, nil)
    }

    /// A credit as shown: labels such as `Photo:` or `©` and surrounding brackets removed.
    static func cleaned(_ credit: String) -> String {
        var text = credit.normalizedSpacing
        if text.hasPrefix("["), text.hasSuffix("]") { text = String(text.dropFirst().dropLast()).normalizedSpacing }
        for label in labels where text.lowercased().hasPrefix(label) {
            text = String(text.dropFirst(label.count)).normalizedSpacing
            break
        }
        return text
    }

    /// Longest first, so `photograph:` wins over `photo`.
    private static let labels = ["photograph by", "photograph:", "photo by", "photo:", "photos:", "picture:",
                                 "image:", "credit:", "foto:", "©", "(c)"]

    private static func hasLabel<S: StringProtocol>(_ text: S) -> Bool {
        let lowered = text.lowercased().normalizedSpacing
        return labels.contains { lowered.hasPrefix($0) }
    }
}
