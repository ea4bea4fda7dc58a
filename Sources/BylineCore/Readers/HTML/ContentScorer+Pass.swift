extension ContentScorer {
    /// One attempt at finding the story, with one set of options, on a fresh copy of the page.
    struct Pass {
        var tree: PageTree
        let options: Options
        let title: String?
        /// Scores of the elements that have one (every ancestor of a scored paragraph).
        var scores: [Int: Double] = [:]
        var byline: String?

        init(tree: PageTree, options: Options, title: String?) {
            self.tree = tree
            self.options = options
            self.title = title
        }

        /// Elements whose own text is scored.
        static let scoredTags: HTMLTagSet = ["section", "h2", "h3", "h4", "h5", "h6", "p", "td", "pre"]
        /// Children that keep a `<div>` from being read as a paragraph.
        static let blockTags: HTMLTagSet = ["blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul"]
        /// Text-level elements, which a `<div>` gathers into paragraphs.
        static let phrasingTags: HTMLTagSet = [
            "abbr", "audio", "b", "bdo", "br", "button", "cite", "code", "data", "datalist", "dfn", "em", "embed",
            "i", "img", "input", "kbd", "label", "mark", "math", "meter", "noscript", "object", "output", "progress",
            "q", "ruby", "samp", "script", "select", "small", "span", "strong", "sub", "sup", "textarea", "time",
            "var", "wbr",
        ]
        /// Containers removed when they hold no text.
        static let emptiableTags: HTMLTagSet = ["div", "section", "header", "h1", "h2", "h3", "h4", "h5", "h6"]
        /// Text-level when everything inside them is.
        static let phrasingWrappers: HTMLTagSet = ["a", "del", "ins"]
        static let brTag = HTMLTagSet.number(of: "br")
        static let unlikelyRoles: Set<String> = ["menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog"]

        mutating func run() -> Result? {
            guard let body = tree.elements(in: tree.root, named: ["body"]).first else { return nil }
            prepare()
            let toScore = collect(from: body)
            let top = bestCandidate(scoring: toScore, body: body)
            let story = gather(around: top, body: body)
            clean(story)
            return Result(story: tree.element(story), byline: byline, textLength: tree.textLength(story))
        }

        // MARK: - Preparing the page

        /// Drops scripts and styles, turns runs of `<br>` into paragraphs and `<font>` into
        /// `<span>`.
        private mutating func prepare() {
            // One walk finds all three kinds; they are handled in the order given above.
            let found = tree.elements(in: tree.root, named: ["script", "noscript", "style", "template", "font", "br"])
            for index in found where tree.name(index) != "font" && tree.name(index) != "br" { tree.remove(index) }
            for index in found where tree.name(index) == "font" { tree.rename(index, to: "span") }
            for br in found where tree.name(br) == "br" && tree.isAttached(br) { paragraphs(after: br) }
        }

        /// `text<br><br>more text` → `text<p>more text</p>`: pages without `<p>` separate
        /// paragraphs by two line breaks.
        private mutating func paragraphs(after br: Int) {
            guard let parent = tree.parent(br) else { return }
            var siblings = tree.children(parent)
            guard var position = siblings.firstIndex(of: br) else { return }
            var replaced = false
            // Skip whitespace and further `<br>`s after the first.
            var next = position + 1
            while true {
                while next < siblings.count, isWhitespaceText(siblings[next]) { next += 1 }
                guard next < siblings.count, tree.name(siblings[next]) == "br" else { break }
                replaced = true
                tree.remove(siblings[next])
                siblings = tree.children(parent)
                position = siblings.firstIndex(of: br)!
                next = position + 1
            }
            guard replaced else { return }
            let p = tree.makeElement("p")
            tree.replace(br, with: p)
            siblings = tree.children(parent)
            let index = siblings.firstIndex(of: p)! + 1
            while index < siblings.count {
                let sibling = siblings[index]
                if tree.name(sibling) == "br" {
                    var after = index + 1
                    while after < siblings.count, isWhitespaceText(siblings[after]) { after += 1 }
                    if after < siblings.count, tree.name(siblings[after]) == "br" { break }
                }
                guard isPhrasing(sibling) else { break }
                tree.append(sibling, to: p)
                siblings = tree.children(parent)
            }
            trimTrailingWhitespace(p)
            if tree.name(parent) == "p" { tree.rename(parent, to: "div") }
        }

        // MARK: - Walking the page

        /// Removes hidden and unlikely blocks and the byline, turns `<div>`s of text into
        /// paragraphs, and returns the elements to score in page order.
        private mutating func collect(from body: Int) -> [Int] {
            var toScore: [Int] = []
            var removeTitleHeading = title != nil
            var node: Int? = body
            while let current = node {
                let name = tree.name(current)
                let hints = tree.hintText(current)
                if !isProbablyVisible(current)
                    || (tree.attribute(current, "aria-modal") == "true" && tree.attribute(current, "role") == "dialog") {
                    node = removeAndNext(current)
                    continue
                }
                if byline == nil, isByline(current, hints: hints) {
                    byline = bylineText(current)
                    node = removeAndNext(current)
                    continue
                }
                if removeTitleHeading, name == "h1" || name == "h2", let title,
                   TextSimilarity.of(title, tree.innerText(current)) > 0.75 {
                    removeTitleHeading = false
                    node = removeAndNext(current)
                    continue
                }
                if options.contains(.stripUnlikely), current != body {
                    // A story header holding the lead photo stays, for `gather` to take the photo.
                    let holdsLeadPhoto = name == "header" && !tree.elements(in: current, named: ["figure"]).isEmpty
                    if ContentHints.isUnlikely(hints), !ContentHints.mayBeContent(hints), name != "a", !holdsLeadPhoto,
                       !tree.hasAncestor(current, named: "table"), !tree.hasAncestor(current, named: "code") {
                        node = removeAndNext(current)
                        continue
                    }
                    if let role = tree.attribute(current, "role"), Self.unlikelyRoles.contains(role) {
                        node = removeAndNext(current)
                        continue
                    }
                }
                if tree.isNamed(current, in: Self.emptiableTags), isWithoutContent(current) {
                    node = removeAndNext(current)
                    continue
                }
                if tree.isNamed(current, in: Self.scoredTags) { toScore.append(current) }
                var visited = current
                if name == "div" {
                    wrapPhrasing(in: current)
                    let elementChildren = tree.elementChildren(current)
                    if elementChildren.count == 1, tree.name(elementChildren[0]) == "p",
                       !tree.children(current).contains(where: { tree.isText($0) && !tree.isBlank($0) }),
                       linkDensity(current) < 0.25 {
                        // A `<div>` wrapping a single paragraph is that paragraph.
                        let p = elementChildren[0]
                        tree.replace(current, with: p)
                        visited = p
                        toScore.append(p)
                    } else if !hasBlockChild(current) {
                        tree.rename(current, to: "p")
                        toScore.append(current)
                    }
                }
                node = next(after: visited)
            }
            return toScore
        }

        /// Gathers each run of text-level children of a `<div>` with block children into a `<p>`.
        private mutating func wrapPhrasing(in div: Int) {
            var p: Int?
            for child in tree.children(div) {
                if isPhrasing(child) {
                    if let p {
                        tree.append(child, to: p)
                    } else if !isWhitespace(child) {
                        let made = tree.makeElement("p")
                        tree.replace(child, with: made)
                        tree.append(child, to: made)
                        p = made
                    }
                } else if let open = p {
                    trimTrailingWhitespace(open)
                    p = nil
                }
            }
            if let p { trimTrailingWhitespace(p) }
        }

        private mutating func trimTrailingWhitespace(_ element: Int) {
            while let last = tree.children(element).last, isWhitespace(last) { tree.remove(last) }
        }

        /// The next element in page order; with `skippingChildren`, the next one after this
        /// element's subtree.
        func next(after index: Int, skippingChildren: Bool = false) -> Int? {
            if !skippingChildren {
                var child = tree.firstChild(index)
                while let current = child {
                    if !tree.isText(current) { return current }
                    child = tree.nextSibling(current)
                }
            }
            var current = index
            while true {
                if let sibling = nextElementSibling(current) { return sibling }
                guard let parent = tree.parent(current) else { return nil }
                current = parent
            }
        }

        private func nextElementSibling(_ index: Int) -> Int? {
            guard tree.parent(index) != nil else { return nil }
            var sibling = tree.nextSibling(index)
            while let current = sibling {
                if !tree.isText(current) { return current }
                sibling = tree.nextSibling(current)
            }
            return nil
        }

        private mutating func removeAndNext(_ index: Int) -> Int? {
            let following = next(after: index, skippingChildren: true)
            tree.remove(index)
            return following
        }

        // MARK: - Tests on elements

        func isProbablyVisible(_ index: Int) -> Bool {
            if let style = tree.attribute(index, "style"), PageFurniture.styleHides(style) { return false }
            if tree.attribute(index, "hidden") != nil { return false }
            if tree.attribute(index, "aria-hidden") == "true", !(tree.attribute(index, "class") ?? "").contains("fallback-image") { return false }
            return true
        }

        private func isByline(_ index: Int, hints: String) -> Bool {
            let itemprop = tree.attribute(index, "itemprop") ?? ""
            guard tree.attribute(index, "rel") == "author" || ContentHints.mentions(itemprop, "author") || ContentHints.isByline(hints) else { return false }
            // Menus list other stories with their authors.
            if tree.hasAncestor(index, named: "nav") { return false }
            let text = tree.textContent(index).normalizedSpacing
            let length = text.utf16.count
            // A `dateline` holding only the time of publication names no one.
            return length > 0 && length < 100 && DatePhrase.parse(text) == nil
        }

        /// The byline's text, or the name inside it when it marks one (`itemprop="name"`).
        private func bylineText(_ index: Int) -> String {
            let name = tree.elements(in: index, named: ["span", "a", "div", "p", "strong", "b", "em", "i", "meta", "link"])
                .first { (tree.attribute($0, "itemprop") ?? "").contains("name") }
            let text = tree.textContent(name ?? index, breaksAsSpaces: true).normalizedSpacing
            return text.isEmpty ? tree.textContent(index, breaksAsSpaces: true).normalizedSpacing : text
        }

        func isWhitespace(_ index: Int) -> Bool {
            let node = tree[index]
            return node.isText ? tree.isBlank(index) : node.tag == Self.brTag
        }

        private func isWhitespaceText(_ index: Int) -> Bool {
            let node = tree[index]
            return node.isText && tree.isBlank(index)
        }

        func isPhrasing(_ index: Int) -> Bool {
            let node = tree[index]
            if node.isText || tree.contains(Self.phrasingTags, node) { return true }
            return tree.contains(Self.phrasingWrappers, node) && tree.children(index).allSatisfy(isPhrasing)
        }

        private func isWithoutContent(_ index: Int) -> Bool {
            guard tree.isBlank(index) else { return false }
            let children = tree.elementChildren(index)
            return children.isEmpty || children.count == tree.count(in: index, named: "br") + tree.count(in: index, named: "hr")
        }

        private func hasBlockChild(_ index: Int) -> Bool {
            tree.children(index).contains { child in
                !tree.isText(child) && (tree.isNamed(child, in: Self.blockTags) || hasBlockChild(child))
            }
        }

        /// The share of an element's text that is link text; in-page links (`#…`) count less.
        mutating func linkDensity(_ index: Int) -> Double {
            let length = tree.textLength(index)
            guard length > 0 else { return 0 }
            var links = 0.0
            for a in tree.elements(in: index, named: ["a"]) {
                let weight = tree.attribute(a, "href")?.hasPrefix("#") == true ? 0.3 : 1
                links += Double(tree.textLength(a)) * weight
            }
            return links / Double(length)
        }

        /// Weight of the element's class and id, when the pass weighs them.
        func classWeight(_ index: Int) -> Double {
            guard options.contains(.weighClasses) else { return 0 }
            return ContentHints.weight(class: tree.attribute(index, "class"), id: tree.attribute(index, "id"))
        }
    }
}
