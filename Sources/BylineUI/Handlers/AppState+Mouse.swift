extension AppState {
    /// Wheel scrolls the pane under the pointer, a click focuses it and selects the row or link
    /// there, a double click also opens it. Ignored unless mouse support is on.
    mutating func handleMouse(_ m: MouseEvent, _ ctx: HandlerContext) -> Reaction {
        guard settings.mouse else { return .none }
        if var h = help {
            switch m.kind {
            case .wheelUp: h.top = max(0, h.top - 3)
            case .wheelDown: h.top += 3
            default: break
            }
            help = h
            return .none
        }
        let layout = screenLayout
        guard let pane = layout.pane(atX: m.x, y: m.y) else { return .none }
        trail.focus(second: pane.index != trail.left)
        switch m.kind {
        case .wheelUp: move(by: -3, ctx)
        case .wheelDown: move(by: 3, ctx)
        case .click, .doubleClick:
            let row = m.y - pane.content.y
            guard row >= 0 else { return .none }
            if case .reader(var r) = trail[pane.index] {
                guard let link = link(in: r, row: row, column: m.x - pane.content.x) else { return .none }
                r.selectedLink = link
                trail[pane.index] = .reader(r)
                if m.kind == .doubleClick { followSelectedLink(ctx) }
                return .none
            }
            guard let hit = item(in: trail[pane.index], row: row, width: pane.content.width, height: pane.content.height) else {
                return .none
            }
            let item = hit.item
            if case .connections(let c) = trail[pane.index], c.rows[item] == .timeline, hit.line == ConnectionsPane.barLine,
               let count = c.relations?.timeline.buckets.count,
               let bar = ConnectionsPane.bar(atColumn: m.x - pane.content.x, count: count, selected: c.bar, width: pane.content.width) {
                clickBar(bar, inPane: pane.index, focus: m.kind == .doubleClick, ctx)
                return .none
            }
            moveSelection(in: pane.index, to: item, direction: 1, ctx)
            if m.kind == .doubleClick { return openSelected(ctx) }
        }
        return .none
    }

    /// The link drawn at a row and column of a reader pane.
    private func link(in r: ReaderView, row: Int, column: Int) -> Int? {
        guard let doc = r.document, let layout = r.layout, r.visibleRows.contains(r.top + row) else { return nil }
        let lr = layout.rows[r.top + row]
        let line = doc.lines[lr.line]
        var x = (lr.isFirst ? line.firstPrefix : line.prefix).count
        var cluster: Int?
        for c in lr.clusters {
            let w = Int(line.text.widths[c])
            if column >= x && column < x + max(1, w) { cluster = c; break }
            x += w
        }
        guard let c = cluster else { return nil }
        return doc.links.firstIndex { $0.line == lr.line && $0.clusters.contains(c) }
    }

    /// The list item drawn at a row of a list pane, and the line of the item at that row.
    private func item(in view: View, row: Int, width: Int, height: Int) -> (item: Int, line: Int)? {
        guard let cursor = view.cursor else { return nil }
        var y = 0
        if case .entityPage(let e) = view, e.page != nil {
            y = EntityPagePane.headerRows(EntityPagePane.header(e, width: width, ascii: settings.ascii, theme: theme), height: height)
        }
        var i = cursor.top
        while i < view.itemCount {
            let h = view.itemHeight(i)
            if row >= y && row < y + h { return view.isSelectable(i) ? (i, row - y) : nil }
            y += h
            i += 1
        }
        return nil
    }
}
