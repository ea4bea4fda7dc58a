import Foundation

/// Turns a file's bytes into text, or says why they are not a report.
public enum TextDecoding {
    /// What a file's bytes turned out to be.
    public enum Outcome: Sendable, Equatable {
        /// Text, with warnings such as "invalid UTF-8 replaced".
        case text(String, warnings: [String])
        /// Not a report; the reason is one line for the user.
        case skipped(reason: String)
    }

    /// Decodes UTF-8 (with or without a byte-order mark) and UTF-16 with a byte-order mark.
    /// Text with high bytes that never form a UTF-8 sequence is taken for Windows-1252 (a
    /// superset of Latin-1, what older sites and mail dumps use) and decoded with a warning;
    /// otherwise invalid UTF-8 is decoded with U+FFFD replacement characters and a warning. NUL bytes
    /// mark a binary file when the rest is not valid UTF-8 or when there are more than a few.
    public static func decode(_ data: Data) -> Outcome {
        if data.isEmpty { return .skipped(reason: "empty file") }
        let bytes = [UInt8](data)
        if bytes.count >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)) {
            return decodeUTF16(bytes, littleEndian: bytes[0] == 0xFF)
        }
        var body = bytes[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { body = bytes.dropFirst(3) }
        let nulCount = nulBytes(body)
        if let text = String(validating: body, as: UTF8.self) {
            // A stray NUL in otherwise valid text is shown as a placeholder later; many are binary.
            if nulCount > max(1, body.count / 100) { return .skipped(reason: "binary file (contains NUL bytes)") }
            return .text(text, warnings: nulCount > 0 ? ["contains \(nulCount) NUL byte\(nulCount == 1 ? "" : "s")"] : [])
        }
        if nulCount > 0 { return .skipped(reason: "binary file (contains NUL bytes)") }
        if !containsUTF8Sequence(body) {
            return .text(decodeWindows1252(body), warnings: ["not UTF-8; decoded as Windows-1252 (Latin-1)"])
        }
        let text = String(decoding: body, as: UTF8.self)
        let replaced = text.unicodeScalars.reduce(0) { $0 + ($1 == "\u{FFFD}" ? 1 : 0) }
        return .text(text, warnings: ["invalid UTF-8: \(replaced) byte sequence\(replaced == 1 ? "" : "s") shown as \u{FFFD}"])
    }

    /// How many NUL bytes `bytes` hold, found with memchr: most files have none, and then the
    /// count is one call.
    private static func nulBytes(_ bytes: ArraySlice<UInt8>) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            guard var p = buffer.baseAddress else { return 0 }
            let end = p + buffer.count
            var count = 0
            while p < end, let hit = memchr(p, 0, end - p) {
                count += 1
                p = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self)) + 1
            }
            return count
        }
    }

    /// Decodes Windows-1252: Latin-1 plus printable characters (curly quotes, dashes, €) in
    /// 0x80–0x9F; its five unassigned bytes become U+FFFD.
    public static func decodeWindows1252<C: Collection<UInt8>>(_ bytes: C) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for byte in bytes {
            if (0x80...0x9F).contains(byte) {
                scalars.append(Unicode.Scalar(windows1252High[Int(byte) - 0x80]) ?? "\u{FFFD}")
            } else {
                scalars.append(Unicode.Scalar(byte))
            }
        }
        return String(scalars)
    }

    private static let windows1252High: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    /// Whether any well-formed multi-byte UTF-8 sequence occurs: if none does, high bytes are
    /// a single-byte encoding rather than damaged UTF-8.
    private static func containsUTF8Sequence(_ bytes: ArraySlice<UInt8>) -> Bool {
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let b = bytes[i]
            let length = b >= 0xF0 && b <= 0xF4 ? 4 : b >= 0xE0 ? (b <= 0xEF ? 3 : 0) : b >= 0xC2 ? 2 : 0
            if length > 0 && i + length <= bytes.endIndex
                && bytes[(i + 1)..<(i + length)].allSatisfy({ $0 & 0xC0 == 0x80 }) {
                return true
            }
            i += 1
        }
        return false
    }

    private static func decodeUTF16(_ bytes: [UInt8], littleEndian: Bool) -> Outcome {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = 2
        while i + 1 < bytes.count {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(littleEndian ? a | (b << 8) : (a << 8) | b)
            i += 2
        }
        var warnings: [String] = []
        if bytes.count % 2 != 0 { warnings.append("UTF-16 file has an odd number of bytes; the last byte was dropped") }
        let text = String(decoding: units, as: UTF16.self)
        if text.unicodeScalars.contains("\u{FFFD}") { warnings.append("invalid UTF-16 shown as \u{FFFD}") }
        if text.unicodeScalars.contains("\u{0}") { return .skipped(reason: "binary file (contains NUL characters)") }
        return .text(text, warnings: warnings)
    }
}
