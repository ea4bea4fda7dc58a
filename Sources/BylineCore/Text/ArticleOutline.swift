/// A report as logical lines, before any width or medium is chosen: the one place that decides
/// what a report reads as. The title, a date line, then each block in order after a blank
/// line; a caption is its alt text, its text and its credit, each on a line of its own.
///
/// `byline show`, saving and piping (`ArticleTextRenderer`) and the reader (`ReaderDocument`)
/// all lay a report out from this; each adds only its medium's marks (`Marks`) and wrapping.
///
///     Geneva summit hears warning on Lake Balkhash     title
///     2024-06-03 · By Newsdesk                         meta
///                                                      blank
///     UN Special Rapporteur Amara Okafor told …        paragraph
///                                                      blank
///     Image: Delegates in Geneva                       captionAlt
///     Delegates arrive at the summit hall              captionText
///     Photo: Mariana Costa/Reuters                     captionCredit
///
/// Texts are as the report gives them; a medium makes them safe to show (`VisibleText`).
public struct ArticleOutline: Sendable {
    public enum Kind: Sendable, Equatable {
        case title, meta, blank, paragraph, subhead, quote, captionAlt, captionText, captionCredit
    }

    public struct Line: Sendable, Equatable {
        public var kind: Kind
        public var text: String
        /// The block whose scalar offsets `text` keeps (paragraphs, subheads, quotes and a
        /// caption's text), so entity mentions apply to it unchanged.
        public var block: Int?
        /// The caption a caption line belongs to, by index into `Article.captions`.
        public var caption: Int?
    }

    /// What goes before a line of each kind in text media (the reader styles titles, subheads
    /// and the date line instead of marking them).
    public enum Marks {
        public static let quote = "│ "
        public static let caption = "┃ "
    }

    /// Before a caption's credit, so a credit reads the same wherever it is shown.
    public static let creditLabel = "Photo: "
    /// Before a caption's alt text.
    public static let altLabel = "Image: "

    public private(set) var lines: [Line] = []

    /// A byline that is a site's own account (`admin`) reads `Posted by admin (site account)`.
    public init(_ article: Article) {
        add(.title, article.title.isEmpty ? "(untitled)" : article.title)
        let byline = article.byline.map {
            SiteAccount.matches($0) ? "Posted by \($0) (site account)" : Article.creditLine(for: $0)
        }
        let meta = [article.date?.iso ?? article.dateText, byline, article.dateline].compactMap { $0 }.filter { !$0.isEmpty }
        if !meta.isEmpty { add(.meta, meta.joined(separator: " · ")) }
        let captionsByBlock = Dictionary(article.captions.enumerated().map { ($0.element.blockIndex, $0.offset) }, uniquingKeysWith: { a, _ in a })
        for (b, block) in article.blocks.enumerated() {
            add(.blank, "")
            switch block.kind {
            case .paragraph: add(.paragraph, block.text, block: b)
            case .subhead: add(.subhead, block.text, block: b)
            case .quote: add(.quote, block.text, block: b)
            case .caption:
                let ci = captionsByBlock[b]
                let caption = ci.map { article.captions[$0] }
                if let alt = caption?.alt, !alt.isEmpty, alt != block.text {
                    add(.captionAlt, Self.altLabel + alt, caption: ci)
                }
                add(.captionText, block.text, block: b, caption: ci)
                if let credit = caption?.credit, !credit.isEmpty {
                    add(.captionCredit, Self.creditLabel + credit, caption: ci)
                }
            }
        }
    }

    private mutating func add(_ kind: Kind, _ text: String, block: Int? = nil, caption: Int? = nil) {
        lines.append(Line(kind: kind, text: text, block: block, caption: caption))
    }
}
