import BylineCore

/// A report laid out for reading from its `ArticleOutline`, with every entity mention as a link.
///
/// Independent of the width; `ReaderLayout` wraps it. Text is made safe with `VisibleText` and
/// keeps each block's scalar offsets, so mention ranges from the model apply unchanged.
public struct ReaderDocument: Sendable {
    public enum LineKind: Sendable, Equatable {
        case title, meta, blank, paragraph, subhead, quote, captionAlt, captionText, captionCredit, raw
    }

    public struct Line: Sendable {
        public var kind: LineKind
        public var text: TextLine
        /// The block whose scalar offsets `text` keeps.
        public var block: Int?
        /// Drawn before the first display line, and before the others.
        public var firstPrefix: String
        public var prefix: String
    }

    /// An entity mention in the text, in reading order.
    public struct Link: Sendable, Equatable {
        public var line: Int
        public var clusters: Range<Int>
        /// Index into `Article.entities`.
        public var entity: Int
        public var mention: Mention
        public var kind: Entity.Kind
    }

    public private(set) var lines: [Line] = []
    public private(set) var links: [Link] = []
    /// The line showing each block, by block index.
    public private(set) var blockLines: [Int: Int] = [:]
    /// The first line of each caption's marked block, by caption index.
    public private(set) var captionLines: [Int: Int] = [:]
    /// The credit line of each caption, by the caption's block index.
    private var creditLines: [Int: Int] = [:]

    public init(article: Article) {
        for line in ArticleOutline(article).lines {
            switch line.kind {
            case .title: add(.title, line.text)
            case .meta: add(.meta, line.text)
            case .blank: add(.blank, "")
            case .paragraph: add(.paragraph, line.text, block: line.block)
            case .subhead: add(.subhead, line.text, block: line.block)
            case .quote: add(.quote, line.text, block: line.block, prefix: ArticleOutline.Marks.quote)
            case .captionAlt, .captionText, .captionCredit:
                if let ci = line.caption {
                    if captionLines[ci] == nil { captionLines[ci] = lines.count }
                    if line.kind == .captionCredit { creditLines[article.captions[ci].blockIndex] = lines.count }
                }
                let kind: LineKind = line.kind == .captionAlt ? .captionAlt : line.kind == .captionText ? .captionText : .captionCredit
                add(kind, line.text, block: line.block, prefix: ArticleOutline.Marks.caption)
            }
        }
        for (ei, entity) in article.entities.enumerated() {
            for m in entity.mentions {
                // A photographer named in a credit is linked on the credit's line.
                let shift = m.inCredit ? ArticleOutline.creditLabel.unicodeScalars.count : 0
                guard let line = m.inCredit ? creditLines[m.block] : blockLines[m.block], m.start < m.end,
                      m.end + shift <= lines[line].text.scalarCount else { continue }
                links.append(Link(line: line, clusters: lines[line].text.clusters(forScalars: (m.start + shift)..<(m.end + shift)),
                                  entity: ei, mention: m, kind: entity.kind))
            }
        }
        links.sort { ($0.line, $0.clusters.lowerBound, $0.clusters.upperBound) < ($1.line, $1.clusters.lowerBound, $1.clusters.upperBound) }
    }

    /// A file shown as stored: one line per line of the file.
    public init(raw text: String) {
        var start = text.startIndex
        var rows: [Substring] = []
        while let nl = text[start...].firstIndex(where: { $0 == "\n" || $0 == "\r\n" }) {
            rows.append(text[start..<nl])
            start = text.index(after: nl)
        }
        rows.append(text[start...])
        for row in rows { add(.raw, String(row.map { $0 == "\t" ? " " : $0 })) }
    }

    private mutating func add(_ kind: LineKind, _ text: String, block: Int? = nil, prefix: String = "") {
        if let block { blockLines[block] = lines.count }
        lines.append(Line(kind: kind, text: TextLine(Self.visible(text)), block: block, firstPrefix: prefix, prefix: prefix))
    }

    /// Newlines and tabs become spaces and control characters visible placeholders, one scalar
    /// for one, so offsets into the original text stay valid.
    static func visible(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            scalars.append(s == "\n" || s == "\t" || s == "\r" ? " " : s)
        }
        return VisibleText.make(String(scalars))
    }
}
