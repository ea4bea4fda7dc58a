/// The story in a Markdown body: headings become subheads, `>` block quotes become quote
/// blocks, `![alt](src "caption")` images become captions, lists and paragraphs become
/// paragraphs, and inline markup is reduced to its text.
///
/// A level-1 heading before any story text is kept apart as the report's heading (it is
/// usually the title). Single-line paragraphs that are a date line, a byline, a source line
/// or site furniture are taken out of the story, as in raw text.
struct MarkdownBody {
    var story: StoryBuilder
    /// A level-1 heading that opened the body, and its offset in the file.
    var heading: (text: String, offset: Int?)?
    var dateLine: DateLine?
    var byline: String?
    var source: String?
    /// The `src` of every front-matter image that the body shows.
    var usedImages: Set<String> = []

    private let images: [FrontMatterImage]
    /// The lines of the paragraph being read.
    private var paragraph: [SourceLine] = []
    /// Set right after an image without a caption, whose caption may be the emphasised line below.
    private var pendingUntitledImage = false

    private init(text: String, images: [FrontMatterImage]) {
        story = StoryBuilder(text: text)
        self.images = images
    }

    /// Reads the body `lines` of the file whose text is `text`; `images` from the front matter
    /// supply captions and credits the body leaves out.
    static func read(_ lines: ArraySlice<SourceLine>, text: String, images: [FrontMatterImage]) -> MarkdownBody {
        var body = MarkdownBody(text: text, images: images)
        body.parse(Array(lines))
        return body
    }

    private mutating func parse(_ lines: [SourceLine]) {
        var i = 0
        while i < lines.count {
            let line = lines[i]
            let text = line.text
            if line.isBlank {
                flushParagraph()
                pendingUntitledImage = false
                i += 1
            } else if text.hasPrefix("```") || text.hasPrefix("~~~") {
                flushParagraph()
                let fence = String(text.prefix(3))
                let end = lines[(i + 1)...].firstIndex { $0.text.hasPrefix(fence) } ?? lines.count
                let code = lines[(i + 1)..<end].map(\.raw).joined(separator: "\n")
                if !code.trimmed([" ", "\n", "\t"]).isEmpty { story.append(.paragraph, code, offset: nil) }
                i = end + 1
            } else if text.hasPrefix("<!--") {
                flushParagraph()
                i = (lines[i...].firstIndex { $0.text.contains("-->") } ?? lines.count - 1) + 1
            } else if let level = Self.headingLevel(text) {
                flushParagraph()
                let content = String(text.dropFirst(level)).trimmed().trimmed(["#"]).trimmed()
                addHeading(content, level: level, line: line)
                i += 1
            } else if Self.isSetextUnderline(text), let first = paragraph.first {
                let content = paragraph.map(\.text).joined(separator: " ")
                paragraph = []
                addHeading(content, level: text.hasPrefix("=") ? 1 : 2, line: first)
                i += 1
            } else if Self.isThematicBreak(text) {
                flushParagraph()
                i += 1
            } else if text.hasPrefix(">") {
                flushParagraph()
                var quoted: [SourceLine] = []
                while i < lines.count, lines[i].text.hasPrefix(">") {
                    quoted.append(Self.unquoted(lines[i]))
                    i += 1
                }
                for part in quoted.chunks() { addBlock(.quote, part) }
            } else if let item = Self.listItem(line) {
                flushParagraph()
                var itemLines = [item]
                i += 1
                while i < lines.count, !lines[i].isBlank, Self.listItem(lines[i]) == nil,
                      Self.headingLevel(lines[i].text) == nil, !lines[i].text.hasPrefix(">") {
                    itemLines.append(lines[i])
                    i += 1
                }
                addBlock(.paragraph, itemLines)
            } else if Self.isReferenceDefinition(text) || Self.isHTMLBlockLine(text) {
                flushParagraph()
                i += 1
            } else {
                paragraph.append(line)
                i += 1
            }
        }
        flushParagraph()
    }

    private mutating func flushParagraph() {
        if !paragraph.isEmpty { addParagraph(paragraph) }
        paragraph = []
    }

    // MARK: Blocks

