extension Article {
    /// A byline as the reader shows it: `Ana Ruiz` → `By Ana Ruiz`. A byline kept as a page
    /// words it already says who wrote it (`By Ana Ruiz`, `Par Luc Moreau`, `Written by Ana
    /// Ruiz, edited by Luc Moreau`) and is shown as it is.
    public static func creditLine(for byline: String) -> String {
        let words = byline.lowercased().split(whereSeparator: { $0.isWhitespace || $0 == ":" }).prefix(2)
        guard let first = words.first else { return byline }
        if ["by", "par", "por", "von", "door"].contains(first) || (words.count == 2 && words.last == "by") { return byline }
        return "By " + byline
    }
}
