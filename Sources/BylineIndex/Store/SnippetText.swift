import BylineCore

/// Turns FTS5 `snippet()` / `highlight()` output into `MarkedText`.
///
/// The SQL marks matches with STX and ETX (U+0002, U+0003), which cannot be confused with the
/// brackets or asterisks a report may contain; runs of white space (blank lines between
/// blocks) become one space.
enum SnippetText {
    static let open: Unicode.Scalar = "\u{2}"
    static let close: Unicode.Scalar = "\u{3}"
    /// The SQL arguments for the markers.
    static let sqlMarkers = "char(2), char(3)"

    static func marked(_ raw: String) -> MarkedText {
        var text = String.UnicodeScalarView()
        var marks: [Range<Int>] = []
        var openAt: Int?
        var pendingSpace = false
        var count = 0
        for scalar in raw.unicodeScalars {
            if scalar == open {
                if pendingSpace { text.append(" "); count += 1; pendingSpace = false }
                openAt = count
                continue
            }
            if scalar == close {
                if let start = openAt, start < count { marks.append(start..<count) }
                openAt = nil
                continue
            }
            if scalar.properties.isWhitespace {
                pendingSpace = count > 0
                continue
            }
            if pendingSpace { text.append(" "); count += 1; pendingSpace = false }
            text.append(scalar)
            count += 1
        }
        return MarkedText(text: String(text), marks: marks)
    }

    /// The snippet as it stands in the body: markers removed, leading ellipsis dropped, white
    /// space kept; and the offset of its first mark in that text.
    static func bodyExcerpt(_ raw: String, ellipsis: String) -> (excerpt: String, firstMark: Int?) {
        var scalars = Substring(raw).unicodeScalars[...]
        if raw.hasPrefix(ellipsis) { scalars = scalars.dropFirst(ellipsis.unicodeScalars.count) }
        var out = String.UnicodeScalarView()
        var firstMark: Int?
        var count = 0
        for scalar in scalars {
            if scalar == open { if firstMark == nil { firstMark = count }; continue }
            if scalar == close { continue }
            out.append(scalar)
            count += 1
        }
        var excerpt = String(out)
        if excerpt.hasSuffix(ellipsis) { excerpt.removeLast(ellipsis.count) }
        return (excerpt, firstMark)
    }
}
