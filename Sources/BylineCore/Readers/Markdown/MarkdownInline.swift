/// Turns inline Markdown into the plain text a reader sees.
///
///     MarkdownInline.plainText("**Okafor** told [Reuters](https://reuters.com) it was *urgent*")
///     // "Okafor told Reuters it was urgent"
///
/// Emphasis, strong, strikethrough and code marks are dropped; links and images keep their
/// text; autolinks keep their address; inline HTML tags are dropped. Marks that open nothing
/// (`Required fields are marked *`, `snake_case`) stay as written.
enum MarkdownInline {
    private enum Piece {
        case text(String)
        case delimiter(Character, count: Int, canOpen: Bool, canClose: Bool)
    }

    static func plainText(_ text: String) -> String {
        plainText(text, depth: 0)
    }

    /// Link labels are reduced recursively; past a few levels of links inside links (which
    /// only odd input has) a label is kept as written rather than risk a deep stack.
    private static func plainText(_ text: String, depth: Int) -> String {
        // Every mark is ASCII, so a byte scan finds them without splitting the text into characters.
        let marked = text.utf8.withContiguousStorageIfAvailable { $0.contains(where: isMark) } ?? text.utf8.contains(where: isMark)
        guard marked else { return text }
        return emit(match(pieces(Array(text), depth: depth)))
    }

    /// The bytes that may start markup (`*`, `_`, `~`, a backtick, `[`, `<`, a backslash, `!`),
    /// told apart without hashing each byte of the text.
    private static func isMark(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "`"), UInt8(ascii: "["),
             UInt8(ascii: "<"), UInt8(ascii: "\\"), UInt8(ascii: "!"):
            return true
        default:
            return false
        }
    }

    private static func pieces(_ chars: [Character], depth: Int) -> [Piece] {
        let pairs = BracketPairs(chars)
        let label = { (text: String) in depth < 4 ? plainText(text, depth: depth + 1) : text }
        var pieces: [Piece] = []
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "\\", i + 1 < chars.count, chars[i + 1].isASCII, chars[i + 1].isPunctuation || chars[i + 1].isSymbol {
                pieces.append(.text(String(chars[i + 1])))
                i += 2
            } else if c == "`" {
                let run = chars[i...].prefix(while: { $0 == "`" }).count
                if let end = closingBackticks(chars, from: i + run, run: run) {
                    pieces.append(.text(String(chars[(i + run)..<end]).trimmed([" "])))
                    i = end + run
                } else {
                    pieces.append(.text(String(repeating: "`", count: run)))
                    i += run
                }
            } else if c == "!", i + 1 < chars.count, chars[i + 1] == "[", let image = MarkdownLink.parse(chars, at: i + 1, pairs: pairs) {
                pieces.append(.text(label(image.label)))
                i = image.end
            } else if c == "[", let link = MarkdownLink.parse(chars, at: i, pairs: pairs) {
                pieces.append(.text(label(link.label)))
                i = link.end
            } else if c == "<", let (replacement, end) = angleBracket(chars, at: i) {
                pieces.append(.text(replacement))
                i = end
            } else if c == "*" || c == "_" || c == "~" {
                let run = chars[i...].prefix(while: { $0 == c }).count
                let before: Character = i > 0 ? chars[i - 1] : " "
                let after: Character = i + run < chars.count ? chars[i + run] : " "
                var canOpen = !after.isWhitespace
                var canClose = !before.isWhitespace
                if c == "_" {
                    canOpen = canOpen && !(before.isLetter || before.isNumber)
                    canClose = canClose && !(after.isLetter || after.isNumber)
                }
                if c == "~" && run != 2 { canOpen = false; canClose = false }
                pieces.append(.delimiter(c, count: run, canOpen: canOpen, canClose: canClose))
                i += run
            } else {
                pieces.append(.text(String(c)))
                i += 1
            }
        }
        return pieces
    }

    /// Pairs closing runs with the nearest opening run of the same mark and drops both.
    private static func match(_ input: [Piece]) -> [Piece] {
        var pieces = input
        var openers: [Int] = []
        for k in pieces.indices {
            guard case let .delimiter(c, count, canOpen, canClose) = pieces[k] else { continue }
            var remaining = count
            if canClose {
                while remaining > 0, let position = openers.lastIndex(where: { isOpener(pieces[$0], c) }) {
                    guard case let .delimiter(_, openCount, _, _) = pieces[openers[position]] else { break }
                    let used = min(openCount, remaining) >= 2 ? 2 : 1
                    pieces[openers[position]] = .delimiter(c, count: openCount - used, canOpen: true, canClose: false)
                    remaining -= used
                    if openCount - used == 0 {
                        openers.removeSubrange(position...)
                    } else {
                        openers.removeSubrange((position + 1)...)
                    }
                }
            }
            pieces[k] = .delimiter(c, count: remaining, canOpen: canOpen, canClose: canClose)
            if canOpen && remaining > 0 { openers.append(k) }
        }
        return pieces
    }

    private static func isOpener(_ piece: Piece, _ c: Character) -> Bool {
        if case let .delimiter(d, count, canOpen, _) = piece { return d == c && count > 0 && canOpen }
        return false
    }

    private static func emit(_ pieces: [Piece]) -> String {
        var out = ""
        for piece in pieces {
            switch piece {
            case .text(let s): out += s
            case let .delimiter(c, count, _, _): out += String(repeating: c, count: count)
            }
        }
        return out
    }

    private static func closingBackticks(_ chars: [Character], from start: Int, run: Int) -> Int? {
        var i = start
        while i < chars.count {
            if chars[i] == "`" {
                let n = chars[i...].prefix(while: { $0 == "`" }).count
                if n == run { return i }
                i += n
            } else {
                i += 1
            }
        }
        return nil
    }

    /// `<https://…>` keeps its address; an inline tag such as `<br>` or `</em>` is dropped.
    private static func angleBracket(_ chars: [Character], at i: Int) -> (String, Int)? {
        guard let close = chars[(i + 1)...].prefix(300).firstIndex(of: ">") else { return nil }
        let inner = String(chars[(i + 1)..<close])
        if LineShape.isURL(inner) || (inner.contains("@") && !inner.contains(" ")) { return (inner, close + 1) }
        let name = inner.hasPrefix("/") ? inner.dropFirst() : Substring(inner)
        guard let first = name.first, first.isASCII, first.isLetter,
              name.prefix(while: { $0.isLetter || $0.isNumber }).count >= 1 else { return nil }
        return ("", close + 1)
    }
}
