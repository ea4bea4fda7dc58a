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
        let p = c.properties
        return (p.isAlphabetic, p.isUppercase || p.generalCategory == .titlecaseLetter, p.isLowercase)
    }

    static func isMark(_ c: Unicode.Scalar) -> Bool {
        switch c.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

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
