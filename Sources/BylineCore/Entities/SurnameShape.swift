/// Endings that mark a word as a surname in the languages news most often quotes without a
/// census entry: Slavic (`-ov`, `-enko`, `-ić`), Baltic, Greek, Georgian, Armenian, Turkish,
/// Romanian, Scandinavian, and their Cyrillic spellings.
enum SurnameShape {
    private static let suffixes: [[Unicode.Scalar]] = [
        "ov", "ova", "ev", "eva", "yev", "yeva", "sky", "skiy", "ski", "ska", "skaya", "enko", "chuk", "czuk",
        "vich", "vych", "vic", "vić", "ic", "ić", "wicz", "czyk", "escu", "eanu", "opoulos", "akis", "idis", "iadis",
        "oglu", "oğlu", "shvili", "dze", "yan", "uddin", "ullah", "zadeh", "inov", "ayev", "iyev", "aev",
        "ovich", "ovic", "evic", "evich", "vili", "auskas", "aitis", "enas", "ulis", "qvist", "quist",
        "ов", "ова", "ев", "ева", "ин", "ина", "ский", "ская", "енко", "ук", "вич",
    ].map { Array($0.unicodeScalars) }

    /// Consonants before which `-ic` marks a surname (`Mladic`, `Karadzic`, `Petrovic`) but
    /// not an adjective (`Atlantic`, `Olympic`).
    private static let beforeIc: Set<Unicode.Scalar> = Set("vzdjčćšžch".unicodeScalars)

    /// The endings by their last letter, in order: a word is only compared with the endings
    /// its own last letter could end.
    private static let byFinal = Dictionary(grouping: suffixes, by: { $0.last! })

    /// Whether the word `scalars` ends like a surname and is long enough to be one.
    static func matches(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        let count = scalars.count
        guard count >= 5, let last = scalars.last, let endings = byFinal[lower(last)] else { return false }
        for suffix in endings where count >= suffix.count + 3 && endsWith(scalars, suffix) {
            if suffix.count == 2 && (suffix[0] == "i") && (suffix[1] == "c" || suffix[1] == "ć") {
                let before = lower(scalars[scalars.endIndex - 3])
                if !beforeIc.contains(before) { continue }
            }
            return true
        }
        return false
    }

    private static func endsWith(_ word: ArraySlice<Unicode.Scalar>, _ suffix: [Unicode.Scalar]) -> Bool {
        var w = word.endIndex - 1
        for s in suffix.reversed() {
            if lower(word[w]) != s { return false }
            w -= 1
        }
        return true
    }

    @inline(__always)
    private static func lower(_ c: Unicode.Scalar) -> Unicode.Scalar {
        if c.value >= 0x41 && c.value <= 0x5A { return Unicode.Scalar(c.value + 32)! }
        if c.value < 0x80 { return c }
        return c.properties.lowercaseMapping.unicodeScalars.first ?? c
    }
}
