/// The lines above a scraped report's story: date line, title line and byline, in any order.
struct TextHeader: Equatable {
    var dateLine: DateLine?
    var title: String?
    var byline: String?
    /// The index in the file's lines where the story starts.
    var bodyStart = 0

    /// Reads header lines from the top until the first line that is none of them.
    ///
    /// A title line is short, has no final full stop and is followed by a blank line (or by the
    /// date or byline line); a first paragraph that ends in a full stop is the lead instead.
    static func read(_ lines: [SourceLine]) -> TextHeader {
        var header = TextHeader()
        var i = 0
        while i < lines.count {
            let line = lines[i]
            if line.isBlank {
                i += 1
                continue
            }
            if header.dateLine == nil, let dateLine = DateLine.parse(line.text) {
                header.dateLine = dateLine
                if header.byline == nil { header.byline = dateLine.byline }
            } else if header.byline == nil, let name = BylineMarker.parse(line.text) {
                header.byline = name
            } else if Furniture.classify(line.text) == .line {
                // "Leave a comment" and share links often sit beside the date.
            } else if header.title == nil, isTitleLine(lines, at: i) {
                header.title = line.text
            } else {
                break
            }
            i += 1
        }
        header.bodyStart = i
        return header
    }

    private static func isTitleLine(_ lines: [SourceLine], at i: Int) -> Bool {
        let text = lines[i].text
        guard LineShape.isHeadingShaped(text, maxWords: 25, maxWidth: 160),
              SourceMarker.parse(text) == nil, LeadDateline.parse(text) == nil else { return false }
        guard i + 1 < lines.count else { return false }
        let next = lines[i + 1]
        let separated = next.isBlank || DateLine.parse(next.text) != nil || BylineMarker.parse(next.text) != nil
        return separated && lines[(i + 1)...].contains { !$0.isBlank }
    }
}
