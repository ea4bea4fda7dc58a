/// Reads saved HTML pages with libxml2's HTML parser (see `LibXML2`): the story found by
/// scoring the page's blocks (`ContentScorer`), or on small pages the `<article>` or densest
/// block of text (`StoryRoot`); its title, date, byline and canonical address from the page's
/// metadata (`PageMetadata`), and figures as captions; furniture is left out (see
/// `PageFurniture`). Pages in other character sets are decoded as they declare (`HTMLCharset`).
public struct HTMLReportReader: ReportReader {
    public init() {}

    public func read(_ source: SourceText) throws(ReadError) -> [Article] {
        if let missing = LibXML2.unavailable { throw ReadError(path: source.path, reason: missing.description) }
        guard let parsed = HTMLCharset.parse(source) else {
            throw ReadError(path: source.path, reason: "not an HTML page (no markup found)")
        }
        var warnings = parsed.warnings
        var metadata = PageMetadata(page: parsed.page)
        var story = WebStoryBuilder()
        if let scored = ContentScorer(title: metadata.title).story(of: parsed.page), scored.textLength >= ContentScorer.minimumLength {
            ArticleExtractor(title: metadata.title, scored: true).extract(scored.story, into: &story)
            // A byline element is kept as the page words it (`By Ana Ruiz`, `Par Luc Moreau`).
            if metadata.byline == nil { metadata.byline = scored.byline?.normalizedSpacing.nonEmptyText }
        } else {
            // Too little text for scoring to tell story from furniture: the page's own
            // markers (`<article>`, `<main>`, the densest block) decide.
            ArticleExtractor(title: metadata.title).extract(StoryRoot.find(in: parsed.page.element(parsed.page.root)), into: &story)
        }
        if metadata.byline == nil { metadata.byline = metadata.authorLinks }
        if story.blocks.isEmpty, let body = metadata.jsonLD?.articleBody {
            var none: [FoundCaption] = []
            PlainBody.add(body, to: &story, captions: &none)
        }
        if story.blocks.isEmpty { warnings.append("no story text found in the page") }
        guard let title = metadata.title ?? story.derivedTitle else {
            throw ReadError(path: source.path, reason: "no title and no story text in the page")
        }
        let day = metadata.dateText.flatMap(PublishedDate.parse)
        if let text = metadata.dateText, day == nil { warnings.append("date “\(text)” is not a date Byline can read") }
        return [Article(
            id: source.id, path: source.path, format: .html, title: title, titleDerived: metadata.title == nil,
            date: day, dateText: metadata.dateText, byline: metadata.byline, source: metadata.source,
            dateline: story.dateline, blocks: story.blocks, captions: story.captions, tags: metadata.tags,
            warnings: warnings)]
    }
}
