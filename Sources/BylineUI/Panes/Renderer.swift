import BylineCore

/// Draws the whole state into a fresh grid. Pure: the same state gives the same grid.
public enum Renderer {
    public static func render(_ state: AppState) -> ScreenGrid {
        var grid = ScreenGrid(width: state.width, height: state.height)
        let layout = state.screenLayout
        if layout.tooSmall {
            drawTooSmall(into: &grid)
            return grid
        }
        let theme = state.theme
        if let help = state.help {
            _ = HelpPane.draw(help, keyMap: state.keyMap, in: Rect(x: 0, y: 0, width: state.width, height: state.height - 1),
                              theme: theme, into: &grid)
        } else {
            let drawing = PaneDrawing(state)
            for pane in layout.panes {
                draw(state.trail[pane.index], pane: pane, drawing: drawing, into: &grid)
            }
            if let sep = layout.separator {
                for y in sep.y..<sep.maxY { grid.put("│", x: sep.x, y: y, style: theme[.separator]) }
            }
        }
        StatusLine.draw(state, in: layout.status, into: &grid)
        if state.prompt == nil {
            grid.cursor = state.settings.cursorOnSelection ? selectionCursor(state, layout: layout) : nil
        }
        return grid
    }

    static func draw(_ view: View, pane: ScreenLayout.Pane, drawing: PaneDrawing, into grid: inout ScreenGrid) {
        let content = view.content
        let (title, info) = content.title(drawing)
        content.draw(in: pane.content, focused: pane.focused, drawing, into: &grid)
        PaneFrame.drawTitle(title, info: info, in: pane.frame, focused: pane.focused, theme: drawing.theme, into: &grid)
    }

    static func drawTooSmall(into grid: inout ScreenGrid) {
        guard grid.width > 0, grid.height > 0 else { return }
        let lines = StyledLine(ScreenLayout.tooSmallMessage).wrapped(width: grid.width)
        for (y, line) in lines.prefix(grid.height).enumerated() { grid.put(line, x: 0, y: y) }
    }

    /// Where the cursor goes for screen readers: the selected row, or the reader's selected link.
    static func selectionCursor(_ state: AppState, layout: ScreenLayout) -> (x: Int, y: Int)? {
        guard let pane = layout.panes.first(where: \.focused) else { return nil }
        let content = pane.content
        switch state.trail[pane.index] {
        case .reader(let r):
            guard let li = r.selectedLink, let doc = r.document, let l = r.layout else { return (content.x, content.y) }
            let row = l.row(for: DocPosition(line: doc.links[li].line, cluster: doc.links[li].clusters.lowerBound))
            guard r.visibleRows.contains(row) else { return (content.x, content.y) }
            let lineRow = l.rows[row]
            let line = doc.lines[lineRow.line]
            let prefix = DisplayWidth.of(lineRow.isFirst ? line.firstPrefix : line.prefix)
            let x = content.x + prefix + line.text.width(lineRow.clusters.lowerBound..<doc.links[li].clusters.lowerBound)
            return (min(x, content.maxX - 1), content.y + row - r.top)
        default:
            let view = state.trail[pane.index]
            guard let cursor = view.cursor else { return nil }
            var y = content.y
            if case .entityPage(let e) = view, e.page != nil {
                y += EntityPagePane.headerRows(EntityPagePane.header(e, width: content.width, ascii: state.settings.ascii, theme: state.theme),
                                               height: content.height)
            }
            for i in cursor.top..<max(cursor.top, cursor.selected) { y += view.itemHeight(i) }
            return y < content.maxY ? (content.x, y) : nil
        }
    }
}

extension AppState {
    /// Where the panes go at the current size.
    public var screenLayout: ScreenLayout {
        ScreenLayout(width: width, height: height, trail: trail, maximised: maximised, readingWidth: settings.readingWidth)
    }
}
