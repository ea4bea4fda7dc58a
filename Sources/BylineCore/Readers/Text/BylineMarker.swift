/// A line naming the report's author: `By admin`, `by Newsdesk`, `Written by Amara Okafor`.
///
/// A story sentence can start with "By" too (`By the time the ships docked…`), so the rest of
/// the line must read as a name: at most eight words, each capitalised or a name particle
/// (`van`, `der`, `bin`, `and`), or a single lower-case handle such as `admin`.
enum BylineMarker {
    private static let labels = [
        "by ", "by: ", "written by ", "words by ", "posted by ", "author: ", "authors: ",
        "reporting by ", "story by ", "report by ",
    ]
    private static let labelStarts = Set(labels.compactMap(\.unicodeScalars.first).flatMap { [$0] + $0.properties.uppercaseMapping.unicodeScalars })
    private static let particles: Set<String> = [
        "and", "&", "van", "der", "den", "de", "del", "della", "di", "da", "dos", "du", "la", "le",
        "von", "bin", "bint", "al", "el", "y", "e", "ibn", "in", "for", "at", "staff", "reporter",
        "reporters", "correspondent", "editor", "desk", "team", "our",
    ]

    /// The name on a byline line, or nil when the line is not one.
    static func parse(_ line: String) -> String? {
        // Every label starts with one of these letters, and no other scalar lower-cases to them.
        guard let first = line.unicodeScalars.first, labelStarts.contains(first) else { return nil }
        // A label and a name of at most 80 characters (checked below) with some spacing.
        guard LineShape.isShort(line, maxCharacters: 120) else { return nil }
        let lower = line.lowercased()
        guard let label = labels.first(where: { lower.hasPrefix($0) }) else { return nil }
        let name = String(line.dropFirst(label.count)).trimmed([" ", "\t", ":", "|", "-", "–", "—"])
        guard !name.isEmpty, name.count <= 80, LineShape.lastMeaningful(name) != "," else { return nil }
        let words = name.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ";" })
        guard (1...8).contains(words.count) else { return nil }
        if words.count == 1, words[0].contains(where: { $0.isLetter }),
           words[0].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }) {
            return name
        }
        let namelike = words.allSatisfy { word in
            guard let first = word.first(where: { $0.isLetter }) else { return word == "&" }
            return first.isUppercase || !first.isCased || particles.contains(word.lowercased())
        }
        guard namelike, let first = words[0].first, first.isUppercase || !first.isCased else { return nil }
        if name.hasSuffix("."), !name.dropLast().hasSuffix(where: { $0.isUppercase }) { return nil }
        return name
    }
}

private extension Substring {
    func hasSuffix(where predicate: (Character) -> Bool) -> Bool {
        guard let last else { return false }
        return predicate(last)
    }
}
