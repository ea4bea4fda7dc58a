import BylineCore

extension AppState {
    /// Tab, `]p`, `]e` and their reverses: selects the next link (of `kind`, or any) after the
    /// selected one, or after the top of the screen when the selection is off screen.
    mutating func stepLink(by n: Int, kind: Entity.Kind?) {
        let i = trail.current
        guard var r = trail[i].reader, let doc = r.document, let layout = r.layout else { return }
        let candidates = doc.links.indices.filter { kind == nil || doc.links[$0].kind == kind }
        guard !candidates.isEmpty else {
            status = StatusMessage(kind == .person ? "No person is named in this report" : "This report has no links")
            return
        }
        func position(_ li: Int) -> DocPosition { DocPosition(line: doc.links[li].line, cluster: doc.links[li].clusters.lowerBound) }
        var from: DocPosition
        var fromIsLink = false
        if let s = r.selectedLink, r.visibleRows.contains(layout.row(for: position(s))) {
            from = position(s)
            fromIsLink = true
        } else {
            from = r.topPosition
        }
        var index: Int?
        var wrapped = false
        if n > 0 {
            let after = candidates.filter { fromIsLink ? position($0) > from : position($0) >= from }
            if after.count >= n {
                index = after[n - 1]
            } else {
                index = candidates[(n - after.count - 1) % candidates.count]
                wrapped = true
            }
        } else {
            let before = candidates.filter { position($0) < from }
            if before.count >= -n {
                index = before[before.count + n]
            } else {
                let k = (-n - before.count - 1) % candidates.count
                index = candidates[candidates.count - 1 - k]
                wrapped = true
            }
        }
        guard let li = index else { return }
        r.selectedLink = li
        r.reveal(position(li))
        trail[i] = .reader(r)
        if wrapped { status = StatusMessage(n > 0 ? "Wrapped to the first link" : "Wrapped to the last link") }
    }

    /// The entity the focused pane points at: the selected link, the page, or the selected row.
    func entityUnderCursor() -> (key: String, name: String)? {
        switch trail.focused {
        case .reader(let r):
            guard let doc = r.document, let article = r.article, let li = r.selectedLink, doc.links.indices.contains(li) else { return nil }
            let e = article.entities[doc.links[li].entity]
            return (e.key, e.name)
        case .entityPage(let e):
            return e.page.map { ($0.key, $0.name) }
        case .entities(let e):
            return e.selected.map { ($0.key, $0.name) }
        default:
            return nil
        }
    }

    /// `*`: searches the corpus for the entity under the cursor, as a phrase.
    mutating func searchEntityUnderCursor(_ ctx: HandlerContext) {
        guard let entity = entityUnderCursor() else {
            status = StatusMessage("No entity under the cursor: Tab selects a link")
            return
        }
        openSearch(query: "\"\(entity.name)\"", from: trail.current, ctx)
    }
}
