/// A Markdown link or image: `[label](destination "title")`, `[label][ref]`.
struct MarkdownLink: Equatable {
    var label: String
    var destination: String?
    var title: String?
    /// The index just past the link in the characters it was read from.
    var end: Int

    /// Reads a link whose `[` is at `start`; nil when the brackets are not a link (a credit
    /// such as `[Mariana Costa/Reuters]` stays text).
    static func parse(_ chars: [Character], at start: Int) -> MarkdownLink? {
        guard start < chars.count, chars[start] == "[", let close = matching(chars, from: start, open: "[", close: "]") else { return nil }
        let label = String(chars[(start + 1)..<close])
        var i = close + 1
        if i < chars.count, chars[i] == "[" {
            guard let refEnd = matching(chars, from: i, open: "[", close: "]") else { return nil }
            return MarkdownLink(label: label, destination: nil, title: nil, end: refEnd + 1)
        }
        guard i < chars.count, chars[i] == "(" else { return nil }
        i += 1
        skipSpaces(chars, &i)
        var destination = ""
        if i < chars.count, chars[i] == "<" {
            guard let gt = chars[i...].firstIndex(of: ">") else { return nil }
            destination = String(chars[(i + 1)..<gt])
            i = gt + 1
        } else {
            var depth = 0
            while i < chars.count, !chars[i].isWhitespace {
                if chars[i] == "(" { depth += 1 }
                if chars[i] == ")" { if depth == 0 { break }; depth -= 1 }
                destination.append(chars[i])
                i += 1
            }
        }
        skipSpaces(chars, &i)
        var title: String?
        if i < chars.count, let closer = ["\"": "\"", "'": "'", "(": ")"][String(chars[i])] {
            guard let end = chars[(i + 1)...].firstIndex(of: Character(closer)) else { return nil }
            title = String(chars[(i + 1)..<end])
            i = end + 1
            skipSpaces(chars, &i)
        }
        guard i < chars.count, chars[i] == ")" else { return nil }
        return MarkdownLink(label: label, destination: destination, title: title, end: i + 1)
    }

    /// The index of the bracket closing the one at `from`, counting nested pairs and escapes.
    static func matching(_ chars: [Character], from: Int, open: Character, close: Character) -> Int? {
        var depth = 0
        var i = from
        while i < chars.count {
            if chars[i] == "\\" { i += 2; continue }
            if chars[i] == open { depth += 1 }
            if chars[i] == close {
                depth -= 1
                if depth == 0 { return i }
            }
            i += 1
        }
        return nil
    }

    private static func skipSpaces(_ chars: [Character], _ i: inout Int) {
        while i < chars.count, chars[i] == " " || chars[i] == "\t" { i += 1 }
    }
}
