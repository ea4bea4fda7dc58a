/// The story part of a scraped report: blocks and captions, with the byline, source marker and
/// tags found among them, and site furniture left out.
struct TextBody {
    var story: StoryBuilder
    var byline: String?
    var source: String?
    var tags: [String] = []

    /// A run of story text: one line, or several hard-wrapped lines joined with spaces.
    struct Unit {
        var text: String
        /// Set when `text` is one line of the file, so an exact slice.
        var offset: Int?
    }

    /// Reads `lines` (the file's lines below the header) of the file whose text is `text`.
    static func read(_ lines: ArraySlice<SourceLine>, text: String) -> TextBody {
        var body = TextBody(story: StoryBuilder(text: text))
        let units = body.units(Array(lines))
        body.classify(units)
        return body
    }

    /// Splits the lines into units and takes out furniture, bylines, source markers and tags.
    private mutating func units(_ lines: [SourceLine]) -> [Unit] {
        var units: [Unit] = []
        var inRelatedList = false
        for chunk in lines.chunks() {
            if Self.isHardWrapped(chunk) {
                inRelatedList = false
                units.append(Unit(text: chunk.map(\.text).joined(separator: " "), offset: nil))
                continue
            }
            for line in chunk {
                if takeMarker(line.text) { continue }
                if inRelatedList {
                    if LineShape.isHeadingShaped(line.text, maxWords: 20, maxWidth: 160) || LineShape.isURL(line.text) { continue }
                    inRelatedList = false
                }
                switch Furniture.classify(line.text) {
                case .relatedList?: inRelatedList = true
                case .line?: continue
                case nil: units.append(Unit(text: line.text, offset: line.offset))
                }
            }
        }
        return units
    }

    /// Records a byline, source or tags line; true when the line was one.
    private mutating func takeMarker(_ line: String) -> Bool {
        if line.hasPrefixIgnoringCase("tags:") || line.hasPrefixIgnoringCase("tagged:") {
            let list = line.drop(while: { $0 != ":" }).dropFirst()
            tags += list.split(separator: ",").map { $0.trimmed() }.filter { !$0.isEmpty }
            return true
        }
        if let name = BylineMarker.parse(line), LineShape.wordCount(line) <= 10 {
            if byline == nil { byline = name }
            return true
        }
        if let marker = SourceMarker.parse(line) {
            // A URL says more than a "Source link" label, so it replaces one.
            if source == nil || (LineShape.isURL(marker) && !LineShape.isURL(source!)) { source = marker }
            return true
        }
        return false
    }

    /// Lines of moderate length, none of them furniture or a byline: a paragraph wrapped by
    /// hand rather than a list of one-line paragraphs, headings and sharing links.
    static func isHardWrapped(_ chunk: [SourceLine]) -> Bool {
        guard chunk.count > 1 else { return false }
        let widths = chunk.map { DisplayWidth.of($0.text) }
        guard widths.dropLast().allSatisfy({ (40...100).contains($0) }), widths.last! <= 100 else { return false }
        return !chunk.contains { line in
            Furniture.classify(line.text) != nil || SourceMarker.parse(line.text) != nil
                || (LineShape.wordCount(line.text) <= 10 && BylineMarker.parse(line.text) != nil)
        }
    }

    /// Captions end in a bracketed credit; short unpunctuated units between paragraphs are
    /// subheads; everything else is a paragraph, including paragraphs that are one quotation
    /// (in scraped news those continue the previous speaker; they are not pull quotes).
    private mutating func classify(_ units: [Unit]) {
        let captionParts = units.map { CaptionSplitter.split($0.text) }
        let headingShaped = units.map { LineShape.isHeadingShaped($0.text) }
        var paragraphsAfter = Array(repeating: false, count: units.count + 1)
        for k in units.indices.reversed() {
            paragraphsAfter[k] = paragraphsAfter[k + 1] || (captionParts[k] == nil && !headingShaped[k])
        }
        var seenParagraph = false
        for (k, unit) in units.enumerated() {
            if let parts = captionParts[k] {
                story.appendCaption(alt: parts.alt, text: parts.text, credit: parts.credit,
                                    offset: unit.offset.map { $0 + parts.textOffset })
            } else if headingShaped[k] && seenParagraph && paragraphsAfter[k + 1] {
                story.append(.subhead, unit.text, offset: unit.offset)
            } else {
                story.append(.paragraph, unit.text, offset: unit.offset)
                seenParagraph = true
            }
        }
    }
}
