/// The `?` screen, drawn from the live key map.
enum HelpPane {
    static func draw(_ help: HelpView, keyMap: KeyMap, in rect: Rect, theme: Theme, into grid: inout ScreenGrid) -> Int {
        grid.fill(rect)
        let filter = help.query.isEmpty ? "" : " · showing “\(help.query)”"
        PaneFrame.drawTitle("Help · keys and actions\(filter)", info: "/ search  q close", in: rect, focused: true, theme: theme, into: &grid)
        let body = rect.splitTop(1).rest
        let lines = HelpView.lines(keyMap: keyMap, query: help.query).flatMap { rows($0, width: body.width, theme: theme) }
        let top = min(help.top, max(0, lines.count - body.height))
        for y in 0..<body.height {
            let i = top + y
            guard i < lines.count else { break }
            grid.put(lines[i], x: body.x, y: body.y + y, limit: body.maxX)
        }
        if lines.isEmpty {
            PaneFrame.drawMessage("No key or action mentions “\(help.query)”.", in: body, style: theme[.dim], into: &grid)
        }
        return body.height
    }

    /// ` Ctrl-O h Backspace  back          Go back …`: keys, then the action's name on wide
    /// screens, then its help, in columns.
    /// Keys longer than their column get a row of their own.
    static func rows(_ line: HelpView.Line, width: Int, theme: Theme) -> [StyledLine] {
        if let heading = line.heading { return [StyledLine(heading, theme[.title]).truncated(to: width)] }
        let keysWidth = width >= 60 ? 20 : 12
        let nameWidth = width >= 90 ? 16 : 0
        var out: [StyledLine] = []
        var styled: StyledLine
        if line.keys.count >= keysWidth - 1 {
            out.append(StyledLine(" " + line.keys, theme[.heading]).truncated(to: width))
            styled = StyledLine(String(repeating: " ", count: keysWidth))
        } else {
            styled = StyledLine(" " + pad(line.keys, keysWidth - 1), theme[.heading])
        }
        if nameWidth > 0 { styled.append(pad(line.name, nameWidth), theme[.meta]) }
        styled.append(line.help)
        out.append(styled.truncated(to: width))
        return out
    }

    static func pad(_ s: String, _ width: Int) -> String {
        let w = s.count
        return w >= width ? s + " " : s + String(repeating: " ", count: width - w)
    }
}
