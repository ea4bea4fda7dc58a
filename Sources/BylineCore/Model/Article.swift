/// One stored news report, as every front end sees it.
///
/// Readers for each stored format (raw text, front matter, scraper JSON, saved HTML) fill the
/// same value; entity recognition later fills `entities` and `quotes`. Nothing here knows about
/// files, the index or the terminal.
public struct Article: Sendable, Equatable, Codable {
    /// Stable id derived from the path relative to the corpus folder (see `ArticleID`).
    public var id: String
    /// The file the report was read from, as given to the reader.
    public var path: String
    public var format: ArticleFormat
    public var title: String
    /// True when the report had no title line and `title` was cut from the lead.
    public var titleDerived: Bool
    public var date: ArticleDate?
    /// The date exactly as the report wrote it (`Sat. Jan 22nd, 2022`).
    public var dateText: String?
    public var byline: String?
    /// A source URL, or a marker such as `Source link` when the report gives no address.
    public var source: String?
    /// The place and sometimes date opening the lead (`GENEVA`).
    public var dateline: String?
    /// The story in reading order. Site furniture never appears here.
    public var blocks: [Block]
    /// Every image caption; each also stands in `blocks` as a `.caption` block at its position.
    public var captions: [Caption]
    public var entities: [Entity]
    public var quotes: [Quote]
    /// Tags from front matter or scraper metadata, in the order given.
    public var tags: [String]
    /// Problems met while reading, each a one-line sentence for the user.
    public var warnings: [String]

    public init(
        id: String, path: String, format: ArticleFormat, title: String, titleDerived: Bool = false,
        date: ArticleDate? = nil, dateText: String? = nil, byline: String? = nil,
        source: String? = nil, dateline: String? = nil, blocks: [Block] = [],
        captions: [Caption] = [], entities: [Entity] = [], quotes: [Quote] = [],
        tags: [String] = [], warnings: [String] = []
    ) {
        self.id = id
        self.path = path
        self.format = format
        self.title = title
        self.titleDerived = titleDerived
        self.date = date
        self.dateText = dateText
        self.byline = byline
        self.source = source
        self.dateline = dateline
        self.blocks = blocks
        self.captions = captions
        self.entities = entities
        self.quotes = quotes
        self.tags = tags
        self.warnings = warnings
    }
}

public enum ArticleFormat: String, Sendable, Codable, CaseIterable {
    /// Raw scraped text with no markup.
    case text
    /// Text or Markdown behind a YAML front-matter block.
    case markdown
    /// The output of an article scraper.
    case json
    /// A saved web page.
    case html
}
