import BylineCore
import Foundation

/// What a pane is prepared with before a frame is drawn.
struct PanePreparation {
    var store: any ArticleStore
    var settings: Settings
    var theme: Theme
}

/// What preparing a pane asks of the rest of the screen.
enum PaneNotice: Equatable {
    /// A problem for the status line.
    case error(String)
    /// The list put itself in another order (its reports have no dates); the first row is
    /// selected and shown.
    case listResorted
}

/// Each pane reads what it needs from the store and lays itself out for its size.
protocol PreparedPane {
    /// Called by `AppState.prepare` before every frame with the pane's content size.
    mutating func prepare(width: Int, height: Int, _ env: PanePreparation) -> PaneNotice?
}

extension WrappedRowsContent {
    /// Wraps the rows again when there are rows to wrap (`ready`) and the width changed, and
    /// keeps the selection in view.
    mutating func layRows(width: Int, height: Int, count: Int, ready: Bool = true, items: () -> [[StyledLine]]) {
        if ready, rendered?.width != width { rendered = RenderedItems(width: width, items: items()) }
        cursor.viewHeight = height
        let rendered = self.rendered
        cursor.reveal(viewHeight: height, count: count) { rendered?.height($0) ?? 1 }
    }
}

extension ArticleListView: PreparedPane {
    mutating func prepare(width: Int, height: Int, _ env: PanePreparation) -> PaneNotice? {
        var notice: PaneNotice?
        cursor.viewHeight = height
        cursor.reveal(viewHeight: height, count: rowCount) { _ in 1 }
        do {
            try load(rows: cursor.top..<(cursor.top + height), from: env.store)
            try load(rows: cursor.selected..<(cursor.selected + 1), from: env.store)
        } catch {
            notice = .error("Cannot read the list of reports: \(error)")
        }
        settle()
        if checkDates() {
            do {
                try holdAll(from: env.store)
                sortForLackOfDates()
            } catch {
                return .error("Cannot read the list of reports: \(error)")
            }
            return .listResorted
        }
        return notice
    }
}

extension ReaderView: PreparedPane {
    mutating func prepare(width: Int, height: Int, _ env: PanePreparation) -> PaneNotice? {
        if !isLoaded { load(from: env.store) }
        let reading = env.settings.readingWidth
        relayout(width: reading > 0 ? min(width, reading) : width, height: height)
        return nil
    }

    private mutating func load(from store: any ArticleStore) {
        switch content {
        case .article(let id):
            do {
                load(article: try store.article(id: id))
            } catch {
                fail("Cannot show this report: \(error)")
            }
        case .raw(let path, _):
            guard let data = FileManager.default.contents(atPath: path) else {
                fail("Cannot read \(path); it may have been moved or deleted (R rescans the folder).")
                return
            }
            switch TextDecoding.decode(data) {
            case .text(let text, _): load(raw: text)
            case .skipped(let reason): fail("\(path): \(reason)")
            }
        }
    }
}

extension EntityPageView: PreparedPane {
    mutating func prepare(width: Int, height: Int, _ env: PanePreparation) -> PaneNotice? {
        if !isLoaded { load(from: env.store) }
        var listHeight = height
        if let page {
            if rendered?.width != width {
                rendered = RenderedItems(width: width, items: EntityPagePane.items(page, rows: rows, width: width, theme: env.theme))
            }
            listHeight -= EntityPagePane.headerRows(EntityPagePane.header(self, width: width, ascii: env.settings.ascii, theme: env.theme), height: height)
        }
        cursor.viewHeight = max(1, listHeight)
        let rendered = self.rendered
        cursor.reveal(viewHeight: max(1, listHeight), count: rows.count) { rendered?.height($0) ?? 1 }
        return nil
    }
}

extension EntitiesView: PreparedPane {
    mutating func prepare(width: Int, height: Int, _ env: PanePreparation) -> PaneNotice? {
        if !loaded {
            switch scope {
            case .article(let id, _):
                do { load(article: try env.store.article(id: id)) } catch { fail("\(error)") }
            case .corpus(let kind):
                do { load(try env.store.entities(kind: kind, limit: 20_000)) } catch { fail("\(error)") }
            case .named:
                load([])
            }
        }
        cursor.viewHeight = height
        cursor.reveal(viewHeight: height, count: items.count) { _ in 1 }
        return nil
    }
}

extension ArticlePaneView: PreparedPane {
    mutating func prepare(width: Int, height: Int, _ env: PanePreparation) -> PaneNotice? {
        if !isLoaded {
            do { load(try env.store.article(id: articleID)) } catch { fail("\(error)") }
        }
        let me = self
        layRows(width: width, height: height, count: items.count, ready: article != nil) { ArticlePane.items(me, width: width, theme: env.theme) }
        return nil
    }
}

extension SearchResultsView: PreparedPane {
    mutating func prepare(width: Int, height: Int, _ env: PanePreparation) -> PaneNotice? {
        let me = self
        layRows(width: width, height: height, count: hits.count, ready: results != nil) { SearchResultsPane.items(me, width: width, theme: env.theme) }
        return nil
    }
}

extension ConnectionsView: PreparedPane {
    mutating func prepare(width: Int, height: Int, _ env: PanePreparation) -> PaneNotice? {
        if !isLoaded { load(from: env.store) }
        let me = self
        layRows(width: width, height: height, count: rows.count, ready: relations != nil) {
            ConnectionsPane.items(me, width: width, ascii: env.settings.ascii, theme: env.theme)
        }
        return nil
    }
}

extension ReportSetView: PreparedPane {
    mutating func prepare(width: Int, height: Int, _ env: PanePreparation) -> PaneNotice? {
        if !loaded { load(from: env.store) }
        let me = self
        layRows(width: width, height: height, count: rows.count) { ReportSetPane.items(me, width: width, theme: env.theme) }
        return nil
    }
}
