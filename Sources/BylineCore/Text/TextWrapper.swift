/// Breaks text into lines that fit a number of terminal columns.
///
/// Lines break at spaces, and also between wide (CJK) characters, which need no space to
/// break. A word wider than a whole line is cut at the column limit, except a web address,
/// which starts a line and runs past the width so that terminals can click and copy it whole.
/// Widths are measured with
/// `DisplayWidth`, so `東京` takes four columns and `é` written with a combining mark one.
///
///     TextWrapper.wrap("Okafor arrived in Geneva on Monday", width: 16)
///     // ["Okafor arrived", "in Geneva on", "Monday"]
public enum TextWrapper {
    /// The lines of `text` at most `width` columns wide (at least one column is assumed), as
    /// `TextLine.wrap` breaks them for the reader, with web addresses kept whole. Runs of
    /// spaces collapse to one; an empty text gives no lines.
    public static func wrap(_ text: String, width: Int) -> [String] {
        let words = text.split(whereSeparator: { $0.isWhitespace })
        guard !words.isEmpty else { return [] }
        let line = TextLine(words.joined(separator: " "))
        return line.wrap(width: max(1, width), wholeWebAddresses: true).map { line.text($0) }
    }

    /// `https://…`, `http://…`, `www.…`, also in brackets or quotes.
    public static func isWebAddress(_ word: String) -> Bool {
        let w = word.drop { "([<“\"'".contains($0) }
        return w.hasPrefix("https://") || w.hasPrefix("http://") || w.hasPrefix("www.")
    }
}
