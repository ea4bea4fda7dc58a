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
        var text = text
        // Native strings are contiguous already; this only copies a bridged one.
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable(split(utf8:)) ?? []
    }

    /// `split` over the bytes of valid UTF-8 text; offsets count scalars, that is every byte
    /// but a continuation byte.
    private static func split(utf8 bytes: UnsafeBufferPointer<UInt8>) -> [SourceLine] {
        var lines: [SourceLine] = []
        var lineStart = 0       // byte
        var lineStartOffset = 0 // scalar
        var offset = 0          // scalars before byte `i`
        var i = 0
        let count = bytes.count
        while i < count {
            let byte = bytes[i]
            var breakLength = 0
            if byte == 0x0A {
                breakLength = 1
            } else if byte == 0x0D {
                breakLength = i + 1 < count && bytes[i + 1] == 0x0A ? 2 : 1
            } else if byte == 0xE2, i + 2 < count, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA8 {
                breakLength = 3  // U+2028
            }
            if breakLength == 0 {
                if byte & 0xC0 != 0x80 { offset += 1 }
                i += 1
                continue
            }
            lines.append(make(bytes, lineStart..<i, start: lineStartOffset, number: lines.count + 1))
            // `\r\n` counts two scalars, U+2028 one.
            offset += breakLength == 3 ? 1 : breakLength
            i += breakLength
            lineStart = i
            lineStartOffset = offset
        }
        if lineStart < count { lines.append(make(bytes, lineStart..<count, start: lineStartOffset, number: lines.count + 1)) }
        return lines
    }

    private static func make(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, start: Int, number: Int) -> SourceLine {
        var lower = range.lowerBound, upper = range.upperBound
        var leading = 0
        while lower < upper, let length = trimmableLength(bytes, at: lower, limit: upper) {
            lower += length
            leading += 1
        }
        while upper > lower, let length = trimmableLength(bytes, endingAt: upper, limit: lower) { upper -= length }
        let raw = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        let text = lower == range.lowerBound && upper == range.upperBound
            ? raw : String(decoding: UnsafeBufferPointer(rebasing: bytes[lower..<upper]), as: UTF8.self)
        return SourceLine(text: text, raw: raw, offset: start + leading, number: number)
    }

    /// The UTF-8 length of the `isTrimmable` scalar starting at byte `i`, if one does.
    private static func trimmableLength(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, limit: Int) -> Int? {
        for (length, encoded) in trimmableUTF8 where i + length <= limit {
            if (0..<length).allSatisfy({ bytes[i + $0] == encoded[$0] }) { return length }
        }
        return nil
    }

    /// The UTF-8 length of the `isTrimmable` scalar ending just before byte `end`, if one does.
    private static func trimmableLength(_ bytes: UnsafeBufferPointer<UInt8>, endingAt end: Int, limit: Int) -> Int? {
        for (length, encoded) in trimmableUTF8 where end - length >= limit {
            if (0..<length).allSatisfy({ bytes[end - length + $0] == encoded[$0] }) { return length }
        }
        return nil
    }

    /// The scalars `isTrimmable` accepts, as UTF-8.
    private static let trimmableUTF8: [(Int, [UInt8])] = {
        let scalars: [Unicode.Scalar] = [" ", "\t", "\u{A0}", "\u{FEFF}", "\u{3000}", "\u{2009}", "\u{200B}"]
        assert(scalars.allSatisfy(isTrimmable))
        return scalars.map { scalar in
            let bytes = Array(String(scalar).utf8)
            return (bytes.count, bytes)
        }
    }()

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
