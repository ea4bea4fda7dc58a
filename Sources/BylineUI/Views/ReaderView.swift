import BylineCore

/// Where to put the reader when its report has loaded.
public enum ReaderJump: Sendable, Equatable {
    /// Scroll to the mention and select it as the current link.
    case mention(Mention)
    case block(Int)
    case caption(Int)
}

/// A report (or a raw file) being read: the text wrapped to the pane, the scroll position, the
/// selected link and the search inside it.
public struct ReaderView: Sendable {
    public enum Content: Sendable, Equatable {
        case article(id: String)
        /// The stored file of a report, shown as is.
        case raw(path: String, title: String)
    }

    public var content: Content
    public internal(set) var article: Article?
    public internal(set) var document: ReaderDocument?
    public internal(set) var layout: ReaderLayout?
    /// The first row shown.
    public internal(set) var top = 0
    /// The logical position of the top row; kept when the text is re-wrapped.
    public internal(set) var anchor = DocPosition(line: 0, cluster: 0)
    /// Rows of text the pane showed when last laid out.
    public internal(set) var viewHeight = 1
    /// Index into `document.links`.
    public internal(set) var selectedLink: Int?
    public internal(set) var search: ReaderSearch?
    var folded: [FoldedText]?
    public internal(set) var pendingJump: ReaderJump?
    /// Search terms to highlight once loaded (opening a corpus search hit).
    var pendingTerms: [String]?
    public internal(set) var error: String?

    public init(articleID: String, jump: ReaderJump? = nil, highlight terms: [String]? = nil) {
        content = .article(id: articleID)
        pendingJump = jump
        pendingTerms = terms
    }

    public init(rawPath: String, title: String) {
        content = .raw(path: rawPath, title: title)
    }

    public var articleID: String? {
        if case .article(let id) = content { return id }
        return nil
    }

    public var isLoaded: Bool { document != nil || error != nil }

    public var rowCount: Int { layout?.rows.count ?? 0 }
    public var maxTop: Int { max(0, rowCount - viewHeight) }

    /// Sets the report once it is read, and applies any pending jump and highlight.
    mutating func load(article: Article) {
        self.article = article
        document = ReaderDocument(article: article)
        layout = nil
        top = 0
        anchor = DocPosition(line: 0, cluster: 0)
    }

    mutating func load(raw text: String) {
        document = ReaderDocument(raw: text)
        layout = nil
    }

    mutating func fail(_ message: String) {
        error = message
    }

    /// Wraps the text to `width` if needed, keeping the first visible logical line, then applies
    /// a pending jump.
    mutating func relayout(width: Int, height: Int) {
        guard let document else { return }
        viewHeight = max(1, height)
        if layout?.width != width {
            let newLayout = ReaderLayout(document: document, width: width)
            layout = newLayout
            // The row holding the old top; from now on the anchor is where that row starts, so
            // a later resize never hides text that was at the top.
            top = newLayout.row(for: anchor)
            anchor = newLayout.position(ofRow: top)
        }
        if let terms = pendingTerms {
            pendingTerms = nil
            setSearch(terms: terms)
        }
        if let jump = pendingJump {
            pendingJump = nil
            apply(jump)
        }
        top = min(max(0, top), maxTop)
    }

    /// Scrolls so that `top` is the first row, and remembers its logical position.
    mutating func scroll(to row: Int) {
        guard let layout else { return }
        top = min(max(0, row), maxTop)
        anchor = layout.position(ofRow: top)
    }

    /// Scrolls only if `position` is off screen, putting it a third of the way down.
    mutating func reveal(_ position: DocPosition) {
        guard let layout else { return }
        let row = layout.row(for: position)
        if row < top || row >= top + viewHeight {
            scroll(to: row - viewHeight / 3)
        }
    }

    private mutating func apply(_ jump: ReaderJump) {
        guard let document else { return }
        switch jump {
        case .mention(let m):
            if let i = document.links.firstIndex(where: { $0.mention == m }) {
                selectedLink = i
                let link = document.links[i]
                reveal(DocPosition(line: link.line, cluster: link.clusters.lowerBound))
            } else if let line = document.blockLines[m.block] {
                reveal(DocPosition(line: line, cluster: 0))
            }
        case .block(let b):
            if let line = document.blockLines[b] {
                if let search, let first = search.matches.firstIndex(where: { $0.line == line }) {
                    self.search?.current = first
                    reveal(search.matches[first].position)
                } else {
                    reveal(DocPosition(line: line, cluster: 0))
                }
            }
        case .caption(let c):
            if let line = document.captionLines[c] { reveal(DocPosition(line: line, cluster: 0)) }
        }
    }

    /// Replaces the search with `terms` (nil or empty: no search), without moving.
    mutating func setSearch(terms: [String]?) {
        guard let document, let terms, !terms.allSatisfy(\.isEmpty) else {
            search = nil
            return
        }
        if folded == nil { folded = document.lines.map { FoldedText($0.text.text(0..<$0.text.count)) } }
        search = ReaderSearch(terms: terms, document: document, folded: folded ?? [])
    }

    /// The rows that show anything: `top..<top+viewHeight`, clipped.
    public var visibleRows: Range<Int> { top..<min(rowCount, top + viewHeight) }

    /// The position at the top of the screen, for searching and link stepping.
    var topPosition: DocPosition { layout?.position(ofRow: top) ?? anchor }
}
