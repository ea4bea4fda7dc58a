import BylineCore

/// The title row every pane has: a focus marker, the title, and information on the right.
enum PaneFrame {
    static func drawTitle(_ title: String, info: String = "", in rect: Rect, focused: Bool, theme: Theme, into grid: inout ScreenGrid) {
        guard rect.height > 0, rect.width > 0 else { return }
        let style = focused ? theme[.titleFocused] : theme[.title]
        let row = rect.row(0)
        grid.fill(row, style: style)
        let marker = focused ? "▶ " : "  "
        let right = info.isEmpty ? "" : " " + info + " "
        let rightWidth = DisplayWidth.of(right)
        let room = rect.width - DisplayWidth.of(marker) - (rightWidth < rect.width / 2 ? rightWidth : 0)
        let text = StyledLine(VisibleText.make(title), style).truncated(to: max(0, room))
        var x = grid.put(marker, x: rect.x, y: rect.y, style: style, limit: rect.maxX)
        x = grid.put(text, x: x, y: rect.y, limit: rect.maxX)
        if rightWidth < rect.width / 2, !right.isEmpty {
            grid.put(right, x: rect.maxX - rightWidth, y: rect.y, style: style, limit: rect.maxX)
        }
    }

    /// A line of text in the middle of an empty pane (`Loading…`, an error).
    static func drawMessage(_ text: String, in rect: Rect, style: Style, into grid: inout ScreenGrid) {
        guard rect.height > 0 else { return }
        let lines = StyledLine(VisibleText.make(text), style).wrapped(width: max(1, rect.width - 2))
        for (i, line) in lines.prefix(rect.height).enumerated() {
            grid.put(line, x: rect.x + 1, y: rect.y + i, limit: rect.maxX)
        }
    }

    /// What a pane shows in place of its content: the error of its last load, else `waiting`
    /// (`Loading…`, `Searching…`), dim, while the content is on its way.
    static func drawPlaceholder(error: String?, waiting: String, in rect: Rect, theme: Theme, into grid: inout ScreenGrid) {
        if let error {
            drawMessage(error, in: rect, style: theme[.statusError].withoutReverse, into: &grid)
        } else {
            drawMessage(waiting, in: rect, style: theme[.dim], into: &grid)
        }
    }

    /// Draws `line` padded to the full row, in `rowStyle` beneath the runs' own styles.
    static func drawRow(_ line: StyledLine, at y: Int, in rect: Rect, selected: Bool, focused: Bool, theme: Theme, into grid: inout ScreenGrid) {
        let row = Rect(x: rect.x, y: y, width: rect.width, height: 1)
        grid.fill(row)
        grid.put(line.truncated(to: rect.width), x: rect.x, y: y, limit: rect.maxX)
        if selected {
            let sel = focused ? theme[.selection] : theme[.selectionUnfocused]
            grid.restyle(row) { $0 = $0.merged(with: sel) }
        }
    }
}
