/// The comparable form of a name: case and Latin accents folded, curly apostrophes straight,
/// every dash between words made a hyphen without spaces (`Forestier – Walker` and
/// `Forestier-Walker` are one name), white space collapsed.
struct NameForm: Hashable, Sendable {
    /// The folded words of the name.
    let words: [String]

    init(_ name: String) {
        if let words = Self.asciiWords(name) {
            self.words = words
            return
        }
        var folded = ""
        for scalar in name.unicodeScalars {
            if ScalarClass.isDash(scalar) {
                while folded.last == " " { folded.removeLast() }
                folded.append("-")
            } else if ScalarClass.isSpace(scalar) || ScalarClass.isNewline(scalar) {
                if !folded.isEmpty && folded.last != " " && folded.last != "-" { folded.append(" ") }
            } else if scalar.value < 0x80 {
                folded.unicodeScalars.append(scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar)
            } else if let ascii = ScalarFolding.ascii(scalar) {
                folded.append(ascii)
            } else {
                folded.append(scalar.properties.lowercaseMapping)
            }
        }
        while folded.last == " " || folded.last == "-" { folded.removeLast() }
        words = folded.split(separator: " ").map(String.init)
    }

    init(words: [String]) {
        self.words = words
    }

    /// The same name with each word in its spelling-independent form (`NameSpelling`), so that
    /// `Волков` and `Volkov` compare equal.
    var spelled: NameForm { NameForm(words: words.map(NameSpelling.key(word:))) }

    /// `init` for an ASCII name (most of them), on bytes: its characters are its scalars, so
    /// the same steps give the same words (in ASCII a dash is `-`, spacing is 0x09 to 0x0D and
    /// the space). Nil for any other name.
    private static func asciiWords(_ name: String) -> [String]? {
        var name = name
        return name.withUTF8 { bytes -> [String]? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { folded in
                var n = 0
                for byte in bytes {
                    if byte == 0x2D {
                        while n > 0 && folded[n - 1] == 0x20 { n -= 1 }
                        folded[n] = 0x2D
                        n += 1
                    } else if byte == 0x20 || (0x09...0x0D).contains(byte) {
                        if n > 0 && folded[n - 1] != 0x20 && folded[n - 1] != 0x2D {
                            folded[n] = 0x20
                            n += 1
                        }
                    } else {
                        folded[n] = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
                        n += 1
                    }
                }
                while n > 0 && (folded[n - 1] == 0x20 || folded[n - 1] == 0x2D) { n -= 1 }
                var words: [String] = []
                var start = 0
                for k in 0...n where k == n || folded[k] == 0x20 {
                    if k > start { words.append(String(decoding: UnsafeBufferPointer(rebasing: folded[start..<k]), as: UTF8.self)) }
                    start = k + 1
                }
                return words
            }
        }
    }

    var text: String { words.joined(separator: " ") }

    /// Whether `self` is the end of `other` word by word (`tokayev` of `kassym-jomart tokayev`,
    /// `van der berg` of `ingrid van der berg`).
    func isTail(of other: NameForm) -> Bool {
        words.count <= other.words.count && other.words.suffix(words.count).elementsEqual(words)
    }
}
