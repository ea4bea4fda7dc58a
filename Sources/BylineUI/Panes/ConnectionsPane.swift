import BylineCore

/// Who is named with an entity, and when: the timeline with its selected bar, then one row per
/// connection, best first.
enum ConnectionsPane {
    static func title(_ view: ConnectionsView) -> (String, String) {
        let name = view.name
        guard let relations = view.relations else { return ("With · \(name)", view.error == nil ? "counting…" : "") }
        let scope = view.scope == .report ? "same report" : "same sentence"
        return ("With · \(name)", "\(plural(relations.reports, "report")) · \(scope)")
    }

    static func items(_ view: ConnectionsView, width: Int, ascii: Bool, theme: Theme) -> [[StyledLine]] {
        guard let relations = view.relations else { return [] }
        let shown = view.shown
        return view.rows.map { row in
            switch row {
            case .timeline:
                return timeline(relations.timeline, bar: view.bar, width: width, ascii: ascii, theme: theme)
            case .connection(let i):
                let line = connection(shown[i], scope: view.scope, width: width, theme: theme)
                guard i == 0 else { return [line] }
                let heading = view.scope == .report
                    ? "Named in the same report (best first; t: the same sentence)"
                    : "Named in the same sentence (best first; t: the same report)"
                return [StyledLine(heading, theme[.meta]).truncated(to: width), line]
            }
        }
    }

    /// `Timeline by month, 2024-03 to 2024-07`, the bars (a window around the selected one
    /// when they do not fit), and the selected bar's period and count.
    static func timeline(_ t: EntityTimeline, bar: Int, width: Int, ascii: Bool, theme: Theme) -> [StyledLine] {
        guard let first = t.buckets.first, let last = t.buckets.last else { return [] }
        var head = "Timeline by \(t.granularity.rawValue), \(first.period) to \(last.period)"
        if t.undated > 0 { head += " (\(plural(t.undated, "undated report")) left out)" }
        let bars = Array(Sparkline.bars(t.buckets.map(\.reports), ascii: ascii))
        let window = barWindow(count: bars.count, bar: bar, width: width)
        let (start, end) = (window.lowerBound, window.upperBound)
        var row = StyledLine(start > 0 ? (ascii ? "<" : "‹") : " ", theme[.dim])
        for i in start..<end {
            row.append(String(bars[i]), i == bar ? theme[.matchCurrent] : theme[.count])
        }
        if end < bars.count { row.append(ascii ? ">" : "›", theme[.dim]) }
        let selected = t.buckets.indices.contains(bar) ? t.buckets[bar] : first
        var info = StyledLine(" " + selected.period + ": ", theme[.date])
        info.append(plural(selected.reports, "report"), theme[.heading])
        info.append(selected.reports > 0 ? "  (< > another bar, Enter lists them)" : "  (< > another bar)", theme[.dim])
        return [StyledLine(head, theme[.meta]).truncated(to: width), row.truncated(to: width), info.truncated(to: width)]
    }

    /// The bars drawn in a row `width` wide: all of them, or a window around the selected one
    /// `bar`, each one column wide after a column that says whether more lie to the left.
    static func barWindow(count: Int, bar: Int, width: Int) -> Range<Int> {
        let room = max(1, width - 2)
        let start = count <= room ? 0 : min(max(0, bar - room / 2), count - room)
        return start..<min(count, start + room)
    }

    /// The timeline row's line that holds the bars (after the heading).
    static let barLine = 1

    /// The bar drawn at `column` of the bar line, if any.
    static func bar(atColumn column: Int, count: Int, selected bar: Int, width: Int) -> Int? {
        let window = barWindow(count: count, bar: bar, width: width)
        let i = window.lowerBound + column - 1
        return column >= 1 && window.contains(i) ? i : nil
    }

    /// `  Kazakhstan             place          10 reports   14.3`
    static func connection(_ c: Connection, scope: Connection.Scope, width: Int, theme: Theme) -> StyledLine {
        let count = scope == .report ? plural(c.reports, "report") : plural(c.sentences, "sentence")
        let score = ColumnText.oneDecimal(scope == .report ? c.score : c.sentenceScore)
        let right = ColumnText.pad(c.kind.rawValue, 13) + ColumnText.pad(count, 13, right: true) + ColumnText.pad(score, 8, right: true)
        let room = max(0, width - 2 - (width >= 40 ? DisplayWidth.of(right) + 1 : 0))
        var line = StyledLine("  ")
        let name = StyledLine(VisibleText.make(c.name), theme[.link]).truncated(to: room)
        line.runs += name.runs
        if width >= 40 {
            line.append(String(repeating: " ", count: max(0, room - name.width) + 1))
            line.append(right, theme[.meta])
        }
        return line.truncated(to: width)
    }

    static func draw(_ view: ConnectionsView, in rect: Rect, focused: Bool, theme: Theme, into grid: inout ScreenGrid) {
        guard view.error == nil, let relations = view.relations, let rendered = view.rendered else {
            PaneFrame.drawPlaceholder(error: view.error, waiting: "Counting…", in: rect, theme: theme, into: &grid)
            return
        }
        if view.rows.isEmpty || (relations.connections.isEmpty && relations.timeline.buckets.isEmpty) {
            PaneFrame.drawMessage("\(view.name) is named with no one else, and in no dated report.", in: rect, style: theme[.dim], into: &grid)
            return
        }
        ItemListPane.draw(rendered, cursor: view.cursor, in: rect, focused: focused, theme: theme, into: &grid)
        if view.shown.isEmpty, let last = rendered.items.last?.count, last < rect.height {
            let none = view.scope == .sentence ? "No sentence names \(view.name) with anyone else; t shows the same report."
                : "No one else is named in the same reports."
            PaneFrame.drawMessage(none, in: Rect(x: rect.x, y: rect.y + last + 1, width: rect.width, height: rect.height - last - 1),
                                  style: theme[.dim], into: &grid)
        }
    }
}
