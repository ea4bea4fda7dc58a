import Foundation
import GRDB

/// Checks a report's text for the exact form of a word or phrase (`=election`, `"water
/// rights"`), which the stemmed full-text index cannot tell from the other forms sharing its
/// stems.
///
/// The index holds each word once, by stem; a query for an exact form matches by stem and then
/// keeps the reports whose title or body hold the words as written, compared as FTS5's
/// `unicode61` tokenizer compares them: split on anything but letters and digits, case and
/// accents ignored. Only the reports FTS5 found are read, and a ranked search stops reading
/// once it has its page of hits.
///
///     ExactForm.contains(ExactForm.words("Water rights"), in: "The water rights of farmers")   // true
///     ExactForm.contains(ExactForm.words("election"), in: "Elections were held")              // false
enum ExactForm {
    /// The folded words of `text`, as the tokenizer splits them.
    static func words(_ text: String) -> [[UInt8]] {
        var out: [[UInt8]] = []
        var text = text
        text.withUTF8 { buffer in
            forEachToken(buffer) { token in out.append(folded(buffer[token])) }
        }
        return out
    }

    /// Whether `phrase` (from `words`) occurs in `text` as consecutive words.
    static func contains(_ phrase: [[UInt8]], in text: String) -> Bool {
        guard !phrase.isEmpty else { return false }
        var text = text
        return text.withUTF8 { contains(phrase, in: $0) }
    }

    static func contains(_ phrase: [[UInt8]], in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !phrase.isEmpty else { return false }
        // The last `phrase.count` tokens seen, as a ring.
        var recent = [Range<Int>](repeating: 0..<0, count: phrase.count)
        var seen = 0
        var found = false
        forEachToken(text) { token in
            guard !found else { return }
            recent[seen % phrase.count] = token
            seen += 1
            guard seen >= phrase.count else { return }
            found = (0..<phrase.count).allSatisfy { i in
                equal(text[recent[(seen - phrase.count + i) % phrase.count]], phrase[i])
            }
        }
        return found
    }

    /// `bylineExact(title, body, text)`: 1 when the title or body holds `text`'s words as
    /// written; registered on every connection to the index.
    static let sqlFunction = DatabaseFunction("bylineExact", argumentCount: 3, pure: true) { values in
        guard let wanted = String.fromDatabaseValue(values[2]) else { return false }
        let phrase = words(wanted)
        for value in values.prefix(2) {
            if let text = String.fromDatabaseValue(value), contains(phrase, in: text) { return true }
        }
        return false
    }

    /// Compares a token of the text with a folded word: byte by byte, lower-casing ASCII, and
    /// through Unicode folding only when the token holds other letters.
    private static func equal(_ token: Slice<UnsafeBufferPointer<UInt8>>, _ word: [UInt8]) -> Bool {
        if token.allSatisfy({ $0 < 0x80 }) {
            guard token.count == word.count else { return false }
            return zip(token, word).allSatisfy { lower($0) == $1 }
        }
        return folded(token) == word
    }

    private static func folded(_ token: Slice<UnsafeBufferPointer<UInt8>>) -> [UInt8] {
        if token.allSatisfy({ $0 < 0x80 }) { return token.map(lower) }
        let text = String(decoding: token, as: UTF8.self)
        var out = String.UnicodeScalarView()
        for scalar in text.decomposedStringWithCanonicalMapping.lowercased().unicodeScalars {
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .spacingMark: continue
            default: out.append(scalar)
            }
        }
        return Array(String(out).utf8)
    }

    @inline(__always)
    private static func lower(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    /// Calls `body` with the byte range of each token: a run of letters, digits, marks and
    /// private-use characters (`unicode61`'s default token characters, marks kept with their
    /// letter).
    private static func forEachToken(_ text: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) -> Void) {
        var start: Int?
        var i = 0
        while i < text.count {
            let lead = text[i]
            let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            let end = min(i + length, text.count)
            let isToken: Bool
            if lead < 0x80 {
                isToken = (lead >= 0x30 && lead <= 0x39) || (lead | 0x20 >= 0x61 && lead | 0x20 <= 0x7A)
            } else {
                var value = UInt32(lead) & (0xFF >> (length + 1))
                for byte in text[(i + 1)..<end] { value = value << 6 | UInt32(byte & 0x3F) }
                isToken = Unicode.Scalar(value).map(isTokenScalar) ?? false
            }
            if isToken {
                if start == nil { start = i }
            } else if let s = start {
                body(s..<i)
                start = nil
            }
            i = end
        }
        if let s = start { body(s..<text.count) }
    }

    private static func isTokenScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber, .privateUse, .nonspacingMark, .spacingMark, .enclosingMark:
            return true
        default:
            return false
        }
    }
}
