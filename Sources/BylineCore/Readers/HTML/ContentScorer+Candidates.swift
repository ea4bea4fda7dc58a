extension ContentScorer.Pass {
    /// Scores the paragraphs in `elements` into their ancestors and picks the container that
    /// holds the story.
    mutating func bestCandidate(scoring elements: [Int], body: Int) -> Int {
        var candidates: [Int] = []
        for element in elements where tree.parent(element) != nil && tree.isAttached(element) {
            let (length, clauses) = tree.measure(element)
            guard length >= 25 else { continue }
            let ancestors = tree.ancestors(element, limit: 5)
            guard !ancestors.isEmpty else { continue }
            // A point for the paragraph, one per comma-separated clause, one per 100 characters (up to 3).
            let score = 1 + Double(clauses) + Double(min(length / 100, 3))
            for (level, ancestor) in ancestors.enumerated() where tree.parent(ancestor) != nil {
                if scores[ancestor] == nil {
                    scores[ancestor] = initialScore(ancestor)
                    candidates.append(ancestor)
                }
                let divider = level == 0 ? 1.0 : level == 1 ? 2.0 : Double(level * 3)
                scores[ancestor, default: 0] += score / divider
            }
        }
        // Link-heavy containers are navigation, whatever their text.
        var top: [Int] = []
        for candidate in candidates {
            let score = (scores[candidate] ?? 0) * (1 - linkDensity(candidate))
            scores[candidate] = score
            let position = top.firstIndex { score > scores[$0] ?? 0 } ?? top.count
            if position < 5 {
                top.insert(candidate, at: position)
                if top.count > 5 { top.removeLast() }
            }
        }
        guard var best = top.first, tree.name(best) != "body" else { return wrapBody(body) }
        best = commonContainer(of: best, alternatives: Array(top.dropFirst()), body: body)
        if scores[best] == nil { scores[best] = initialScore(best) }
        best = climbToRicherParent(best, body: body)
        // A container that is its parent's only child stands for the parent.
        while let parent = tree.parent(best), parent != body, tree.elementChildren(parent).count == 1 { best = parent }
        if scores[best] == nil { scores[best] = initialScore(best) }
        return best
    }

    /// When several near-equal candidates share an ancestor (a story split into sections), the
    /// ancestor is the story.
    private func commonContainer(of best: Int, alternatives: [Int], body: Int) -> Int {
        let bestScore = scores[best] ?? 0
        let close = alternatives.filter { (scores[$0] ?? 0) / bestScore >= 0.75 }.map { Set(tree.ancestors($0)) }
        guard close.count >= 3 else { return best }
        var parent = tree.parent(best)
        while let current = parent, current != body {
            if close.filter({ $0.contains(current) }).count >= 3 { return current }
            parent = tree.parent(current)
        }
        return best
    }

    /// Walks up while the parents keep a fair share of the score, and takes a parent that
    /// scores higher than its child (the story and its neighbours both count there).
    private func climbToRicherParent(_ start: Int, body: Int) -> Int {
        var lastScore = scores[start] ?? 0
        let threshold = lastScore / 3
        var parent = tree.parent(start)
        while let current = parent, current != body {
            guard let score = scores[current] else {
                parent = tree.parent(current)
                continue
            }
            if score < threshold { break }
            if score > lastScore { return current }
            lastScore = score
            parent = tree.parent(current)
        }
        return start
    }

    /// No container stood out: the whole body is the story.
    private mutating func wrapBody(_ body: Int) -> Int {
        let div = tree.makeElement("div")
        for child in tree.children(body) { tree.append(child, to: div) }
        tree.append(div, to: body)
        scores[div] = initialScore(div)
        return div
    }

    /// Gathers the chosen container and those of its siblings that belong to the story: ones
    /// that score close to it, and paragraphs of plain prose.
    mutating func gather(around best: Int, body: Int) -> Int {
        let story = tree.makeElement("div")
        guard let parent = tree.parent(best) else {
            tree.append(best, to: story)
            return story
        }
        let bestScore = scores[best] ?? 0
        let threshold = max(10, bestScore * 0.2)
        let bestClass = tree.attribute(best, "class") ?? ""
        for sibling in tree.elementChildren(parent) {
            var keep = sibling == best
            if !keep {
                let bonus = !bestClass.isEmpty && tree.attribute(sibling, "class") == bestClass ? bestScore * 0.2 : 0
                if let score = scores[sibling], score + bonus >= threshold {
                    keep = true
                } else if tree.name(sibling) == "p" {
                    let density = linkDensity(sibling)
                    let text = tree.innerText(sibling)
                    let length = text.utf16.count
                    if length > 80 && density < 0.25 {
                        keep = true
                    } else if length < 80, length > 0, density == 0, Self.hasSentenceEnd(text) {
                        keep = true
                    }
                }
            }
            guard keep else {
                // The story's lead photo often sits in a header beside the text block.
                if tree.name(sibling) == "figure" || tree.name(sibling) == "header" {
                    let figures = tree.name(sibling) == "figure" ? [sibling] : tree.elements(in: sibling, named: ["figure"])
                    for figure in figures where tree.count(in: figure, named: "img") > 0 { tree.append(figure, to: story) }
                }
                continue
            }
            if !["div", "article", "section", "p", "ol", "ul"].contains(tree.name(sibling)) { tree.rename(sibling, to: "div") }
            tree.append(sibling, to: story)
        }
        return story
    }

    /// The score an element starts with: containers of text up, lists and headings down, and
    /// its class and id.
    func initialScore(_ index: Int) -> Double {
        let base: Double
        switch tree.name(index) {
        case "div": base = 5
        case "pre", "td", "blockquote": base = 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": base = -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": base = -5
        default: base = 0
        }
        return base + classWeight(index)
    }

    /// Commas (in the scripts that have their own) split a paragraph into clauses.
    static func clauseCount(_ text: String) -> Int {
        text.unicodeScalars.reduce(1) { $0 + (isComma($1) ? 1 : 0) }
    }

    static func isComma(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2C, 0x060C, 0xFE50, 0xFE10, 0xFE11, 0x2E41, 0x2E34, 0x2E32, 0xFF0C: return true
        default: return false
        }
    }

    /// Whether a short paragraph reads as a sentence: a full stop before a space or the end.
    static func hasSentenceEnd(_ text: String) -> Bool {
        var previousWasStop = false
        for character in text {
            if previousWasStop, character == " " { return true }
            previousWasStop = character == "."
        }
        return previousWasStop
    }
}
