import BylineCore

/// The bottom row: a message or key hints on the left; typed count, background progress and
/// position on the right. While typing, the command line takes its place.
enum StatusLine {
    static func draw(_ state: AppState, in rect: Rect, into grid: inout ScreenGrid) {
        guard rect.height > 0 else { return }
        let theme = state.theme
        if let prompt = state.prompt {
            drawPrompt(prompt, state: state, in: rect, into: &grid)
            return
        }
        grid.fill(rect, style: theme[.status])
        var right: [String] = []
        if !state.keys.isEmpty { right.append(state.keys.display) }
        if let progress = state.progress { right.append(progress.text) }
        let rightText = right.isEmpty ? "" : right.joined(separator: "  ") + " "
        let rightWidth = DisplayWidth.of(rightText)
        let room = max(0, rect.width - rightWidth - 1)
        var left: StyledLine
        if let message = state.status {
            left = StyledLine(" " + VisibleText.make(message.text), message.kind == .error ? theme[.statusError] : theme[.status])
        } else {
            left = hints(state)
        }
        grid.put(left.truncated(to: room), x: rect.x, y: rect.y, limit: rect.x + room)
        if rightWidth > 0, rightWidth < rect.width {
            grid.put(rightText, x: rect.maxX - rightWidth, y: rect.y, style: theme[.status], limit: rect.maxX)
        }
    }

    /// ` Tab link  Enter follow  ]p person …` for the focused pane, from the action table.
    static func hints(_ state: AppState) -> StyledLine {
        let pane = state.focusedKind
        var line = StyledLine(" ", state.theme[.status])
        let keyStyle = state.theme[.status].merged(with: Style(bold: true))
        var seen = Set<String>()
        for action in Action.allCases {
            guard let hint = action.info.hint, let key = state.keyMap.effectiveKeys(for: action, in: pane).first else { continue }
            guard seen.insert(key.description).inserted else { continue }
            line.append(key.description, keyStyle)
            line.append(" " + hint + "  ", state.theme[.status])
        }
        return line
    }

    static func drawPrompt(_ prompt: Prompt, state: AppState, in rect: Rect, into grid: inout ScreenGrid) {
        let theme = state.theme
        grid.fill(rect, style: theme[.prompt])
        let label = prompt.label
        let labelWidth = DisplayWidth.of(label)
        var x = grid.put(label, x: rect.x, y: rect.y, style: theme[.heading], limit: rect.maxX)
        var extra = ""
        if case .reportSearch(_, let i) = prompt.purpose, i < state.trail.views.count, let search = state.trail[i].reader?.search {
            extra = "  [\(search.counter)]"
        }
        if case .corpusSearch = prompt.purpose, state.pendingSearch != nil { extra = "  …" }
        let room = max(1, rect.width - labelWidth - DisplayWidth.of(extra) - 1)
        let chars = Array(VisibleText.make(prompt.text))
        // Scroll the text so the cursor stays visible.
        var start = 0
        while DisplayWidth.of(String(chars[start..<min(prompt.cursor, chars.count)])) >= room, start < prompt.cursor { start += 1 }
        let before = String(chars[start..<min(prompt.cursor, chars.count)])
        let after = String(chars[min(prompt.cursor, chars.count)...])
        x = grid.put(before, x: x, y: rect.y, style: theme[.prompt], limit: rect.x + labelWidth + room)
        grid.cursor = (min(x, rect.maxX - 1), rect.y)
        let end = grid.put(after, x: x, y: rect.y, style: theme[.prompt], limit: rect.x + labelWidth + room)
        if !extra.isEmpty { grid.put(extra, x: end, y: rect.y, style: theme[.meta], limit: rect.maxX) }
    }
}