    private mutating func addHeading(_ markdown: String, level: Int, line: SourceLine) {
        let text = MarkdownInline.plainText(markdown).trimmed()
        guard !text.isEmpty else { return }
        let offset = story.locate(text, in: line)
        if level == 1, story.isEmpty, heading == nil {
            heading = (text, offset)
        } else {
            story.append(.subhead, text, offset: offset)
        }
    }

    /// Adds lines as one block of `kind` with inline markup reduced.
    private mutating func addBlock(_ kind: Block.Kind, _ lines: [SourceLine]) {
        let text = MarkdownInline.plainText(Self.joined(lines)).trimmed()
        guard !text.isEmpty else { return }
        story.append(kind, text, offset: lines.count == 1 ? story.locate(text, in: lines[0]) : nil)
    }

    private mutating func addParagraph(_ lines: [SourceLine]) {
        if lines.count == 1, takeMarker(MarkdownInline.plainText(lines[0].text)) { return }
        let joined = Self.joined(lines)
        for segment in MarkdownImageScanner.segments(joined) {
            switch segment {
            case .image(let link):
                addImage(link, line: lines.count == 1 ? lines[0] : nil)
            case .text(let markdown):
                let text = MarkdownInline.plainText(markdown).trimmed()
                guard !text.isEmpty else { continue }
                let offset = lines.count == 1 ? story.locate(text, in: lines[0]) : nil
                if pendingUntitledImage, Self.isWhollyEmphasised(markdown.trimmed()) {
                    story.replaceLastCaptionText(text, offset: offset)
                } else if lines.count == 1, Self.isWhollyStrong(markdown.trimmed()), LineShape.wordCount(text) <= 20 {
                    story.append(.subhead, text, offset: offset)  // `**Question?**` used as a heading
                } else {
                    story.append(.paragraph, text, offset: offset)
                }
            }
            pendingUntitledImage = false
            if case .image(let link) = segment, link.title == nil { pendingUntitledImage = true }
        }
    }

    private mutating func addImage(_ link: MarkdownLink, line: SourceLine?) {
        let known = images.first { $0.src != nil && $0.src == link.destination }
        if let src = known?.src { usedImages.insert(src) }
        let alt = MarkdownInline.plainText(link.label).trimmed()
        var text = link.title.map { MarkdownInline.plainText($0).trimmed() } ?? ""
        var credit: String?
        if let (body, bracketed) = CaptionSplitter.splitCredit(text) {
            text = body
            credit = bracketed
        }
        if text.isEmpty { text = known?.caption ?? "" }
        if credit == nil { credit = known?.credit }
        if text.isEmpty { text = alt }
        guard !text.isEmpty || credit != nil else { return }
        let offset = line.flatMap { story.locate(text, in: $0) }
        story.appendCaption(alt: alt.isEmpty ? known?.alt : alt, text: text, credit: credit, image: link.destination, offset: offset)
    }

    /// Records a date, byline or source line, or drops furniture; true when the line was one.
    private mutating func takeMarker(_ line: String) -> Bool {
        if story.isEmpty, dateLine == nil, let found = DateLine.parse(line) {
            dateLine = found
            return true
        }
        if let name = BylineMarker.parse(line), LineShape.wordCount(line) <= 10 {
            if byline == nil { byline = name }
            return true
        }
        if let marker = SourceMarker.parse(line) {
            if source == nil { source = marker }
            return true
        }
        return Furniture.classify(line) != nil
    }

    // MARK: Line shapes

    /// Lines joined with spaces; a trailing backslash (a hard line break) is dropped.
    private static func joined(_ lines: [SourceLine]) -> String {
        lines.map { $0.text.hasSuffix("\\") ? String($0.text.dropLast()).trimmed() : $0.text }.joined(separator: " ")
    }

    /// `#` to `######` followed by a space (or nothing): the level; else nil.
    private static func headingLevel(_ text: String) -> Int? {
        let level = text.prefix(while: { $0 == "#" }).count
        guard (1...6).contains(level) else { return nil }
        let rest = text.dropFirst(level)
        return rest.isEmpty || rest.first == " " || rest.first == "\t" ? level : nil
    }

