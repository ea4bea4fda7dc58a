extension ContentScorer.Pass {
    /// Removes from the chosen story what is not story: forms, embeds, asides and footers,
    /// share bars, headings styled as furniture, and blocks that look like link lists, image
    /// rails or widgets; empty paragraphs go too.
    mutating func clean(_ story: Int) {
        markDataTables(story)
        for tag in ["form", "fieldset"] { cleanConditionally(story, tag) }
        removeAll(story, ["object", "embed", "footer", "link", "aside"])
        // Share bars inside the story, but never the story's own top-level blocks.
        for block in tree.elementChildren(story) {
            for element in tree.elements(in: block, named: Self.anyElement) where tree.isAttached(element) {
                if ContentHints.isShare(tree.hintText(element)), tree.textContent(element).utf16.count < ContentScorer.minimumLength {
                    tree.remove(element)
                }
            }
        }
        removeAll(story, ["iframe", "input", "textarea", "select", "button"])
        for heading in tree.elements(in: story, named: ["h1", "h2"]) where classWeight(heading) < 0 { tree.remove(heading) }
        for tag in ["table", "ul", "div"] { cleanConditionally(story, tag) }
        for h1 in tree.elements(in: story, named: ["h1"]) { tree.rename(h1, to: "h2") }
        for p in tree.elements(in: story, named: ["p"]).reversed() {
            let media = ["img", "embed", "object", "iframe"].reduce(0) { $0 + tree.count(in: p, named: $1) }
            if media == 0, tree.isBlank(p) { tree.remove(p) }
        }
    }

    private static let anyElement: HTMLTagSet = [
        "div", "span", "section", "ul", "ol", "li", "p", "a", "aside", "footer", "header", "nav", "figure", "table",
    ]

    /// Removes every element below `story` named one of `tags` (found in one walk: removing
    /// one inside another that goes too changes nothing in the story).
    private mutating func removeAll(_ story: Int, _ tags: HTMLTagSet) {
        for element in tree.elements(in: story, named: tags) { tree.remove(element) }
    }

    /// Tables of data (with headers, captions or many cells) are story; layout tables are not.
    private mutating func markDataTables(_ story: Int) {
        for table in tree.elements(in: story, named: ["table"]) {
            tree.setAttribute(table, Self.dataTableMark, isDataTable(table) ? "1" : nil)
        }
    }

    static let dataTableMark = "data-byline-data-table"

    private func isDataTable(_ table: Int) -> Bool {
        if tree.attribute(table, "role") == "presentation" || tree.attribute(table, "datatable") == "0" { return false }
        if tree.attribute(table, "summary") != nil { return true }
        if let caption = tree.elements(in: table, named: ["caption"]).first, !tree.children(caption).isEmpty { return true }
        if !tree.elements(in: table, named: ["col", "colgroup", "tfoot", "thead", "th"]).isEmpty { return true }
        if !tree.elements(in: table, named: ["table"]).isEmpty { return false }
        var rows = 0, columns = 0
        for row in tree.elements(in: table, named: ["tr"]) {
            rows += Int(tree.attribute(row, "rowspan") ?? "") ?? 1
            var cells = 0
            for cell in tree.elementChildren(row) where tree.name(cell) == "td" { cells += Int(tree.attribute(cell, "colspan") ?? "") ?? 1 }
            columns = max(columns, cells)
        }
        return rows >= 10 || columns > 4 || rows * columns > 10
    }

    /// Removes the `tag` elements of the story that look like furniture: a bad name, more
    /// images than text, more list items than paragraphs, form fields, link lists, too little
    /// text, or lone embeds.
    private mutating func cleanConditionally(_ story: Int, _ tag: String) {
        guard options.contains(.cleanConditionally) else { return }
        for node in tree.elements(in: story, named: [tag]).reversed() where tree.isAttached(node) {
            if shouldRemove(node, tag: tag) { tree.remove(node) }
        }
    }

    /// Whether `node` is a data table or sits in one, or in code: always story.
    private func isKeptAsData(_ node: Int, tag: String) -> Bool {
        let isDataTable = { (index: Int) in tree.attribute(index, Self.dataTableMark) != nil }
        if tag == "table", isDataTable(node) { return true }
        return tree.hasAncestor(node, named: "table", where: isDataTable) || tree.hasAncestor(node, named: "code")
    }

    private mutating func shouldRemove(_ node: Int, tag: String) -> Bool {
        if isKeptAsData(node, tag: tag) { return false }
        let (length, clauses) = tree.measure(node)
        var isList = tag == "ul" || tag == "ol"
        if !isList, length > 0 {
            let listLength = tree.elements(in: node, named: ["ul", "ol"]).reduce(0) { $0 + tree.textLength($1) }
            isList = Double(listLength) / Double(length) > 0.9
        }
        let weight = classWeight(node)
        if weight < 0 { return true }
        guard clauses - 1 < 10 else { return false }
        let p = tree.count(in: node, named: "p")
        let img = tree.count(in: node, named: "img")
        let li = tree.count(in: node, named: "li") - 100
        let input = tree.count(in: node, named: "input")
        let headingLength = tree.elements(in: node, named: ["h1", "h2", "h3", "h4", "h5", "h6"]).reduce(0) { $0 + tree.textLength($1) }
        let headingDensity = length > 0 ? Double(headingLength) / Double(length) : 0
        let embeds = tree.elements(in: node, named: ["object", "embed", "iframe"]).count
        let density = linkDensity(node)
        let inFigure = tree.hasAncestor(node, named: "figure")
        var remove = (img > 1 && Double(p) / Double(img) < 0.5 && !inFigure)
            || (!isList && li > p)
            || (input > p / 3)
            || (!isList && headingDensity < 0.9 && length < 25 && (img == 0 || img > 2) && !inFigure)
            || (!isList && weight < 25 && density > 0.2)
            || (weight >= 25 && density > 0.5)
            || (embeds == 1 && length < 75) || embeds > 1
        // Lists of images (a gallery) stay.
        if isList && remove {
            if tree.elementChildren(node).contains(where: { tree.elementChildren($0).count > 1 }) { return remove }
            if img == tree.count(in: node, named: "li") { remove = false }
        }
        return remove
    }
}
