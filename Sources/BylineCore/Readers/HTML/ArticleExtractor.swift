/// Turns the story element of a page into blocks: paragraphs, `<h2>`–`<h6>` as subheads,
/// `<blockquote>` as quotes and figures as captions in their place, leaving out furniture.
struct ArticleExtractor {
    /// The page's title; an `<h1>` repeating it is not story text.
    var title: String?
    /// Whether the root was chosen by `ContentScorer`, which has already weighed the class
    /// and id of every block: only furniture by tag, role or visibility is then left out.
    var scored = false

    /// Adds the story inside `root` to `story`.
    func extract(_ root: HTMLElement, into story: inout WebStoryBuilder) {
        var walker = Walker(title: title.map(Self.comparable), scored: scored, story: story)
        walker.walk(root)
        walker.flush()
        story = walker.story
    }

    static func comparable(_ text: String) -> String {
        text.normalizedSpacing.lowercased()
    }

    /// Elements that end the paragraph before them; all others flow inside a paragraph.
    static let blockElements: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog",
        "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
        "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li", "main", "menu", "nav", "ol", "p", "pre",
        "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    ]

    private struct Walker {
        var title: String?
        var scored: Bool
        var story: WebStoryBuilder
        /// The paragraph being gathered, as lines split by `<br>`; an empty line (two `<br>`s
        /// in a row) ends a paragraph, as pages without `<p>` use it.
        var lines: [String] = [""]

        mutating func walk(_ element: HTMLElement) {
            for child in element.children {
                switch child {
                case .text(let text):
                    lines[lines.count - 1] += text
                case .element(let child):
                    visit(child)
                }
            }
        }

        private mutating func visit(_ element: HTMLElement) {
            let isBlock = ArticleExtractor.blockElements.contains(element.name)
            if PageFurniture.isFurniture(element, byName: !scored) || (scored && PageFurniture.isSignUpBox(element)) {
                if isBlock { flush() }
                // A story's own header is furniture, but its lead photo is not.
                if element.name == "header" {
                    for figure in element.elements(named: "figure") { addFigure(figure) }
                }
                return
            }
            switch element.name {
            case "br":
                lines.append("")
            case "img":
                if let parts = FigureCaption.read(loose: element) {
                    flush()
                    add(parts)
                }
            case "h1", "h2", "h3", "h4", "h5", "h6":
                flush()
                let text = element.text
                // An `<h1>` before the story starts is the page's headline, even when it is
                // worded differently from `og:title`.
                let isHeadline = element.name == "h1" && !story.blocks.contains { $0.kind == .paragraph }
                if !isHeadline, ArticleExtractor.comparable(text) != title { story.add(.subhead, text) }
            case "blockquote":
                flush()
                var inner = Walker(title: title, scored: scored, story: WebStoryBuilder())
                inner.walk(element)
                inner.flush()
                for block in inner.story.blocks where block.kind != .caption { story.add(.quote, block.text) }
            case "figure":
                flush()
                addFigure(element)
            case _ where element.name == "figcaption" || (isBlock && FigureCaption.isCaption(element)):
                flush()
                if element.first(where: { $0.name == "img" }) != nil {
                    addFigure(element)  // a captioned wrapper such as WordPress's `wp-caption`
                } else if let parts = FigureCaption.read(loose: element) {
                    add(parts)
                }
            case "pre":
                flush()
                story.add(.paragraph, element.rawText)
            default:
                if isBlock { flush() }
                walk(element)
                if isBlock { flush() }
            }
        }

        private mutating func addFigure(_ figure: HTMLElement) {
            guard let parts = FigureCaption.read(figure: figure) else {
                walk(figure)  // a pull quote or chart: its text is story
                flush()
                return
            }
            add(parts)
        }

        private mutating func add(_ parts: FoundCaption) {
            story.addCaption(alt: parts.alt, text: parts.text, credit: parts.credit, image: parts.image)
        }

        /// Ends the paragraph being gathered.
        mutating func flush() {
            var paragraph: [String] = []
            for line in lines + [""] {
                let text = line.normalizedSpacing
                if text.isEmpty {
                    if !paragraph.isEmpty { story.add(.paragraph, paragraph.joined(separator: " ")) }
                    paragraph = []
                } else {
                    paragraph.append(text)
                }
            }
            lines = [""]
        }
    }
}
