import BylineCore
import Foundation

/// Turns FTS5 `snippet()` / `highlight()` output into `MarkedText`, and finds where a snippet's
/// first match lies in its report.
///
/// The SQL marks matches with STX and ETX (U+0002, U+0003), which cannot be confused with the
/// brackets or asterisks a report may contain; runs of white space (line breaks between
/// blocks) become one space. Both functions work on UTF-8 bytes: they run for every hit of
/// every search, and going through `Character` or `String.range(of:)` would cost more than
/// SQLite's own work for the search.
public enum SnippetText {
    static let open: UInt8 = 0x02
    static let close: UInt8 = 0x03
    /// The SQL arguments for the markers.
    static let sqlMarkers = "char(2), char(3)"

    /// The opening of a body, cut on a word boundary, on one line: the snippet of a report
    /// that matches filters only.
    public static func lead(_ body: String, length: Int = 160) -> String {
        let flat = marked(body).text
        guard flat.count > length else { return flat }
        var cut = flat.prefix(length)
        if let space = cut.lastIndex(of: " ") { cut = cut[..<space] }
        return cut + "…"
    }

    /// The snippet on one line with its marks, offsets in Unicode scalars.
    public static func marked(_ raw: String) -> MarkedText {
        var out: [UInt8] = []
        out.reserveCapacity(raw.utf8.count)
        var marks: [Range<Int>] = []
        var openAt: Int?
        var pendingSpace = false
        var scalars = 0
        forEachScalar(raw) { bytes, value in
            if value == UInt32(open) || value == UInt32(close) {
                if value == UInt32(open) {
                    if pendingSpace { out.append(0x20); scalars += 1; pendingSpace = false }
                    openAt = scalars
                } else {
                    if let start = openAt, start < scalars { marks.append(start..<scalars) }
                    openAt = nil
                }
                return
            }
            if isSpace(value) {
                pendingSpace = scalars > 0
                return
            }
            if pendingSpace { out.append(0x20); scalars += 1; pendingSpace = false }
            out.append(contentsOf: bytes)
            scalars += 1
        }
        return MarkedText(text: String(decoding: out, as: UTF8.self), marks: marks)
    }

    /// The marked words of a `highlight()` (or `snippet()`), lower-cased, in order, repeats
    /// included: the forms of the query's words the report holds.
    public static func markedWords(_ raw: String?) -> [String] {
        guard var raw else { return [] }
        var words: [String] = []
        // The markers are control characters, each a character of its own, so they are found
        // among the bytes: `highlight()` gives the whole body, and stepping through it by
        // characters took a millisecond per hit.
        raw.withUTF8 { bytes in
            var from = 0
            while let open = bytes[from...].firstIndex(of: 2) {
                guard let close = bytes[(open + 1)...].firstIndex(of: 3) else { break }
                if close > open + 1 {
                    words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[(open + 1)..<close]), as: UTF8.self).lowercased())
                }
                from = close + 1
            }
        }
        return words
    }

    /// The Unicode scalar offset in `body` of the first match of `snippet`, a `snippet()` of that
    /// body: the snippet is found in the body with its markers and ellipses removed.
    public static func firstMatchOffset(snippet: String, ellipsis: String, body: String) -> Int? {
        firstMatchOffset(snippet: snippet, ellipsis: ellipsis, body: Data(body.utf8))
    }

    /// The same, with the body's UTF-8 bytes as SQLite holds them (no copy into a `String`).
    static func firstMatchOffset(snippet: String, ellipsis: String, body: Data) -> Int? {
        var excerpt: [UInt8] = []
        var firstMark: Int?
        var snippet = snippet
        snippet.withUTF8 { bytes in
            var from = 0
            if bytes.starts(with: ellipsis.utf8) { from = ellipsis.utf8.count }
            excerpt.reserveCapacity(bytes.count)
            for byte in bytes[from...] {
                if byte == open {
                    if firstMark == nil { firstMark = excerpt.count }
                } else if byte != close {
                    excerpt.append(byte)
                }
            }
        }
        if excerpt.count > ellipsis.utf8.count, excerpt.suffix(ellipsis.utf8.count).elementsEqual(ellipsis.utf8) {
            excerpt.removeLast(ellipsis.utf8.count)
        }
        guard let firstMark, !excerpt.isEmpty else { return nil }
        return body.withUnsafeBytes { raw -> Int? in
            let hay = raw.bindMemory(to: UInt8.self)
            guard let start = firstOccurrence(of: excerpt, in: hay) else { return nil }
            return scalarCount(hay[..<(start + firstMark)])
        }
    }

    /// Where `needle` first occurs in `text`, in Unicode scalars.
    static func scalarOffset(of needle: String, in text: String) -> Int? {
        guard !needle.isEmpty else { return nil }
        var text = text
        return text.withUTF8 { hay in firstOccurrence(of: Array(needle.utf8), in: hay).map { scalarCount(hay[..<$0]) } }
    }

    private static func firstOccurrence(of needle: [UInt8], in hay: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !needle.isEmpty, needle.count <= hay.count, let base = hay.baseAddress else { return nil }
        let first = needle[0]
        return needle.withUnsafeBufferPointer { pin in
            (0...(hay.count - pin.count)).first { i in hay[i] == first && memcmp(base + i, pin.baseAddress!, pin.count) == 0 }
        }
    }

    /// Scalars start at every byte that is not a UTF-8 continuation byte.
    static func scalarCount(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Int {
        bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }

    /// Calls `body` with each scalar's bytes and value.
    private static func forEachScalar(_ text: String, _ body: (ArraySlice<UInt8>, UInt32) -> Void) {
        let bytes = Array(text.utf8)
        var i = 0
        while i < bytes.count {
            let lead = bytes[i]
            let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            let end = min(i + length, bytes.count)
            var value = length == 1 ? UInt32(lead) : UInt32(lead) & (0xFF >> (length + 1))
            for byte in bytes[(i + 1)..<end] { value = value << 6 | UInt32(byte & 0x3F) }
            body(bytes[i..<end], value)
            i = end
        }
    }

    /// White space, decided without a Unicode property lookup for ASCII, which is most text.
    @inline(__always)
    static func isSpace(_ value: UInt32) -> Bool {
        if value < 0x80 { return value == 0x20 || (0x09...0x0D).contains(value) }
        return Unicode.Scalar(value)?.properties.isWhitespace ?? false
    }
}
