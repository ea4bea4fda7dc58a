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
    /// The lines of `text` at most `width` columns wide (at least one column is assumed).
    /// Runs of spaces collapse to one; an empty text gives no lines.
    public static func wrap(_ text: String, width: Int) -> [String] {
        let width = max(1, width)
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        for piece in pieces(text) {
            let gap = line.isEmpty || !piece.spaceBefore ? 0 : 1
            if lineWidth + gap + piece.width <= width {
                if gap == 1 { line += " " }
                line += piece.text
                lineWidth += gap + piece.width
                continue
            }
            if !line.isEmpty { lines.append(line) }
            line = ""
            lineWidth = 0
            if isWebAddress(piece.text) {
                lines.append(piece.text)
                continue
            }
            var rest = Substring(piece.text)
            while DisplayWidth.of(rest) > width {
                let head = DisplayWidth.prefix(String(rest), fitting: width)
                let cut = head.isEmpty ? rest.prefix(1) : Substring(head)
                lines.append(String(cut))
                rest = rest.dropFirst(cut.count)
            }
            line = String(rest)
            lineWidth = DisplayWidth.of(rest)
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    /// `https://…`, `http://…`, `www.…`, also in brackets or quotes.
    public static func isWebAddress(_ word: String) -> Bool {
        let w = word.drop { "([<“\"'".contains($0) }
        return w.hasPrefix("https://") || w.hasPrefix("http://") || w.hasPrefix("www.")
    }

    private struct Piece {
        var text: String
        var width: Int
        /// Whether a space separated this piece from the one before.
        var spaceBefore: Bool
    }

    /// Words, with each wide character its own piece so lines can break beside it. Closing
    /// punctuation (`。`, `、`, `」`) stays with the character before it, and an opening bracket
    /// or quote with the character after it.
    private static func pieces(_ text: String) -> [Piece] {
        var pieces: [Piece] = []
        var current = ""
        var spaceBefore = false
        func finish() {
            if !current.isEmpty { pieces.append(Piece(text: current, width: DisplayWidth.of(current), spaceBefore: spaceBefore)) }
            current = ""
            spaceBefore = false
        }
        for c in text {
            if c.isWhitespace {
                finish()
                spaceBefore = true
            } else if DisplayWidth.of(c) == 2, let last = current.last, noBreakAfter.contains(last) {
                current.append(c)  // `(渡` stays together: an opening bracket never ends a line
            } else if DisplayWidth.of(c) == 2 && !noBreakBefore.contains(c) {
                // Only a space right before this character separates it; `(` before it does not.
                let hadSpace = current.isEmpty && spaceBefore
                finish()
                current = String(c)
                spaceBefore = hadSpace
                finish()
            } else if noBreakBefore.contains(c), current.isEmpty, !spaceBefore, let last = pieces.popLast() {
                current = last.text + String(c)
                spaceBefore = last.spaceBefore
            } else {
                if let last = current.last, DisplayWidth.of(last) == 2, !noBreakBefore.contains(last) { finish() }
                current.append(c)
            }
        }
        finish()
        return pieces
    }

    private static let noBreakBefore: Set<Character> = ["。", "、", "」", "』", "）", "！", "？", "，", "：", "；", "・", "ー"]
    private static let noBreakAfter: Set<Character> = ["(", "[", "“", "‘", "\"", "「", "『", "（", "《"]
}
