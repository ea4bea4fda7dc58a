import BylineCore
import Foundation

extension AppState {
    /// Gets the shown panes ready to draw: reads what they need from the store, wraps text to
    /// the pane sizes (keeping each reader's first visible line) and keeps selections in view.
    ///
    /// Called by the run loop after handling input and before `Renderer.render`.
    public mutating func prepare(in ctx: HandlerContext) {
        let layout = screenLayout
        guard !layout.tooSmall else { return }
        if var h = help {
            h.viewHeight = max(1, height - 2)
            let count = HelpView.lines(keyMap: keyMap, query: h.query).count
            h.top = min(h.top, max(0, count - h.viewHeight))
            help = h
            return
        }
        if marksPending { loadMarks(ctx) }
        if configuredSortPending {
            configuredSortPending = false
            if settings.sort != .date || settings.sortReversed {
                let (sort, reversed) = (settings.sort, settings.sortReversed)
                changeWholeList(ctx) { $0.setSort(sort, reversed: reversed) }
                startAtTopOfList(ctx)
            }
        }
        for pane in layout.panes {
            prepareView(pane.index, width: pane.content.width, height: pane.content.height, ctx)
        }
    }

    private mutating func prepareView(_ i: Int, width: Int, height: Int, _ ctx: HandlerContext) {
        let env = PanePreparation(store: ctx.store, settings: settings, theme: theme)
        var notice: PaneNotice?
        trail[i].update { notice = $0.prepare(width: width, height: height, env) }
        switch notice {
        case .error(let message): status = .error(message)
        case .listResorted: startAtTopOfList(ctx)
        case nil: break
        }
    }

    /// After the list was put in a new order on its own (no dates, the config's order): the
    /// first row selected and, while the list has the focus, shown beside it.
    private mutating func startAtTopOfList(_ ctx: HandlerContext) {
        var l = list
        l.cursor = ListCursor()
        list = l
        if trail.current == 0 { updatePreview(of: 0, ctx) }
    }
}
