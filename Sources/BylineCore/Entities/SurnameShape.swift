/// Endings that mark a word as a surname in the languages news most often quotes without a
/// census entry: Slavic (`-ov`, `-enko`, `-ić`), Baltic, Greek, Georgian, Armenian, Turkish,
/// Romanian, and their Cyrillic spellings.
enum SurnameShape {
    private static let latin: [String] = [
        "ov", "ova", "ev", "eva", "yev", "yeva", "sky", "skiy", "ski", "ska", "skaya", "enko", "chuk", "czuk",
        "vich", "vych", "vic", "vić", "ic", "ić", "wicz", "czyk", "escu", "eanu", "opoulos", "akis", "idis", "iadis",
        "oglu", "oğlu", "shvili", "dze", "yan", "uddin", "ullah", "zadeh", "inov", "ayev", "iyev", "aev",
        "ovich", "ovic", "evic", "evich", "vili", "auskas", "aitis", "enas", "ulis",
    ]
    private static let cyrillic: [String] = ["ов", "ова", "ев", "ева", "ин", "ина", "ский", "ская", "енко", "ук", "вич"]

    /// Whether `word` (as written) ends like a surname and is long enough to be one.
    static func matches(_ word: String) -> Bool {
        let lower = word.lowercased()
        let count = lower.unicodeScalars.count
        guard count >= 5 else { return false }
        for suffix in latin where lower.hasSuffix(suffix) && count >= suffix.count + 3 {
            // `Mladic`, `Karadzic`, `Petrovic` but not `Atlantic` or `Olympic`.
            if suffix == "ic" || suffix == "ić" {
                let before = lower.unicodeScalars.dropLast(suffix.unicodeScalars.count).last
                if let b = before, !"vzdjčćšžch".unicodeScalars.contains(b) { continue }
            }
            return true
        }
        for suffix in cyrillic where lower.hasSuffix(suffix) && count >= suffix.count + 3 {
            return true
        }
        return false
    }
}
