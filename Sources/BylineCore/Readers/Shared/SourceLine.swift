/// One line of a file's text, trimmed, with where it starts counted in Unicode scalars.
///
/// Readers work line by line but must report where each block's text sits in the file, so
/// every line carries the scalar offset of its first non-space character.
struct SourceLine: Sendable, Equatable {
    /// The line without its line break and without leading or trailing spaces and tabs.
    var text: String
    /// The line exactly as written, without its line break (YAML needs its indentation).
    var raw: String
    /// The Unicode-scalar offset of `text`'s first scalar in the file's text.
    var offset: Int
    /// The 1-based line number in the file.
    var number: Int

    var isBlank: Bool { text.isEmpty }

    /// The Unicode-scalar offset of the line's first scalar, spaces included.
    var rawOffset: Int { offset - raw.unicodeScalars.prefix(while: Self.isTrimmable).count }

    /// Splits `text` at `\n`, `\r\n`, `\r` and U+2028. A final line break gives no extra line.
    static func split(_ text: String) -> [SourceLine] {
        var lines: [SourceLine] = []
        var current = String.UnicodeScalarView()
        var lineStart = 0
        var offset = 0
        var previousWasCR = false
        func finish() {
            lines.append(make(raw: current, start: lineStart, number: lines.count + 1))
            current = String.UnicodeScalarView()
        }
        for scalar in text.unicodeScalars {
            defer { offset += 1 }
            if scalar == "\n" && previousWasCR {
                previousWasCR = false
                lineStart = offset + 1
                continue
            }
            previousWasCR = scalar == "\r"
            if scalar == "\n" || scalar == "\r" || scalar == "\u{2028}" {
                finish()
                lineStart = offset + 1
            } else {
                current.append(scalar)
            }
        }
        if !current.isEmpty { finish() }
        return lines
    }

    private static func make(raw: String.UnicodeScalarView, start: Int, number: Int) -> SourceLine {
        let leading = raw.prefix(while: isTrimmable).count
        var trimmed = raw.dropFirst(leading)
        while let last = trimmed.last, isTrimmable(last) { trimmed = trimmed.dropLast() }
        return SourceLine(text: String(String.UnicodeScalarView(trimmed)), raw: String(raw), offset: start + leading, number: number)
    }

    /// Spaces, tabs, no-break spaces and byte-order marks around a line carry no meaning.
    static func isTrimmable(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\t" || s == "\u{A0}" || s == "\u{FEFF}" || s == "\u{3000}"
            || s == "\u{2009}" || s == "\u{200B}"
    }
}

extension Array where Element == SourceLine {
    /// Runs of non-blank lines, in order; blank lines separate them.
    func chunks() -> [[SourceLine]] {
        var result: [[SourceLine]] = []
        var current: [SourceLine] = []
        for line in self {
            if line.isBlank {
                if !current.isEmpty { result.append(current) }
                current = []
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }
}
