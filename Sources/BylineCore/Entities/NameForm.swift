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
    /// the same steps give the same words. Nil for any other name.
    private static func asciiWords(_ name: String) -> [String]? {
        guard name.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        var folded: [UInt8] = []
        folded.reserveCapacity(name.utf8.count)
        for byte in name.utf8 {
            let scalar = Unicode.Scalar(byte)
            if ScalarClass.isDash(scalar) {
                while folded.last == 0x20 { folded.removeLast() }
                folded.append(0x2D)
            } else if ScalarClass.isSpace(scalar) || ScalarClass.isNewline(scalar) {
                if let last = folded.last, last != 0x20 && last != 0x2D { folded.append(0x20) }
            } else {
                folded.append((0x41...0x5A).contains(byte) ? byte + 0x20 : byte)
            }
        }
        while folded.last == 0x20 || folded.last == 0x2D { folded.removeLast() }
        return folded.split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) }
    }

    var text: String { words.joined(separator: " ") }

    /// Whether `self` is the end of `other` word by word (`tokayev` of `kassym-jomart tokayev`,
    /// `van der berg` of `ingrid van der berg`).
    func isTail(of other: NameForm) -> Bool {
        words.count <= other.words.count && Array(other.words.suffix(words.count)) == words
    }
}
