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
    /// Invalid UTF-8 is decoded with U+FFFD replacement characters and a warning. NUL bytes
    /// mark a binary file when the rest is not valid UTF-8 or when there are more than a few.
    public static func decode(_ data: Data) -> Outcome {
        if data.isEmpty { return .skipped(reason: "empty file") }
        let bytes = [UInt8](data)
        if bytes.count >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)) {
            return decodeUTF16(bytes, littleEndian: bytes[0] == 0xFF)
        }
        var body = bytes[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { body = bytes.dropFirst(3) }
        let nulCount = body.reduce(0) { $0 + ($1 == 0 ? 1 : 0) }
        if let text = String(validating: body, as: UTF8.self) {
            // A stray NUL in otherwise valid text is shown as a placeholder later; many are binary.
            if nulCount > max(1, body.count / 100) { return .skipped(reason: "binary file (contains NUL bytes)") }
            return .text(text, warnings: nulCount > 0 ? ["contains \(nulCount) NUL byte\(nulCount == 1 ? "" : "s")"] : [])
        }
        if nulCount > 0 { return .skipped(reason: "binary file (contains NUL bytes)") }
        let text = String(decoding: body, as: UTF8.self)
        let replaced = text.unicodeScalars.reduce(0) { $0 + ($1 == "\u{FFFD}" ? 1 : 0) }
        return .text(text, warnings: ["invalid UTF-8: \(replaced) byte sequence\(replaced == 1 ? "" : "s") shown as \u{FFFD}"])
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
