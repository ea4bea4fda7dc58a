/// Reads raw scraped text: no markup, its parts recognised by layout and wording.
///
/// From the top: a date line (`Sat. Jan 22nd, 2022`, `Posted on June 3, 2024 by Newsdesk`),
/// an optional title line, then the story in blank-line separated paragraphs. The first
/// paragraph may open with a dateline (`GENEVA —`). Short unpunctuated lines between paragraphs
/// are subheads; paragraphs ending in a bracketed credit are captions (with any glued alt text
/// split off); `By …` lines, `Source link` or URL lines and site furniture are taken out of the
/// story. Without a title line the title is cut from the lead.
///
/// Paragraphs keep the text as scraped, dateline and stray punctuation included; every block
/// that is one line of the file records where it starts.
public struct TextReportReader: ReportReader {
    public init() {}

    public func read(_ source: SourceText) throws(ReadError) -> [Article] {
        let lines = SourceLine.split(source.text)
        let header = TextHeader.read(lines)
        let body = TextBody.read(lines[header.bodyStart...], text: source.text)
        let (blocks, captions) = body.story.finish()
        guard !blocks.isEmpty || header.title != nil else {
            throw ReadError(path: source.path, reason: "no story text found (only a date line, byline or site furniture)")
        }
        var warnings = source.warnings
        if blocks.isEmpty { warnings.append("the report has a title but no story text") }

        let lead = blocks.first { $0.kind == .paragraph }
        let dateline = lead.flatMap { LeadDateline.parse($0.text) }
        var title = header.title
        if title == nil {
            let leadText = lead.map { String($0.text.dropFirst(dateline?.length ?? 0)) } ?? blocks[0].text
            title = TitleDeriver.derive(from: leadText)
        }
        return [Article(
            id: source.id, path: source.path, format: .text, title: title!, titleDerived: header.title == nil,
            date: header.dateLine?.date, dateText: header.dateLine?.text, byline: header.byline ?? body.byline,
            source: body.source, dateline: dateline?.text, blocks: blocks, captions: captions,
            tags: body.tags, warnings: warnings
        )]
    }
}
