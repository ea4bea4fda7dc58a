import BylineCore

/// Finds the sentence around a mention, so an entity page can quote it.
///
/// A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes or brackets after it)
/// followed by white space and a character that is not a lower-case letter, except after a
/// title or an initial (`Dr.`, `J.`). Offsets are Unicode scalars, as in `Mention`.
struct SentenceBounds {
    private let scalars: [Unicode.Scalar]
    /// Start offsets of every sentence after the first.
    private let starts: [Int]

    /// Quoting a whole paragraph with no full stop would not help a reader; a mention's
    /// context is cut to this many scalars on each side.
    static let maxContext = 240

    init(_ text: String) {
        scalars = ScalarText.scalars(of: text)
        starts = Self.sentenceStarts(scalars)
    }

    /// The sentence holding `start..<end`, trimmed of surrounding white space, as scalar
    /// offsets; it always contains the mention.
    func sentence(around start: Int, _ end: Int) -> Range<Int> {
        // The last sentence start at or before the mention.
        var lo = 0, hi = starts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if starts[mid] <= start { lo = mid + 1 } else { hi = mid }
        }
        var from = lo == 0 ? 0 : starts[lo - 1]
        var to = lo < starts.count ? starts[lo] : scalars.count
        to = max(to, min(end, scalars.count))
        from = max(from, start - Self.maxContext)
        to = min(to, end + Self.maxContext)
        if from > 0 && from < start && !isSpace(scalars[from - 1]) {
            // Cut inside a long sentence: begin at the next word.
            while from < start && !isSpace(scalars[from]) { from += 1 }
        }
        if to < scalars.count && to > end && !isSpace(scalars[to]) {
            while to > end && !isSpace(scalars[to - 1]) { to -= 1 }
        }
        while from < start && isSpace(scalars[from]) { from += 1 }
        while to > end && isSpace(scalars[to - 1]) { to -= 1 }
        return from..<to
    }

    private static func sentenceStarts(_ s: [Unicode.Scalar]) -> [Int] {
        var starts: [Int] = []
        var i = 0
        while i < s.count {
            let c = s[i]
            // Letters are above `?` (0x3F): one test passes over most of the text.
            guard c.value <= 0x3F || c == "…", c == "." || c == "!" || c == "?" || c == "…" else { i += 1; continue }
            var j = i + 1
            while j < s.count && closers.contains(s[j]) { j += 1 }
            guard j < s.count, isWhitespace(s[j]) else { i = j; continue }
            var k = j
            while k < s.count && isWhitespace(s[k]) { k += 1 }
            guard k < s.count, !isLowercase(s[k]) else { i = k; continue }
            if c == "." && endsWithAbbreviation(s, before: i) { i = k; continue }
            starts.append(k)
            i = k
        }
        return starts
    }

    /// Whether the word before the full stop at `dot` is a title or an initial.
    private static func endsWithAbbreviation(_ s: [Unicode.Scalar], before dot: Int) -> Bool {
        var b = dot
        while b > 0 && (isAlphabetic(s[b - 1]) || s[b - 1] == ".") { b -= 1 }
        // An ASCII word longer than every abbreviation is neither one nor an initial; only
        // shorter words are worth a String.
        if dot - b > longestAbbreviation && s[b..<dot].allSatisfy(\.isASCII) { return false }
        let word = ScalarText.string(s[b..<dot])
        if word.count == 1, let first = word.unicodeScalars.first, first.properties.isUppercase { return true }
        return abbreviations.contains(word.lowercased())
    }

    // The scalar properties below, answered without a table lookup for ASCII.
    private static func isWhitespace(_ c: Unicode.Scalar) -> Bool {
        c.isASCII ? c.value == 0x20 || (0x09...0x0D).contains(c.value) : c.properties.isWhitespace
    }

    private static func isLowercase(_ c: Unicode.Scalar) -> Bool {
        c.isASCII ? (0x61...0x7A).contains(c.value) : c.properties.isLowercase
    }

    private static func isAlphabetic(_ c: Unicode.Scalar) -> Bool {
        c.isASCII ? (0x61...0x7A).contains(c.value | 0x20) : c.properties.isAlphabetic
    }

    private static let longestAbbreviation = abbreviations.map(\.count).max() ?? 0

    private static let closers: Set<Unicode.Scalar> = ["\"", "'", "\u{201D}", "\u{2019}", "\u{00BB}", ")", "]"]

    private static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "st", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt",
        "jr", "sr", "mt", "no", "inc", "ltd", "co", "corp", "vs", "etc", "e.g", "i.e", "u.s", "u.n", "rev",
        "hon", "pres", "maj", "cmdr", "adm", "fr", "messrs", "mme", "mlle",
    ]

    private func isSpace(_ c: Unicode.Scalar) -> Bool { Self.isWhitespace(c) }
}
