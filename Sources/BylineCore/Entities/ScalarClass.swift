/// Letter, digit and punctuation tests on Unicode scalars, with ASCII answered first.
///
/// The tests are inlined into the tokenizer's loops; what lies beyond ASCII asks Unicode's
/// property tables out of line (`beyondASCII`), which keeps those loops small.
enum ScalarClass {
    @inline(__always)
    static func isLetter(_ c: Unicode.Scalar) -> Bool {
        isAlphabetic(c) || c.value >= 0x80 && isMark(c)
    }

    /// `properties.isAlphabetic`, which in ASCII holds for the letters only.
    @inline(__always)
    static func isAlphabetic(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
        return beyondASCII(c).isAlphabetic
    }

    @inline(__always)
    static func isDigit(_ c: Unicode.Scalar) -> Bool {
        c.value >= 0x30 && c.value <= 0x39
    }

    @inline(__always)
    static func isLetterOrDigit(_ c: Unicode.Scalar) -> Bool {
        isLetter(c) || isDigit(c)
    }

    @inline(__always)
    static func isUpper(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        return beyondASCII(c).isUpper
    }

    @inline(__always)
    static func isLower(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return v >= 0x61 && v <= 0x7A }
        return beyondASCII(c).isLowercase
    }

    /// The properties the inlined tests need of a scalar beyond ASCII.
    @inline(never)
    private static func beyondASCII(_ c: Unicode.Scalar) -> (isAlphabetic: Bool, isUpper: Bool, isLowercase: Bool) {
        let bits = knownBits(c) ?? propertyBits(c)
        return (bits & Bits.alphabetic != 0, bits & Bits.upper != 0, bits & Bits.lower != 0)
    }

    static func isMark(_ c: Unicode.Scalar) -> Bool {
        (knownBits(c) ?? propertyBits(c)) & Bits.mark != 0
    }

    /// The four properties the tests ask about, as bits of one byte.
    enum Bits {
        static let alphabetic: UInt8 = 1, upper: UInt8 = 2, lower: UInt8 = 4, mark: UInt8 = 8
    }

    /// The `Bits` of a scalar, from Unicode's property tables (several look-ups, each costing
    /// more than the tokenizer spends on a whole ASCII word).
    static func propertyBits(_ c: Unicode.Scalar) -> UInt8 {
        let p = c.properties
        let category = p.generalCategory
        var bits: UInt8 = 0
        if p.isAlphabetic { bits |= Bits.alphabetic }
        if p.isUppercase || category == .titlecaseLetter { bits |= Bits.upper }
        if p.isLowercase { bits |= Bits.lower }
        if category == .nonspacingMark || category == .spacingMark || category == .enclosingMark { bits |= Bits.mark }
        return bits
    }

    /// The `Bits` of the scalars beyond ASCII that news text is made of, without the property
    /// tables: Latin letters with diacritics and the general punctuation (curly quotes and
    /// dashes, in nearly every English story) from tables made once from `propertyBits`, and
    /// the CJK ideographs and Hangul syllables, every one a caseless letter. Nil for others.
    @inline(__always)
    static func knownBits(_ c: Unicode.Scalar) -> UInt8? {
        let v = c.value
        if v &- 0x80 < UInt32(latin.count) { return latin[Int(v - 0x80)] }
        if v &- 0x2000 < UInt32(punctuation.count) { return punctuation[Int(v - 0x2000)] }
        if (0x4E00...0x9FFF).contains(v) || (0xAC00...0xD7A3).contains(v) { return Bits.alphabetic }
        return nil
    }

    /// `propertyBits` of U+0080–U+024F (Latin-1 Supplement, Latin Extended-A and -B).
    private static let latin: [UInt8] = (0x80..<0x250).map { propertyBits(Unicode.Scalar(UInt32($0))!) }
    /// `propertyBits` of U+2000–U+206F (General Punctuation).
    private static let punctuation: [UInt8] = (0x2000..<0x2070).map { propertyBits(Unicode.Scalar(UInt32($0))!) }

    /// Spaces and tabs; line breaks are told apart by `isNewline`.
    @inline(__always)
    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return v == 0x20 || v == 0x09 || v == 0x0D || v == 0x0B || v == 0x0C }
        return v == 0xA0 || v == 0xFEFF || v == 0x200B || (c.properties.isWhitespace && !isNewline(c))
    }

    @inline(__always)
    static func isNewline(_ c: Unicode.Scalar) -> Bool {
        c.value == 0x0A || c.value == 0x2028 || c.value == 0x2029 || c.value == 0x85
    }

    /// Apostrophes that may sit inside a word (`O'Brien`, `Tokayev’s`).
    @inline(__always)
    static func isApostrophe(_ c: Unicode.Scalar) -> Bool {
        c.value == 0x27 || c.value == 0x2019 || c.value == 0x02BC
    }

    /// Hyphens that may join a word (`Kassym-Jomart`); dashes (`–`, `—`) never do.
    @inline(__always)
    static func isHyphen(_ c: Unicode.Scalar) -> Bool {
        c.value == 0x2D || c.value == 0x2010 || c.value == 0x2011
    }

    /// Hyphens and dashes, for `Forestier – Walker`.
    static func isDash(_ c: Unicode.Scalar) -> Bool {
        isHyphen(c) || c.value == 0x2013 || c.value == 0x2014 || c.value == 0x2012 || c.value == 0x2212
    }

    static func isOpeningQuote(_ c: Unicode.Scalar) -> Bool {
        c.value == 0x201C || c.value == 0x201E || c.value == 0xAB || c.value == 0x2018 || c.value == 0x201A
    }

    static func isClosingQuote(_ c: Unicode.Scalar) -> Bool {
        c.value == 0x201D || c.value == 0xBB || c.value == 0x2019
    }

    /// Marks that end a sentence.
    static func isSentenceEnd(_ c: Unicode.Scalar) -> Bool {
        c == "." || c == "!" || c == "?" || c.value == 0x2026
    }
}
