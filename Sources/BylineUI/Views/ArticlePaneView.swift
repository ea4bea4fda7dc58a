import BylineCore

/// A pane about one report that is not its text: captions, sources or the link list.
public struct ArticlePaneView: Sendable {
    public enum Kind: Sendable, Equatable { case captions, sources, links }

    /// One row and what opening it does.
    public struct Item: Sendable, Equatable {
        public enum Target: Sendable, Equatable {
            case none
            case url(String)
            case entity(key: String)
            /// Show this place in the report (a quote, a caption).
            case jump(ReaderJump)
            case rawFile(String)
        }

        /// A heading line above the fields, or empty.
        public var label: String
        /// Name and value pairs, one line each (values wrap).
        public var fields: [Field]
        public var target: Target = .none
        /// Group headings (`People`, `Images`) are not selectable.
        public var isHeading = false
        /// The link number for `Nf` in the link list.
        public var number: Int?
        /// What `y` copies from this row (a quote, an address), if anything.
        public var copyText: String?

        /// How the status line names what `y` copied.
        var copyLabel: String {
            guard let copyText else { return "nothing" }
            if ArticlePaneView.url(copyText) != nil { return copyText }
            return "the quote" + (fields.first.map { " of \($0.name)" } ?? "")
        }
    }

    public struct Field: Sendable, Equatable {
        public var name: String
        public var value: String
        public init(_ name: String, _ value: String) {
            self.name = name
            self.value = value
        }
    }

    public var kind: Kind
    public var articleID: String
    public internal(set) var article: Article?
    public internal(set) var items: [Item] = []
    public internal(set) var error: String?
    public var cursor = ListCursor()
    var rendered: RenderedItems?

    public init(kind: Kind, articleID: String) {
        self.kind = kind
        self.articleID = articleID
    }

    public var isLoaded: Bool { article != nil || error != nil }

    mutating func load(_ article: Article) {
        self.article = article
        switch kind {
        case .captions: items = ArticlePaneView.captionItems(article)
        case .sources: items = ArticlePaneView.sourceItems(article)
        case .links: items = ArticlePaneView.linkItems(article)
        }
        cursor = ListCursor(selected: items.firstIndex { !$0.isHeading } ?? 0)
        rendered = nil
    }

    mutating func fail(_ message: String) { error = message }

    public var selectedItem: Item? { items.indices.contains(cursor.selected) ? items[cursor.selected] : nil }
}
