import BylineCore

/// A report's text: wrapped, subheads set apart, quotes and captions marked, entity links and
/// search matches highlighted.
enum ReaderPane {
    static func title(_ view: ReaderView) -> (String, String) {
        let name: String
        switch view.content {
        case .article: name = "Reader · " + (view.article?.title ?? "loading…")
        case .raw(let path, _): name = "Raw source · " + path
        }
        var info: [String] = []
        if let search = view.search { info.append("/ \(search.counter)") }
        if view.layout != nil { info.append(position(view)) }
        return (name, info.joined(separator: "  "))
    }

    /// `Top`, `Bot`, `All` or a percentage, as less and vim show it.
    static func position(_ view: ReaderView) -> String {
        if view.rowCount <= view.viewHeight { return "All" }
        if view.top == 0 { return "Top" }
        if view.top >= view.maxTop { return "Bot" }
        return "\(view.top * 100 / max(1, view.maxTop))%"
    }

    static func draw(_ view: ReaderView, in rect: Rect, focused: Bool, theme: Theme, into grid: inout ScreenGrid) {
        guard view.error == nil, let doc = view.document, let layout = view.layout else {
            PaneFrame.drawPlaceholder(error: view.error, waiting: "Loading…", in: rect, theme: theme, into: &grid)
            return
        }
        let matches = view.search?.matches ?? []
        for y in 0..<rect.height {
            let r = view.top + y
            guard r < layout.rows.count else { break }
            let row = layout.rows[r]
            let line = doc.lines[row.line]
            let base = style(of: line.kind, theme: theme)
            var x = rect.x
            let prefix = row.isFirst ? line.firstPrefix : line.prefix
            if !prefix.isEmpty { x = grid.put(prefix, x: x, y: rect.y + y, style: prefixStyle(line.kind, theme: theme), limit: rect.maxX) }
            let links = doc.links[range(of: row.line, in: doc.links, line: \.line)]
            let hits = matches.indices[range(of: row.line, in: matches, line: \.line)]
            var runStart = row.clusters.lowerBound
            var runStyle: Style?
            for c in row.clusters {
                var s = base
                for (offset, link) in zip(links.indices, links) where link.clusters.contains(c) {
                    s = s.merged(with: offset == view.selectedLink ? theme[.linkSelected] : theme[.link])
                }
                for m in hits where matches[m].clusters.contains(c) {
                    s = s.merged(with: m == view.search?.current ? theme[.matchCurrent] : theme[.match])
                }
                if s != runStyle {
                    if let rs = runStyle { x = grid.put(line.text.text(runStart..<c), x: x, y: rect.y + y, style: rs, limit: rect.maxX) }
                    runStart = c
                    runStyle = s
                }
            }
            if let rs = runStyle {
                grid.put(line.text.text(runStart..<row.clusters.upperBound), x: x, y: rect.y + y, style: rs, limit: rect.maxX)
            }
        }
        if layout.rows.count <= 1, doc.lines.count <= 2, case .article = view.content {
            grid.put("(This report has no story text.)", x: rect.x, y: rect.y + min(2, rect.height - 1), style: theme[.dim], limit: rect.maxX)
        }
    }

    /// The part of `items` (sorted by line) on `line`.
    static func range<T>(of line: Int, in items: [T], line key: KeyPath<T, Int>) -> Range<Int> {
        var lo = 0, hi = items.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if items[mid][keyPath: key] < line { lo = mid + 1 } else { hi = mid }
        }
        var end = lo
        while end < items.count, items[end][keyPath: key] == line { end += 1 }
        return lo..<end
    }

    static func style(of kind: ReaderDocument.LineKind, theme: Theme) -> Style {
        switch kind {
        case .title: return theme[.heading]
        case .meta: return theme[.meta]
        case .subhead: return theme[.subhead]
        case .quote: return theme[.quote]
        case .captionText: return theme[.caption]
        case .captionAlt, .captionCredit: return theme[.caption].merged(with: Style(dim: true))
        case .blank, .paragraph, .raw: return .plain
        }
    }

    static func prefixStyle(_ kind: ReaderDocument.LineKind, theme: Theme) -> Style {
        switch kind {
        case .captionAlt, .captionText, .captionCredit: return theme[.captionLabel]
        default: return theme[.dim]
        }
    }
}

extension Style {
    /// The same style without reverse video (for error text inside a pane).
    var withoutReverse: Style {
        var s = self
        s.reverse = false
        return s
    }
}
