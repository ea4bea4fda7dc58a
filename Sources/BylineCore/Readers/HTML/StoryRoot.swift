/// Finds the element of a page that holds the story.
enum StoryRoot {
    /// In order: the element marked `itemprop="articleBody"`; the `<article>` with the most
    /// paragraph text (pages list related stories as small `<article>`s too); `<main>`; the
    /// element with the most paragraph text directly inside it; `<body>`. Elements inside
    /// furniture (asides, navigation, comment sections) are never chosen.
    static func find(in page: HTMLElement) -> HTMLElement {
        var candidates: [HTMLElement] = []
        collect(page, into: &candidates)
        let marked = candidates.filter { $0[attribute: "itemprop"]?.lowercased() == "articlebody" }
        if let best = richest(marked) { return best }
        if let best = richest(candidates.filter { $0.name == "article" }) { return best }
        if let main = candidates.first(where: { $0.name == "main" || $0[attribute: "role"]?.lowercased() == "main" }),
           paragraphText(main) > 0 { return main }
        if let (densest, score) = candidates.map({ ($0, directText($0)) }).max(by: { $0.1 < $1.1 }), score > 0 { return densest }
        return page.first { $0.name == "body" } ?? page
    }

    private static func collect(_ element: HTMLElement, into out: inout [HTMLElement]) {
        for child in element.children {
            guard case .element(let child) = child, !PageFurniture.isFurniture(child) else { continue }
            out.append(child)
            collect(child, into: &out)
        }
    }

    private static func richest(_ elements: [HTMLElement]) -> HTMLElement? {
        let scored = elements.map { ($0, paragraphText($0)) }.filter { $0.1 > 0 }
        return scored.max { $0.1 < $1.1 }?.0
    }

    /// Bytes of text in the `<p>` elements below `element`, outside furniture.
    static func paragraphText(_ element: HTMLElement) -> Int {
        var total = 0
        for child in element.children {
            guard case .element(let child) = child, !PageFurniture.isFurniture(child) else { continue }
            total += child.name == "p" ? child.text.utf8.count : paragraphText(child)
        }
        return total
    }

    /// Bytes of text in the element's own `<p>` children and bare text, the measure of
    /// a story container on pages without `<article>`.
    private static func directText(_ element: HTMLElement) -> Int {
        element.children.reduce(0) { total, child in
            switch child {
            case .text(let text): return total + text.normalizedSpacing.utf8.count
            case .element(let p) where p.name == "p" && !PageFurniture.isFurniture(p): return total + p.text.utf8.count
            default: return total
            }
        }
    }
}
