/// Where a report's `---` front-matter block is, before its YAML is read.
struct FrontMatterBlock: Equatable {
    /// The YAML between the fences, or nil when the file has no front matter.
    var yaml: String?
    /// The index (in the file's lines) of the first YAML line.
    var yamlStart = 0
    /// The index of the first body line.
    var bodyStart = 0
    var warnings: [String] = []

    /// Finds the block: a first line `---`, then YAML up to a line `---` or `...`.
    ///
    /// When the closing fence is missing, the YAML is taken to end at the first blank line, so
    /// a forgotten `---` costs a warning rather than the whole report.
    static func split(_ lines: [SourceLine]) -> FrontMatterBlock {
        guard let open = lines.firstIndex(where: { !$0.isBlank }), lines[open].text == "---" else {
            return FrontMatterBlock()
        }
        let start = open + 1
        if let close = lines[start...].firstIndex(where: { $0.raw.trimmed() == "---" || $0.raw.trimmed() == "..." }) {
            return FrontMatterBlock(yaml: yamlText(lines[start..<close]), yamlStart: start, bodyStart: close + 1)
        }
        let end = lines[start...].firstIndex(where: \.isBlank) ?? lines.count
        return FrontMatterBlock(
            yaml: yamlText(lines[start..<end]), yamlStart: start, bodyStart: end,
            warnings: ["front matter has no closing “---” line; it was taken to end at the first blank line (line \(end + 1))"]
        )
    }

    private static func yamlText(_ lines: ArraySlice<SourceLine>) -> String {
        lines.map(\.raw).joined(separator: "\n")
    }
}
