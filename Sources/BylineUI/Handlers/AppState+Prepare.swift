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
        switch trail[i] {
        case .list(var v):
            v.cursor.viewHeight = height
            v.cursor.reveal(viewHeight: height, count: v.rowCount) { _ in 1 }
            do {
                try v.load(rows: v.cursor.top..<(v.cursor.top + height), from: ctx.store)
                try v.load(rows: v.cursor.selected..<(v.cursor.selected + 1), from: ctx.store)
            } catch {
                status = .error("Cannot read the list of reports: \(error)")
            }
            v.settle()
            let resort = v.checkDates()
            if resort {
                do {
                    try v.holdAll(from: ctx.store)
                    v.sortForLackOfDates()
                } catch {
                    status = .error("Cannot read the list of reports: \(error)")
                }
            }
            trail[i] = .list(v)
            if resort { startAtTopOfList(ctx) }
        case .reader(var r):
            if !r.isLoaded { load(&r, ctx) }
            r.relayout(width: settings.readingWidth > 0 ? min(width, settings.readingWidth) : width, height: height)
            trail[i] = .reader(r)
        case .entityPage(var e):
            if !e.isLoaded { e.load(from: ctx.store) }
            var listHeight = height
            if let page = e.page {
                if e.rendered?.width != width {
                    e.rendered = RenderedItems(width: width, items: EntityPagePane.items(page, rows: e.rows, width: width, theme: theme))
                }
                listHeight -= EntityPagePane.headerRows(EntityPagePane.header(e, width: width, ascii: settings.ascii, theme: theme), height: height)
            }
            e.cursor.viewHeight = max(1, listHeight)
            let rendered = e.rendered
            e.cursor.reveal(viewHeight: max(1, listHeight), count: e.rows.count) { rendered?.height($0) ?? 1 }
            trail[i] = .entityPage(e)
        case .entities(var v):
            if !v.loaded {
                switch v.scope {
                case .article(let id, _):
                    do { v.load(article: try ctx.store.article(id: id)) } catch { v.fail("\(error)") }
                case .corpus(let kind):
                    do { v.load(try ctx.store.entities(kind: kind, limit: 20_000)) } catch { v.fail("\(error)") }
                case .named:
                    v.load([])
                }
            }
            v.cursor.viewHeight = height
            v.cursor.reveal(viewHeight: height, count: v.items.count) { _ in 1 }
            trail[i] = .entities(v)
        case .articlePane(var p):
            if !p.isLoaded {
                do { p.load(try ctx.store.article(id: p.articleID)) } catch { p.fail("\(error)") }
            }
            if p.article != nil, p.rendered?.width != width {
                p.rendered = RenderedItems(width: width, items: ArticlePane.items(p, width: width, theme: theme))
            }
            p.cursor.viewHeight = height
            let rendered = p.rendered
            p.cursor.reveal(viewHeight: height, count: p.items.count) { rendered?.height($0) ?? 1 }
            trail[i] = .articlePane(p)
        case .searchResults(var s):
            if s.results != nil, s.rendered?.width != width {
                s.rendered = RenderedItems(width: width, items: SearchResultsPane.items(s, width: width, theme: theme))
            }
            s.cursor.viewHeight = height
            let rendered = s.rendered
            s.cursor.reveal(viewHeight: height, count: s.hits.count) { rendered?.height($0) ?? 1 }
            trail[i] = .searchResults(s)
        case .connections(var c):
            if !c.isLoaded { c.load(from: ctx.store) }
            if c.relations != nil, c.rendered?.width != width {
                c.rendered = RenderedItems(width: width, items: ConnectionsPane.items(c, width: width, ascii: settings.ascii, theme: theme))
            }
            c.cursor.viewHeight = height
            let rendered = c.rendered
            c.cursor.reveal(viewHeight: height, count: c.rows.count) { rendered?.height($0) ?? 1 }
            trail[i] = .connections(c)
        case .reportSet(var r):
            if !r.loaded { r.load(from: ctx.store) }
            if r.rendered?.width != width {
                r.rendered = RenderedItems(width: width, items: ReportSetPane.items(r, width: width, theme: theme))
            }
            r.cursor.viewHeight = height
            let rendered = r.rendered
            r.cursor.reveal(viewHeight: height, count: r.rows.count) { rendered?.height($0) ?? 1 }
            trail[i] = .reportSet(r)
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

    private func load(_ r: inout ReaderView, _ ctx: HandlerContext) {
        switch r.content {
        case .article(let id):
            do {
                r.load(article: try ctx.store.article(id: id))
            } catch {
                r.fail("Cannot show this report: \(error)")
            }
        case .raw(let path, _):
            guard let data = FileManager.default.contents(atPath: path) else {
                r.fail("Cannot read \(path); it may have been moved or deleted (R rescans the folder).")
                return
            }
            switch TextDecoding.decode(data) {
            case .text(let text, _): r.load(raw: text)
            case .skipped(let reason): r.fail("\(path): \(reason)")
            }
        }
    }
}
