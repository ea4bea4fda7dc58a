/// What a line of report text looks like, judged from its shape alone: length, words and final
/// punctuation. Title lines, subheads and related-story lists share these tests.
enum LineShape {
    /// Quotation marks and brackets that may close a line after its last word.
    static let closers: Set<Character> = ["”", "’", "\"", "'", "»", "›", ")", "」", "』"]
    /// Marks that may open a line before its first word.
    static let openers: Set<Character> = ["“", "‘", "\"", "'", "«", "‹", "(", "„", "「", "『"]

    /// Whether `text` has at most `limit` characters, decided without walking a long line to
    /// its end: the shape tests below are for short lines, and a report may be one 10 MB line.
    static func isShort<S: StringProtocol>(_ text: S, maxCharacters limit: Int) -> Bool {
        if text.utf8.count <= limit { return true }
        if let long = text.utf8.withContiguousStorageIfAvailable({ hasMoreCharacters(than: limit, $0) }) ?? nil { return !long }
        return text.dropFirst(limit).isEmpty
    }

    /// Whether UTF-8 `bytes` hold more than `limit` characters, told from their scalars
    /// without grapheme breaking while every scalar looked at stands alone (`standsAlone`,
    /// and no CR before an LF); nil when one does not, for `Character` to decide.
    private static func hasMoreCharacters(than limit: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        var i = 0, scalars = 0
        var previous: UInt32 = 0
        while scalars <= limit {
            // Fewer scalars than that: fewer characters too.
            guard i < bytes.count else { return false }
            let byte = bytes[i]
            if byte < 0x80 {
                guard !(previous == 0x0D && byte == 0x0A) else { return nil }
                previous = UInt32(byte)
                i += 1
                scalars += 1
                continue
            }
            let (scalar, length) = ScalarText.decode(bytes, at: i)
            guard standsAlone(scalar.value), !(previous == 0x0D && scalar.value == 0x0A) else { return nil }
            previous = scalar.value
            i += length
            scalars += 1
        }
        return true
    }

    /// Scalars that never join a neighbour into one character (except CR LF): Latin, Latin-1
    /// and IPA letters, general punctuation (quotes, dashes, spaces; not the joiners U+200C
    /// and U+200D), arrows and geometric shapes.
    static func standsAlone(_ v: UInt32) -> Bool {
        v < 0x300 || (0x2000...0x206F).contains(v) && v != 0x200C && v != 0x200D
            || (0x2190...0x21FF).contains(v) || (0x25A0...0x25FF).contains(v)
    }

    /// The number of words separated by spaces.
    static func wordCount<S: StringProtocol>(_ text: S) -> Int {
        // ASCII text (most lines): its characters are its bytes but CR LF, which is white space
        // either way, and the ASCII white space is 0x09 to 0x0D and the space.
        if let count = text.utf8.withContiguousStorageIfAvailable(asciiWordCount) ?? nil { return count }
        var words = 0
        var inWord = false
        for c in text {
            if c.isWhitespace {
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
            }
        }
        return words
    }

    /// `wordCount` of ASCII bytes; nil when they are not all ASCII.
    private static func asciiWordCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var words = 0
        var inWord = false
        for b in bytes {
            if b >= 0x80 { return nil }
            if b == 0x20 || (0x09...0x0D).contains(b) {
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
            }
        }
        return words
    }

    /// The last character that is not a closing quote or bracket, if any.
    static func lastMeaningful<S: StringProtocol>(_ text: S) -> Character? {
        var s = Substring(text)
        while let last = s.last, closers.contains(last) || last.isWhitespace { s = s.dropLast() }
        return s.last
    }

    /// True when the text ends as a sentence or clause does: `.`, `,`, `;`, `:` or an ellipsis,
    /// looking through closing quotes (`…destroyed.”`).
    static func endsWithClausePunctuation<S: StringProtocol>(_ text: S) -> Bool {
        guard let last = lastMeaningful(text) else { return false }
        return [".", ",", ";", ":", "…", "。", "，", "；", "："].contains(last)
    }

    /// A short line with no final full stop that starts like a heading: the shape of title
    /// lines, subheads and related-story headlines.
    ///
    ///     isHeadingShaped("Russian forces secure airport")   // true
    ///     isHeadingShaped("‘We hear explosions’")            // true
    ///     isHeadingShaped("The talks ended.")                // false
    static func isHeadingShaped(_ text: String, maxWords: Int = 14, maxWidth: Int = 110) -> Bool {
        // Every character but a zero-width one takes a column; the cap only bounds the work.
        guard isShort(text, maxCharacters: 2 * maxWidth) else { return false }
        guard let first = text.first(where: { !openers.contains($0) }) else { return false }
        guard first.isUppercase || first.isNumber || !first.isCased && first.isLetter else { return false }
        guard !endsWithClausePunctuation(text), text.last != "]" else { return false }
        let words = wordCount(text)
        return words >= 1 && words <= maxWords && DisplayWidth.of(text) <= maxWidth
    }

    /// True for `http://…`, `https://…` and `www.…` with no spaces.
    static func isURL<S: StringProtocol>(_ text: S) -> Bool {
        // Only `h`, `H`, `w` and `W` lower-case to the first letter of either opening.
        guard let first = text.utf8.first, first == 0x68 || first == 0x48 || first == 0x77 || first == 0x57 else { return false }
        let lower = text.prefix(8).lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("www.") else { return false }
        return !text.dropFirst(8).isEmpty && !text.contains(where: { $0.isWhitespace })
    }
}

extension Character {
    /// Whether the character has case (Latin, Cyrillic, Greek…); false for CJK, Arabic,
    /// digits and punctuation.
    var isCased: Bool { isUppercase || isLowercase }
}
