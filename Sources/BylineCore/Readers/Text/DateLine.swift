/// The publication date line at the top of a scraped report, with any byline it carries.
///
///     DateLine.parse("Sat. Jan 22nd, 2022")
///     // date 2022-01-22, text "Sat. Jan 22nd, 2022", byline nil
///     DateLine.parse("Posted on June 3, 2024 by Newsdesk")
///     // date 2024-06-03, text "June 3, 2024", byline "Newsdesk"
struct DateLine: Sendable, Equatable {
    var date: ArticleDate
    /// The date as the line wrote it, without labels such as `Posted on` or the byline.
    var text: String
    /// The name after `by`, when the line gives one.
    var byline: String?

    /// Labels sites put before the date; matched without regard to case.
    private static let labels = [
        "posted on ", "published on ", "updated on ", "last updated on ", "last updated: ",
        "last updated ", "published: ", "updated: ", "posted: ", "date: ", "published ",
        "updated ", "posted ", "dated ",
    ]

    private static let separators: Set<Character> = [" ", "\t", "|", "·", "-", "–", "—"]

    static func parse(_ line: String) -> DateLine? {
        // A label, a date and a name of a few words; longer lines are story text.
        guard LineShape.isShort(line, maxCharacters: 200) else { return nil }
        var rest = line
        let lower = line.lowercased()
        if let label = labels.first(where: { lower.hasPrefix($0) }) {
            rest = String(rest.dropFirst(label.count))
        }
        var byline: String?
        if let by = rest.rangeIgnoringCase(of: " by ") {
            let name = rest[by.upperBound...].trimmed(separators)
            guard !name.isEmpty, LineShape.wordCount(name) <= 6 else { return nil }
            byline = name
            rest = String(rest[..<by.lowerBound])
        }
        let text = rest.trimmed(separators)
        guard !text.isEmpty, let date = DatePhrase.parse(text) else { return nil }
        return DateLine(date: date, text: text, byline: byline)
    }
}
