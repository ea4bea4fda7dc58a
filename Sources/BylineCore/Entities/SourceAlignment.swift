/// Lines up text a reader decoded with the file it came from, where the file writes the same
/// characters in other ways: character references (`&rsquo;`, `&#8217;`), JSON escapes
/// (`\u2019`, `\n`), tags inside a paragraph (`<em>`), and runs of white space the reader
/// collapsed into one space.
///
/// Used by `SourceLocator` for blocks whose text is not a verbatim slice of the file, so that
/// `byline entities` gives the same mentions for a saved web page as `show --json` does.
struct SourceAlignment {
    let file: [Unicode.Scalar]

    /// The file offset of each scalar of `text` (and one past its end), when `text` is written
    /// in the file starting at or after `from`; the earliest such place.
    func align(_ text: [Unicode.Scalar], from: Int) -> [Int]? {
        guard let first = text.first else { return nil }
        var i = max(0, from)
        while i < file.count {
            if file[i] == first || file[i] == "&" || file[i] == "\\" {
                var offsets: [Int] = []
                offsets.reserveCapacity(text.count + 1)
                if walk(text, at: i, recording: &offsets) { return offsets }
            }
            i += 1
        }
        return nil
    }

    /// The file range of `text`, when it is written at or after `from` between word
    /// boundaries.
    func find(_ text: [Unicode.Scalar], from: Int) -> Range<Int>? {
        var start = max(0, from)
        while let offsets = align(text, from: start) {
            let s = offsets[0], e = offsets[offsets.count - 1]
            let before = s > 0 && ScalarClass.isLetterOrDigit(file[s - 1])
            let after = e < file.count && ScalarClass.isLetterOrDigit(file[e])
            if !before && !after { return s..<e }
            start = s + 1
        }
        return nil
    }

    /// Walks `text` against the file from `start`, appending the file offset of each scalar
    /// and the end; false at the first scalar the file does not write there.
    private func walk(_ text: [Unicode.Scalar], at start: Int, recording offsets: inout [Int]) -> Bool {
        var j = start, k = 0
        while k < text.count {
            let c = text[k]
            if ScalarClass.isSpace(c) || ScalarClass.isNewline(c) {
                // One or more spaces in the text: white space, tags or escaped line breaks in
                // the file.
                let at = j
                j = skipSpacing(j)
                guard j > at else { return false }
                while k < text.count && (ScalarClass.isSpace(text[k]) || ScalarClass.isNewline(text[k])) {
                    offsets.append(at)
                    k += 1
                }
                continue
            }
            guard j < file.count else { return false }
            if file[j] == c {
                offsets.append(j)
                j += 1
                k += 1
            } else if let (decoded, length) = escape(at: j), decoded == c {
                offsets.append(j)
                j += length
                k += 1
            } else if j > start, file[j] == "<", let end = tagEnd(j) {
                j = end
            } else {
                return false
            }
        }
        offsets.append(j)
        return true
    }

    private func skipSpacing(_ from: Int) -> Int {
        var j = from
        while j < file.count {
            if ScalarClass.isSpace(file[j]) || ScalarClass.isNewline(file[j]) {
                j += 1
            } else if file[j] == "<", let end = tagEnd(j) {
                j = end
            } else if let (decoded, length) = escape(at: j), ScalarClass.isSpace(decoded) || ScalarClass.isNewline(decoded) {
                j += length
            } else {
                break
            }
        }
        return j
    }

    /// A character reference or JSON escape at `j`: the character it writes and its length.
    private func escape(at j: Int) -> (Unicode.Scalar, Int)? {
        if file[j] == "&" { return HTMLEntities.reference(in: file, at: j) }
        guard file[j] == "\\", j + 1 < file.count else { return nil }
        switch file[j + 1] {
        case "n": return ("\n", 2)
        case "t": return ("\t", 2)
        case "r": return ("\r", 2)
        case "\"", "\\", "/": return (file[j + 1], 2)
        case "u":
            guard let high = hex4(j + 2) else { return nil }
            if (0xD800..<0xDC00).contains(high), j + 11 < file.count, file[j + 6] == "\\", file[j + 7] == "u",
               let low = hex4(j + 8), (0xDC00..<0xE000).contains(low) {
                return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)).map { ($0, 12) }
            }
            return Unicode.Scalar(high).map { ($0, 6) }
        default: return nil
        }
    }

    private func hex4(_ j: Int) -> UInt32? {
        guard j + 4 <= file.count else { return nil }
        return UInt32(String(String.UnicodeScalarView(file[j..<(j + 4)])), radix: 16)
    }

    /// The offset after a tag opening at `j` (`<em>`, `</a>`, `<br/>`), if it is one.
    private func tagEnd(_ j: Int) -> Int? {
        guard j + 1 < file.count, ScalarClass.isLetter(file[j + 1]) || file[j + 1] == "/" else { return nil }
        var k = j + 1
        while k < file.count && k - j < 2_000 {
            if file[k] == ">" { return k + 1 }
            if file[k] == "<" { return nil }
            k += 1
        }
        return nil
    }
}
