import BylineCore

/// An entity page: name, kind, roles and aliases, then every report naming the entity with the
/// sentence of each mention.
enum EntityPagePane {
    static func title(_ view: EntityPageView) -> (String, String) {
        guard let page = view.page else { return ("Entity · loading…", "") }
        let info = view.selectedReport.map { "report \($0 + 1)/\(page.articles.count)" } ?? "\(page.articles.count) reports"
        return ("Entity · \(page.name)", info)
    }

    /// The lines above the list.
    static func header(_ view: EntityPageView, width: Int, ascii: Bool = false, theme: Theme) -> [StyledLine] {
        guard let page = view.page else { return [] }
        var lines: [StyledLine] = [StyledLine(VisibleText.make(page.name), theme[.heading])]
        var kind = StyledLine(page.kind.rawValue, theme[.meta])
        if !page.roles.isEmpty { kind.append(" · " + VisibleText.make(page.roles.joined(separator: "; ")), theme[.meta]) }
        lines.append(kind)
        if !page.aliases.isEmpty {
            lines.append(StyledLine("Also written: " + VisibleText.make(page.aliases.joined(separator: ", ")), theme[.meta]))
        }
        if !page.couldBe.isEmpty {
            lines.append(StyledLine("Kept apart: could be " + VisibleText.make(page.couldBe.joined(separator: " or ")), theme[.meta]))
        }
        let mentions = view.mentionCount
        let written = page.written.count
        let wrote = written > 0 ? "Wrote \(plural(written, "report")) · " : ""
        lines.append(StyledLine(wrote + "Named in \(plural(page.articles.count - written, "report")), \(plural(mentions, "mention"))", theme[.dim]))
        let timeline = view.timeline
        if let first = timeline.buckets.first, let last = timeline.buckets.last {
            var line = StyledLine("By \(timeline.granularity.rawValue): \(first.period) ", theme[.dim])
            line.append(Sparkline.bars(timeline.buckets.map(\.reports), ascii: ascii), theme[.count])
            line.append(" \(last.period) · w: who with, when", theme[.dim])
            lines.append(line.truncated(to: width))
        }
        return lines.flatMap { $0.wrapped(width: width, maxLines: 2) }
    }

    /// How many header rows to draw in a pane `height` rows tall (fewer on short panes).
    static func headerRows(_ header: [StyledLine], height: Int) -> Int {
        height >= 12 ? header.count + 1 : (height >= 6 ? 1 : 0)
    }

    static func items(_ page: EntityPage, rows: ReportRows, width: Int, theme: Theme) -> [[StyledLine]] {
        rows.map { row in
            switch row {
            case .report(let a):
                let ap = page.articles[a]
                let count = "  " + plural(ap.mentions.count, "mention")
                var line = StyledLine(ap.date?.iso ?? "          ", theme[.date])
                line.append("  ")
                let room = max(0, width - 12 - DisplayWidth.of(count))
                line.runs += StyledLine(VisibleText.make(ap.title), theme[.heading]).truncated(to: room).runs
                if room >= 12 { line.append(count, theme[.meta]) }
                // The reports they wrote come first, each part under its heading.
                let opensPart = ap.wrote ? a == 0 : a > 0 && page.articles[a - 1].wrote
                guard opensPart else { return [line.truncated(to: width)] }
                return [StyledLine(ap.wrote ? "Wrote" : "Named in", theme[.meta]).truncated(to: width), line.truncated(to: width)]
            case .line(let a, let m):
                let mention = page.articles[a].mentions[m]
                return sentence(mention, theme: theme).wrapped(width: width, indent: "      ", maxLines: 4)
            }
        }
    }

    /// `    “… the sentence, with the mention marked …”`
    static func sentence(_ m: MentionInContext, theme: Theme) -> StyledLine {
        let m = m.shown
        let count = m.sentence.unicodeScalars.count
        let lo = min(max(0, m.start), count), hi = min(max(lo, m.end), count)
        return ReportSetPane.sentence(MarkedText(text: m.sentence, marks: [lo..<hi]), theme: theme)
    }

    static func draw(_ view: EntityPageView, in rect: Rect, focused: Bool, ascii: Bool = false, theme: Theme, into grid: inout ScreenGrid) {
        guard view.error == nil, view.page != nil, let rendered = view.rendered else {
            PaneFrame.drawPlaceholder(error: view.error, waiting: "Loading…", in: rect, theme: theme, into: &grid)
            return
        }
        let header = header(view, width: rect.width, ascii: ascii, theme: theme)
        let rows = headerRows(header, height: rect.height)
        for (i, line) in header.prefix(min(rows, header.count)).enumerated() {
            grid.put(line, x: rect.x, y: rect.y + i, limit: rect.maxX)
        }
        let (_, list) = rect.splitTop(rows)
        ItemListPane.draw(rendered, cursor: view.cursor, in: list, focused: focused, theme: theme, into: &grid)
    }
}

func plural(_ n: Int, _ word: String) -> String { n == 1 ? "1 \(word)" : "\(n) \(word)s" }
