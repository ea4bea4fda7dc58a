import BylineCore

/// People (or all entities) of a report or of the corpus, one a row.
enum EntitiesPane {
    static func title(_ view: EntitiesView) -> (String, String) {
        let name: String
        switch view.scope {
        case .article(_, let title): name = "People and entities · " + VisibleText.make(title)
        case .corpus(.person): name = "People in the corpus"
        case .corpus(.place): name = "Places in the corpus"
        case .corpus(.organisation): name = "Organisations in the corpus"
        case .corpus(nil): name = "Entities in the corpus"
        case .named(let n): name = "Entities called " + VisibleText.make(n)
        }
        return (name, view.items.isEmpty ? "" : "\(view.cursor.selected + 1)/\(view.items.count)")
    }

    static func row(_ e: EntitySummary, role: String?, perArticle: Bool, theme: Theme) -> StyledLine {
        let tag: String
        switch e.kind {
        case .person: tag = "person "
        case .place: tag = "place  "
        case .organisation: tag = "org    "
        }
        var line = StyledLine(tag, theme[.meta])
        line.append(VisibleText.make(e.name), theme[.heading])
        if let role { line.append(" · " + VisibleText.make(role), theme[.meta]) }
        let counts = perArticle ? plural(e.mentions, "mention") : "\(plural(e.mentions, "mention")) in \(plural(e.articles, "report"))"
        line.append(" · " + counts, theme[.dim])
        return line
    }

    static func draw(_ view: EntitiesView, in rect: Rect, focused: Bool, theme: Theme, into grid: inout ScreenGrid) {
        guard view.error == nil, view.loaded else {
            PaneFrame.drawPlaceholder(error: view.error, waiting: "Loading…", in: rect, theme: theme, into: &grid)
            return
        }
        guard !view.items.isEmpty else {
            PaneFrame.drawMessage("No people, places or organisations were found here.", in: rect, style: theme[.dim], into: &grid)
            return
        }
        let perArticle: Bool
        if case .article = view.scope { perArticle = true } else { perArticle = false }
        for y in 0..<rect.height {
            let i = view.cursor.top + y
            guard i < view.items.count else { break }
            let e = view.items[i]
            PaneFrame.drawRow(row(e, role: view.roles[e.key], perArticle: perArticle, theme: theme), at: rect.y + y, in: rect,
                              selected: i == view.cursor.selected, focused: focused, theme: theme, into: &grid)
        }
    }
}
