/// The comparable form of a name: case and Latin accents folded, curly apostrophes straight,
/// every dash between words made a hyphen without spaces (`Forestier – Walker` and
/// `Forestier-Walker` are one name), white space collapsed.
struct NameForm: Hashable, Sendable {
    /// The folded words of the name.
    let words: [String]

    init(_ name: String) {
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

    var text: String { words.joined(separator: " ") }

    /// Whether `self` is the end of `other` word by word (`tokayev` of `kassym-jomart tokayev`,
    /// `van der berg` of `ingrid van der berg`).
    func isTail(of other: NameForm) -> Bool {
        words.count <= other.words.count && Array(other.words.suffix(words.count)) == words
    }
}
