/// A line pointing at where the report came from: `Source link`, `Source: Reuters`, a bare URL.
enum SourceMarker {
    private static let labels = [
        "source:", "sources:", "source -", "source –", "original article:", "originally published at",
        "originally published on", "originally published in", "original source:", "via:",
    ]

    /// Lines that are a source marker whole.
    private static let wholeLines: Set<String> = ["source link", "source", "original source", "view source"]
    private static let labelStarts = Set((labels + wholeLines)
        .compactMap(\.unicodeScalars.first).flatMap { [$0] + $0.properties.uppercaseMapping.unicodeScalars })

    /// What the line gives as the source (`Source link`, a URL, or a named source), or nil.
    static func parse(_ line: String) -> String? {
        if LineShape.isURL(line) { return line }
        // Every label starts with one of these letters, and no other scalar lower-cases to them.
        guard let first = line.unicodeScalars.first, labelStarts.contains(first) else { return nil }
        // A label and a value of at most 200 characters (checked below).
        guard LineShape.isShort(line, maxCharacters: 240) else { return nil }
        let lower = line.lowercased()
        if wholeLines.contains(lower) {
            return line
        }
        guard let label = labels.first(where: { lower.hasPrefix($0) }) else { return nil }
        let value = String(line.dropFirst(label.count)).trimmed([" ", "\t", ":", "-", "–"])
        guard !value.isEmpty, value.count <= 200, LineShape.wordCount(value) <= 10 else { return nil }
        return value
    }
}
