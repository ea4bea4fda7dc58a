import BylineCore

/// The captions, sources and link-list panes: labelled fields, values wrapped under their column.
enum ArticlePane {
    static func title(_ view: ArticlePaneView) -> (String, String) {
        let name: String
        switch view.kind {
        case .captions: name = "Captions"
        case .sources: name = "Sources"
        case .links: name = "Links"
        }
        return (name + " · " + VisibleText.make(view.article?.title ?? "loading…"), "")
    }

    static func items(_ view: ArticlePaneView, width: Int, theme: Theme) -> [[StyledLine]] {
        let nameWidth = min(14, view.items.flatMap(\.fields).map { DisplayWidth.of($0.name) }.max() ?? 0)
        let indent = String(repeating: " ", count: nameWidth + 3)
        return view.items.map { item in
            var lines: [StyledLine] = []
            if !item.label.isEmpty {
                lines.append(StyledLine(VisibleText.make(item.label), item.isHeading ? theme[.title] : theme[.heading]).truncated(to: width))
            }
            for field in item.fields {
                let name = VisibleText.make(field.name)
                var line = StyledLine(" " + name, theme[.captionLabel])
                line.append(String(repeating: " ", count: max(1, nameWidth - DisplayWidth.of(name) + 2)))
                let value = ReaderDocument.visible(field.value)
                let link = ArticlePaneView.url(field.value)
                if link != nil, DisplayWidth.of(line.text) + DisplayWidth.of(value) > width {
                    // An address too long for its column gets rows of its own from the left
                    // edge, so that as much of it as possible shows unbroken.
                    lines.append(line.truncated(to: width))
                    var own = StyledLine(" ")
                    own.append(value, link: link)
                    lines += own.wrapped(width: width, indent: " ", maxLines: 12)
                    continue
                }
                line.append(value, link: link)
                lines += line.wrapped(width: width, indent: indent, maxLines: 12)
            }
            if view.kind == .captions { lines.append(StyledLine()) }
            return lines
        }
    }

    static func draw(_ view: ArticlePaneView, in rect: Rect, focused: Bool, theme: Theme, into grid: inout ScreenGrid) {
        guard view.error == nil, let rendered = view.rendered else {
            PaneFrame.drawPlaceholder(error: view.error, waiting: "Loading…", in: rect, theme: theme, into: &grid)
            return
        }
        if view.items.isEmpty {
            let text: String
            switch view.kind {
            case .captions: text = "This report has no images."
            case .sources: text = "Nothing is known about this report's sources."
            case .links: text = "This report has no links."
            }
            PaneFrame.drawMessage(text, in: rect, style: theme[.dim], into: &grid)
            return
        }
        ItemListPane.draw(rendered, cursor: view.cursor, in: rect, focused: focused, theme: theme, into: &grid) { view.items.indices.contains($0) && !view.items[$0].isHeading }
    }
}
