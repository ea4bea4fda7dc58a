/// Names as a reader types them to look a person up: `Mr Okafor`, `Dr. van der Berg`.
public enum HonorificStripping {
    /// `name` without the honorifics that open it (`Mr`, `Mrs`, `Dr.`, `Sir`, as the lexicon
    /// lists them), or `name` itself when it has none or is nothing else.
    ///
    ///     HonorificStripping.stripped("Mr Okafor")   // "Okafor"
    public static func stripped(_ name: String) -> String {
        var words = name.split(whereSeparator: \.isWhitespace)
        while words.count > 1, let first = words.first {
            let bare = first.hasSuffix(".") ? first.dropLast() : first
            guard Lexicon.shared.classes(TokenKey.word(String(bare))).contains(.honorific) else { break }
            words.removeFirst()
        }
        return words.joined(separator: " ")
    }
}
