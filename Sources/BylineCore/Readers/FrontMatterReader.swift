/// Reads text or Markdown behind a YAML front-matter block, or a Markdown file without one.
///
///     ---
///     title: Port strike enters third week
///     date: 2024-06-17
///     author: [Lucía Fernández, Tom Brandt]
///     url: https://example.org/port-strike
///     images:
///       - src: dock.jpg
///         caption: Dockers at the gate [Mariana Costa/Reuters]
///     ---
///     VALPARAÍSO, Chile — The strike …
///
/// The front matter gives the title, date, byline, source, tags and image credits; the body
/// gives the story (see `MarkdownBody`). Broken YAML costs a warning, never the body. Without a
/// title the report's level-1 heading is used, then a title cut from the lead. Images listed
/// only in the front matter are shown after the lead paragraph, where pages put a top image.
public struct FrontMatterReader: ReportReader {
    public init() {}

    public func read(_ source: SourceText) throws(ReadError) -> [Article] {
        let lines = SourceLine.split(source.text)
        let block = FrontMatterBlock.split(lines)
        var warnings = source.warnings + block.warnings
        var fields = FrontMatter()
        if let yaml = block.yaml {
            let lineOffsets = lines[block.yamlStart..<max(block.yamlStart, block.bodyStart)].map(\.rawOffset)
            fields = FrontMatter.parse(yaml: yaml, firstLineNumber: block.yamlStart + 1, lineOffsets: lineOffsets)
            warnings += fields.warnings
        }
        var body = MarkdownBody.read(lines[block.bodyStart...], text: source.text, images: fields.images)

        var title = fields.title
        if let heading = body.heading {
            if title == nil {
                title = heading.text
            } else if Self.letters(heading.text) != Self.letters(title!) {
                body.story.insertSubhead(heading.text, offset: heading.offset, at: 0)
            }
        }
        var position = body.story.firstParagraphIndex.map { $0 + 1 } ?? 0
        for image in fields.images where !(image.src.map(body.usedImages.contains) ?? false) {
            guard let text = image.caption ?? image.alt else { continue }
            body.story.appendCaption(alt: image.alt, text: text, credit: image.credit, image: image.src,
                                     offset: image.caption == nil ? nil : image.captionOffset, at: position)
            position += 1
        }
        let (blocks, captions) = body.story.finish()

        let lead = blocks.first { $0.kind == .paragraph }
        let leadDateline = lead.flatMap { LeadDateline.parse($0.text) }
        if title == nil, let first = lead ?? blocks.first {
            title = TitleDeriver.derive(from: String(first.text.dropFirst(first.kind == .paragraph ? leadDateline?.length ?? 0 : 0)))
        }
        guard let title else {
            throw ReadError(path: source.path, reason: "no title and no story text found")
        }
        if blocks.isEmpty { warnings.append("the report has a title but no story text") }
        return [Article(
            id: source.id, path: source.path, format: .markdown, title: title,
            titleDerived: fields.title == nil && body.heading == nil,
            date: fields.date ?? body.dateLine?.date, dateText: fields.dateText ?? body.dateLine?.text,
            byline: fields.byline ?? body.byline ?? body.dateLine?.byline, source: fields.source ?? body.source,
            dateline: fields.dateline ?? leadDateline?.text, blocks: blocks, captions: captions,
            tags: fields.tags, warnings: warnings
        )]
    }

    /// Letters and digits only, lower-cased: a heading repeating the title with other quotes or
    /// punctuation is still the title.
    private static func letters(_ text: String) -> String {
        String(text.lowercased().filter { $0.isLetter || $0.isNumber })
    }
}
