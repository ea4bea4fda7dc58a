/// Finds the sentence around a stretch of text, for mention lists ("what did they say?").
enum SentenceFinder {
    /// The sentence of `text` containing scalars `range`, and the range's offsets inside it.
    /// Sentences end at `.`, `!`, `?` or `…` followed by a space (closing quotes stay with them);
    /// a sentence longer than `maxLength` scalars is cut around the range with `…`.
    static func sentence(in text: String, around range: Range<Int>, maxLength: Int = 320) -> (sentence: String, start: Int, end: Int) {
        let scalars = Array(text.unicodeScalars)
        let lo = min(max(0, range.lowerBound), scalars.count)
        let hi = min(max(lo, range.upperBound), scalars.count)
        var start = lo
        while start > 0 {
            if scalars[start - 1].properties.isWhitespace, start >= 2, endsSentence(scalars, at: start - 2) { break }
            start -= 1
        }
        var end = hi
        while end < scalars.count {
            if isTerminal(scalars[end]) {
                var e = end + 1
                while e < scalars.count, isClosing(scalars[e]) { e += 1 }
                if e == scalars.count || scalars[e].properties.isWhitespace { end = e; break }
            }
            end += 1
        }
        while start < lo, scalars[start].properties.isWhitespace { start += 1 }
        var prefix = "", suffix = ""
        if end - start > maxLength {
            let room = max(0, maxLength - (hi - lo))
            let newStart = max(start, lo - room / 2)
            let newEnd = min(end, max(hi, newStart + maxLength))
            if newStart > start { prefix = "…" }
            if newEnd < end { suffix = "…" }
            start = newStart
            end = newEnd
        }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: prefix.unicodeScalars)
        out.append(contentsOf: scalars[start..<end])
        out.append(contentsOf: suffix.unicodeScalars)
        let shift = prefix.unicodeScalars.count
        return (String(out), lo - start + shift, hi - start + shift)
    }

    private static func endsSentence(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        var j = i
        while j >= 0, isClosing(s[j]) { j -= 1 }
        return j >= 0 && isTerminal(s[j])
    }

    private static func isTerminal(_ s: Unicode.Scalar) -> Bool {
        s == "." || s == "!" || s == "?" || s == "…" || s == "。"
    }

    private static func isClosing(_ s: Unicode.Scalar) -> Bool {
        s == "\"" || s == "'" || s == "”" || s == "’" || s == ")" || s == "»" || s == "」"
    }
}
