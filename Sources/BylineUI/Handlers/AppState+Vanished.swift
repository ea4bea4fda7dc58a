import BylineCore

extension AppState {
    /// After the folder was read again (a rescan, or the background check of every file): a
    /// reader whose report is no longer in the folder says so, and the one beside the list
    /// moves to its neighbour, the report now on the list row it had.
    ///
    /// Called by the run loop after it reloaded the list; returns whether a report was gone.
    @discardableResult
    public mutating func replaceVanishedReports(_ ctx: HandlerContext) -> Bool {
        var found = false
        for i in trail.views.indices {
            guard i < trail.views.count, case .reader(var r) = trail[i], let id = r.articleID, r.article != nil else { continue }
            if (try? ctx.store.article(id: id)) != nil { continue }
            found = true
            let title = VisibleText.make(r.article?.title ?? id)
            if i == 1, case .list = trail[0], let next = list.selected, next.id != id {
                let focused = trail.current == 1
                trail.setPreview(.reader(ReaderView(articleID: next.id)), after: 0)
                if focused { trail.show(1) }
                status = StatusMessage("“\(title)” is no longer in the folder (deleted or moved); showing the next report")
            } else {
                r = ReaderView(articleID: id)
                r.fail("“\(title)” is no longer in the folder: it was deleted or moved. q goes back.")
                trail[i] = .reader(r)
                status = StatusMessage("“\(title)” is no longer in the folder (deleted or moved)")
            }
        }
        return found
    }
}
