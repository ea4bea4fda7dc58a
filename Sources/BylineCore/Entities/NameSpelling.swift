/// The spelling-independent form of a name that keys an entity across reports, so that one
/// person written in two scripts or two romanisations is one entity:
///
///     NameSpelling.key(NameForm("Дмитрий Волков"))       // "dmitri volkov"
///     NameSpelling.key(NameForm("Dmitry Volkov"))        // "dmitri volkov"
///     NameSpelling.key(NameForm("Nursultan Nazarbayev")) // "nursultan nazarbaev"
///     NameSpelling.key(NameForm("Нурсултан Назарбаев"))  // "nursultan nazarbaev"
///
/// Cyrillic (Russian, Kazakh, Ukrainian letters) is written in Latin letters, then the
/// differences between the usual romanisations are smoothed out: `x` is `ks` (Alexei,
/// Aleksei), `ye` after a vowel or at the start of a word is `e` (Nazarbayev, Nazarbaev;
/// Yevgeny, Evgeny), and a word ending in `y`, `iy`, `ij` or `ii` ends in `i` (Dmitry, Dmitriy,
/// Dmitrij, Dmitri). The key is only compared, never shown.
enum NameSpelling {
    /// The key of a folded name.
    static func key(_ form: NameForm) -> String {
        form.spelled.text
    }

    static func key(word: String) -> String {
        if isOwnKey(word) { return word }
        var letters: [Unicode.Scalar] = []
        letters.reserveCapacity(word.unicodeScalars.count + 4)
        for scalar in word.unicodeScalars {
            if let latin = cyrillic[scalar] {
                letters.append(contentsOf: latin.unicodeScalars)
            } else if scalar == "x" {
                letters.append(contentsOf: ["k", "s"])
            } else {
                letters.append(scalar)
            }
        }
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(letters.count)
        for (i, letter) in letters.enumerated() {
            // `ye` after a vowel or at the start: the `y` is how some romanisations write `е`.
            // A two-letter word keeps it (the surname Ye).
            if letter == "y", letters.count > 2, i + 1 < letters.count, letters[i + 1] == "e", i == 0 || isVowel(letters[i - 1]) {
                continue
            }
            out.append(letter)
        }
        // Dmitry, Dmitriy, Dmitrij, Dmitrii: all Dmitri.
        if out.count > 2 {
            if out.last == "y" || out.last == "j" {
                out[out.count - 1] = "i"
            }
            if out.count > 2, out[out.count - 1] == "i", out[out.count - 2] == "i" {
                out.removeLast()
            }
        }
        return ScalarText.string(out[...])
    }

    /// Most words are ASCII with none of the letters the rules touch (`x`, `y`, `j`, a final
    /// `ii`): they are their own key. Told in one pass over the bytes; in ASCII a final `ii`
    /// is the last two bytes.
    private static func isOwnKey(_ word: String) -> Bool {
        var word = word
        return word.withUTF8 { bytes in
            for b in bytes where b >= 0x80 || b == UInt8(ascii: "x") || b == UInt8(ascii: "y") || b == UInt8(ascii: "j") {
                return false
            }
            return !(bytes.count >= 2 && bytes[bytes.count - 1] == UInt8(ascii: "i") && bytes[bytes.count - 2] == UInt8(ascii: "i"))
        }
    }

    private static func isVowel(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a", "e", "i", "o", "u": true
        default: false
        }
    }

    /// Lower-case Cyrillic letters in Latin letters (close to BGN/PCGN, without diacritics).
    private static let cyrillic: [Unicode.Scalar: String] = [
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
        "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
        "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
        "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
        // Kazakh
        "ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "і": "i",
        // Ukrainian and Belarusian
        "ї": "yi", "є": "ye", "ґ": "g", "ў": "u",
    ]
}
