/// The `?` screen, drawn from the live key map.
enum HelpPane {
    static func draw(_ help: HelpView, keyMap: KeyMap, in rect: Rect, theme: Theme, into grid: inout ScreenGrid) -> Int {
        grid.fill(rect)
        let filter = help.query.isEmpty ? "" : " · showing “\(help.query)”"
        PaneFrame.drawTitle("Help · keys and actions\(filter)", info: "/ search  q close", in: rect, focused: true, theme: theme, into: &grid)
        let body = rect.splitTop(1).rest
        let lines = HelpView.lines(keyMap: keyMap, query: help.query)
        let top = min(help.top, max(0, lines.count - body.height))
        let keysWidth = min(18, max(8, body.width / 5))
        let nameWidth = body.width >= 90 ? 20 : 0
        for y in 0..<body.height {
            let i = top + y
            guard i < lines.count else { break }
            let line = lines[i]
            var styled = StyledLine()
            if let heading = line.heading {
                styled.append(heading, theme[.title])
            } else {
                styled.append(" " + pad(line.keys, keysWidth), theme[.heading])
                if nameWidth > 0 { styled.append(pad(line.name, nameWidth), theme[.meta]) }
                styled.append(line.help)
            }
            grid.put(styled.truncated(to: body.width), x: body.x, y: body.y + y, limit: body.maxX)
        }
        if lines.isEmpty {
            PaneFrame.drawMessage("No key or action mentions “\(help.query)”.", in: body, style: theme[.dim], into: &grid)
        }
        return body.height
    }

    static func pad(_ s: String, _ width: Int) -> String {
        let w = s.count
        return w >= width ? s + " " : s + String(repeating: " ", count: width - w)
    }
}
