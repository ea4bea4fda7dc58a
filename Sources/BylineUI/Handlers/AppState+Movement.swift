extension AppState {
    /// Moves the focused pane `n` rows: the text of a reader, or the selection of a list.
    mutating func move(by n: Int, _ ctx: HandlerContext) {
        let i = trail.current
        if case .reader(var r) = trail[i] {
            r.scroll(to: r.top + n)
            trail[i] = .reader(r)
            return
        }
        moveSelection(in: i, to: (trail[i].cursor?.selected ?? 0) + n, direction: n >= 0 ? 1 : -1, ctx)
    }

    /// Moves a page (fraction 1) or half a page (fraction 2), `n` times.
    mutating func page(by n: Int, fraction: Int, _ ctx: HandlerContext) {
        let i = trail.current
        switch trail[i] {
        case .reader(var r):
            r.scroll(to: r.top + n * max(1, r.viewHeight / fraction))
            trail[i] = .reader(r)
        default:
            guard let cursor = trail[i].cursor else { return }
            let rows = max(1, visibleItems(in: i) / fraction)
            moveSelection(in: i, to: cursor.selected + n * rows, direction: n >= 0 ? 1 : -1, ctx)
            if var c = trail[i].cursor, fraction == 1 {
                // A page down shows the selected row at the top, like less.
                if n > 0 { c.top = max(c.top, c.selected) }
                trail[i].cursor = c
            }
        }
    }

    /// Goes to row (reader) or item (lists) `index`, counted from 0; `Int.max` is the end.
    mutating func goTo(_ index: Int, _ ctx: HandlerContext) {
        let i = trail.current
        if case .reader(var r) = trail[i] {
            r.scroll(to: index == Int.max ? r.maxTop : index)
            trail[i] = .reader(r)
            return
        }
        let count = trail[i].itemCount
        moveSelection(in: i, to: index == Int.max ? count - 1 : index, direction: index == Int.max ? -1 : 1, ctx)
    }

    /// Selects item `target` (clamped; headings skipped in `direction`) of list view `i` and
    /// updates the report it previews.
    mutating func moveSelection(in i: Int, to target: Int, direction: Int, _ ctx: HandlerContext) {
        guard var cursor = trail[i].cursor else { return }
        let count = trail[i].itemCount
        guard count > 0 else { return }
        var t = min(max(0, target), count - 1)
        while !trail[i].isSelectable(t), t + direction >= 0, t + direction < count { t += direction }
        while !trail[i].isSelectable(t), t - direction >= 0, t - direction < count { t -= direction }
        let changed = t != cursor.selected
        cursor.selected = t
        trail[i].cursor = cursor
        if changed { updatePreview(of: i, ctx) }
    }

    /// After the selection of view `i` moved, shows the selected report beside it.
    mutating func updatePreview(of i: Int, _ ctx: HandlerContext) {
        if i == 0 { loadListRow(list.cursor.selected, ctx) }
        guard trail[i].previewsSelection, let target = previewTarget(of: i) else { return }
        trail.setPreview(.reader(target), after: i)
        trail.show(i)
    }

    /// What opening view `i`'s selection shows.
    func previewTarget(of i: Int) -> ReaderView? {
        trail[i].content.previewTarget
    }

    /// Reads the page of the article list holding `row`, if it has not been read.
    mutating func loadListRow(_ row: Int, _ ctx: HandlerContext) {
        var l = list
        do {
            try l.load(rows: row..<(row + 1), from: ctx.store)
        } catch {
            status = .error("Cannot read the list of reports: \(error)")
        }
        list = l
    }

    /// Items of list view `i` that fit in its pane, at least one.
    func visibleItems(in i: Int) -> Int {
        guard let cursor = trail[i].cursor else { return 1 }
        var used = 0, n = 0, k = cursor.top
        let h = max(1, cursor.viewHeight)
        while k < trail[i].itemCount {
            used += trail[i].itemHeight(k)
            if used > h { break }
            n += 1
            k += 1
        }
        return max(1, n)
    }
}
