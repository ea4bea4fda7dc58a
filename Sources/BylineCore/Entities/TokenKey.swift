/// Hash keys for words and phrases, so lexicon look-ups never build a `String`.
///
/// A word's key is the FNV-1a 64-bit hash of its UTF-8 bytes after folding: lower case, Latin
/// accents removed (`Peña` → `pena`), curly apostrophes made straight and hyphen variants made
/// `-`. `scripts/generate-census-names.py` computes the same hash for the census lexicon.
/// A phrase's key combines its words' keys, so `New York` is found from the two tokens.
enum TokenKey {
    static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x100_0000_01b3

    /// Hashes `scalars[range]` after folding.
    @inline(__always)
    static func word(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>) -> UInt64 {
        var h = offset
        for i in range { h = mix(h, scalars[i]) }
        return h
    }

    /// `h` with one more scalar of a word hashed in, folded; a word's key is `offset` with
    /// each of its scalars mixed in turn.
    @inline(__always)
    static func mix(_ h: UInt64, _ scalar: Unicode.Scalar) -> UInt64 {
        let v = scalar.value
        if v < 0x80 { return mix(h, byte: UInt8(v >= 0x41 && v <= 0x5A ? v + 32 : v)) }
        return mixFolded(h, scalar)
    }

    /// The key of a word given as a string (lexicon entries, tests).
    static func word(_ text: String) -> UInt64 {
        let scalars = Array(text.unicodeScalars)
        return scalars.withUnsafeBufferPointer { word($0, 0..<$0.count) }
    }

    /// The key of a phrase from the keys of its words, in order.
    @inline(__always)
    static func phrase(_ h: UInt64, _ next: UInt64) -> UInt64 {
        (h &* 0x9E37_79B9_7F4A_7C15) ^ next ^ (next >> 29)
    }

    @inline(__always)
    private static func mix(_ h: UInt64, byte: UInt8) -> UInt64 {
        (h ^ UInt64(byte)) &* prime
    }

    /// `mix` beyond ASCII, kept out of line so the ASCII path stays small where it is inlined.
    @inline(never)
    private static func mixFolded(_ h: UInt64, _ scalar: Unicode.Scalar) -> UInt64 {
        var h = h
        if let folded = ScalarFolding.ascii(scalar) {
            for b in folded.utf8 { h = mix(h, byte: b) }
            return h
        }
        let lower = scalar.properties.lowercaseMapping
        for b in lower.utf8 { h = mix(h, byte: b) }
        return h
    }
}

/// Folds the Latin letters with diacritics, typographic apostrophes and hyphens to ASCII.
enum ScalarFolding {
    /// The lower-case ASCII spelling of `scalar` when it is a Latin letter with a diacritic
    /// (U+00C0 to U+017F), an apostrophe or a hyphen; nil for everything else.
    static func ascii(_ scalar: Unicode.Scalar) -> String? {
        switch scalar.value {
        case 0x2019, 0x2018, 0x02BC: return "'"
        case 0x2010, 0x2011: return "-"
        case 0xC0...0x17F:
            let folded = latin[Int(scalar.value - 0xC0)]
            return folded.isEmpty ? nil : folded
        default: return nil
        }
    }

    // U+00C0 ... U+017F, sixteen a row; empty for the two signs (× ÷) among them.
    private static let latin: [String] = [
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
        "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "ss",
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
        "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "y",
        "a", "a", "a", "a", "a", "a", "c", "c", "c", "c", "c", "c", "c", "c", "d", "d",
        "d", "d", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "g", "g", "g", "g",
        "g", "g", "g", "g", "h", "h", "h", "h", "i", "i", "i", "i", "i", "i", "i", "i",
        "i", "i", "ij", "ij", "j", "j", "k", "k", "k", "l", "l", "l", "l", "l", "l", "l",
        "l", "l", "l", "n", "n", "n", "n", "n", "n", "n", "n", "n", "o", "o", "o", "o",
        "o", "o", "oe", "oe", "r", "r", "r", "r", "r", "r", "s", "s", "s", "s", "s", "s",
        "s", "s", "t", "t", "t", "t", "t", "t", "u", "u", "u", "u", "u", "u", "u", "u",
        "u", "u", "u", "u", "w", "w", "y", "y", "y", "z", "z", "z", "z", "z", "z", "s",
    ]
}