    private static func isSetextUnderline(_ text: String) -> Bool {
        guard let c = text.first, c == "=" || c == "-" else { return false }
        return text.count >= 2 && text.allSatisfy { $0 == c }
    }

    private static func isThematicBreak(_ text: String) -> Bool {
        guard let c = text.first(where: { $0 != " " }), c == "-" || c == "*" || c == "_" else { return false }
        // `allSatisfy` stops at the first other character, so a long line is not copied.
        return text.allSatisfy { $0 == c || $0 == " " } && text.lazy.filter { $0 == c }.count >= 3
    }

    /// The line without its `>` marks (nested quotes included) and the space after them.
    private static func unquoted(_ line: SourceLine) -> SourceLine {
        var scalars = Substring(line.text).unicodeScalars
        var dropped = 0
        while let first = scalars.first, first == ">" || first == " " {
            scalars = scalars.dropFirst()
            dropped += 1
        }
        let text = String(String.UnicodeScalarView(scalars))
        return SourceLine(text: text, raw: line.raw, offset: line.offset + dropped, number: line.number)
    }

    /// The item's text as a line when `line` starts a list item (`- `, `* `, `+ `, `1. `, `1) `).
    private static func listItem(_ line: SourceLine) -> SourceLine? {
        let text = line.text
        var markerLength = 0
        if let c = text.first, c == "-" || c == "*" || c == "+" {
            markerLength = 1
        } else {
            let digits = text.prefix(while: { $0.isASCII && $0.isNumber }).count
            guard (1...3).contains(digits), text.count > digits,
                  [".", ")"].contains(text[text.index(text.startIndex, offsetBy: digits)]) else { return nil }
            markerLength = digits + 1
        }
        let rest = text.unicodeScalars.dropFirst(markerLength)
        guard let space = rest.first, space == " " || space == "\t" else { return nil }
        let spaces = rest.prefix(while: { $0 == " " || $0 == "\t" }).count
        let item = String(String.UnicodeScalarView(rest.dropFirst(spaces)))
        guard !item.isEmpty else { return nil }
        return SourceLine(text: item, raw: line.raw, offset: line.offset + markerLength + spaces, number: line.number)
    }

    private static func isReferenceDefinition(_ text: String) -> Bool {
        guard text.hasPrefix("["), let close = text.firstIndex(of: "]") else { return false }
        return text[text.index(after: close)...].hasPrefix(":")
    }

    /// A line that is one page-layout tag (`<div class="ad">`, `</figure>`): markup, not story.
    private static func isHTMLBlockLine(_ text: String) -> Bool {
        guard text.hasPrefix("<"), text.hasSuffix(">"), text.filter({ $0 == "<" }).count == 1 else { return false }
        let name = text.dropFirst().drop(while: { $0 == "/" }).prefix(while: { $0.isASCII && ($0.isLetter || $0.isNumber) })
        return layoutTags.contains(name.lowercased())
    }

    private static let layoutTags: Set<String> = [
        "div", "figure", "figcaption", "section", "article", "aside", "iframe", "script", "style", "img",
        "br", "hr", "nav", "footer", "header", "form", "input", "button", "video", "audio", "source",
        "picture", "table", "tr", "td", "th", "tbody", "thead", "ul", "ol", "li", "p", "center",
        "noscript", "svg", "embed", "object", "span",
    ]

    /// `**text**` or `__text__` alone on its line: a heading written in bold, as interviews do.
    private static func isWhollyStrong(_ text: String) -> Bool {
        guard text.count > 4, text.hasPrefix("**") && text.hasSuffix("**") || text.hasPrefix("__") && text.hasSuffix("__") else { return false }
        let inner = text.dropFirst(2).dropLast(2)
        return !inner.contains("**") && !inner.contains("__") && inner.first?.isWhitespace == false
    }

    /// `*text*` or `_text_` with nothing outside the marks: a caption under an image.
    private static func isWhollyEmphasised(_ text: String) -> Bool {
        guard let first = text.first, first == "*" || first == "_", text.last == first, text.count > 2 else { return false }
        return MarkdownInline.plainText(text).count < text.count
    }
}
