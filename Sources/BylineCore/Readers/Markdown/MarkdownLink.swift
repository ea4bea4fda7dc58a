/// A Markdown link or image: `[label](destination "title")`, `[label][ref]`.
struct MarkdownLink: Equatable {
    var label: String
    var destination: String?
    var title: String?
    /// The index just past the link in the characters it was read from.
    var end: Int

    /// The most characters a link may span. Real links are far shorter; the bound keeps odd
    /// input (thousands of brackets on one line) from costing time quadratic in its length.
    static let maxSpan = 2_000

    /// Reads a link whose `[` is at `start`; nil when the brackets are not a link (a credit
    /// such as `[Mariana Costa/Reuters]` stays text). `pairs` must come from the same `chars`.
    static func parse(_ allChars: [Character], at start: Int, pairs: BracketPairs) -> MarkdownLink? {
        let chars = allChars[..<min(allChars.count, start + maxSpan)]
        guard start < chars.count, chars[start] == "[", let close = pairs.close(of: start), close < chars.count else { return nil }
        let label = String(chars[(start + 1)..<close])
        var i = close + 1
        if i < chars.count, chars[i] == "[" {
            guard let refEnd = pairs.close(of: i), refEnd < chars.count else { return nil }
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

    private static func skipSpaces(_ chars: ArraySlice<Character>, _ i: inout Int) {
        while i < chars.count, chars[i] == " " || chars[i] == "\t" { i += 1 }
    }
}

/// The closing `]` of every `[` in a text, found in one pass (backslash escapes skipped).
struct BracketPairs {
    private var closing: [Int: Int] = [:]

    init(_ chars: [Character]) {
        var open: [Int] = []
        var i = 0
        while i < chars.count {
            switch chars[i] {
            case "\\": i += 1
            case "[": open.append(i)
            case "]": if let start = open.popLast() { closing[start] = i }
            default: break
            }
            i += 1
        }
    }

    /// The index of the `]` closing the `[` at `index`, if it is closed.
    func close(of index: Int) -> Int? {
        closing[index]
    }
}
