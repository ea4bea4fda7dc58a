/// OSC 8 hyperlinks: how a terminal that supports them is told that the cells showing a web
/// address link to it, so that a click opens it even where the address is cut or wrapped.
///
/// ncurses knows nothing of OSC 8, so a backend writes `Hyperlinks.sequence(for:colors:)` after
/// each frame: for every link on the grid it saves the cursor, moves to the link's cells, opens
/// the link, writes the same characters again in the same style, closes the link and restores
/// the cursor. Only web addresses are ever linked (see `ScreenGrid.hyperlinks`); the address is
/// written with every byte outside printable ASCII percent-encoded, so nothing from a report can
/// end the sequence early or act as a control.
public enum Hyperlinks {
    /// Whether to emit OSC 8 links: `on`/`off` from the config, or for `auto`, whether the
    /// terminal is one known to show them. Unknown terminals and multiplexers (tmux and screen
    /// before they pass OSC 8 through) get none: an old terminal may print the sequence as text.
    public static func enabled(_ mode: Mode, environment: [String: String]) -> Bool {
        switch mode {
        case .on: return true
        case .off: return false
        case .auto: break
        }
        if environment["TMUX"] != nil || environment["STY"] != nil { return false }
        let term = environment["TERM"] ?? ""
        if ["xterm-kitty", "foot", "foot-extra", "wezterm", "xterm-ghostty", "alacritty", "contour"].contains(term) { return true }
        if let program = environment["TERM_PROGRAM"],
           ["iTerm.app", "WezTerm", "vscode", "ghostty", "Hyper", "tabby", "rio"].contains(program) { return true }
        if let vte = environment["VTE_VERSION"].flatMap(Int.init), vte >= 5000 { return true }
        if environment["KITTY_WINDOW_ID"] != nil || environment["WT_SESSION"] != nil || environment["KONSOLE_VERSION"] != nil {
            return true
        }
        return false
    }

    /// `set hyperlinks on|off|auto`.
    public enum Mode: String, Sendable, CaseIterable {
        case on, off, auto
    }

    /// The bytes that mark the grid's links in a terminal that has just shown the grid; empty
    /// when there are none.
    public static func sequence(for grid: ScreenGrid, colors: Bool) -> String {
        var out = ""
        for link in grid.hyperlinks {
            var text = ""
            var style: Style?
            out += "\u{1B}7\u{1B}[\(link.y + 1);\(link.x + 1)H\u{1B}]8;;\(encoded(link.url))\u{1B}\\"
            for x in link.x..<min(link.x + link.width, grid.width) {
                let cell = grid[x, link.y]
                if cell.isContinuation { continue }
                if cell.style != style {
                    out += text
                    text = ""
                    style = cell.style
                    out += sgr(cell.style, colors: colors)
                }
                text.append(cell.character)
            }
            out += text + "\u{1B}]8;;\u{1B}\\\u{1B}[0m\u{1B}8"
        }
        return out
    }

    /// The address with anything but printable ASCII percent-encoded.
    static func encoded(_ url: String) -> String {
        var out = ""
        for byte in url.utf8 {
            if byte > 0x20, byte < 0x7F {
                out.append(Character(Unicode.Scalar(byte)))
            } else {
                out += (byte < 0x10 ? "%0" : "%") + String(byte, radix: 16, uppercase: true)
            }
        }
        return out
    }

    /// Select Graphic Rendition for `style`, from a reset.
    static func sgr(_ style: Style, colors: Bool) -> String {
        var codes = ["0"]
        if style.bold { codes.append("1") }
        if style.dim { codes.append("2") }
        if style.italic { codes.append("3") }
        if style.underline { codes.append("4") }
        if style.reverse { codes.append("7") }
        if colors {
            if let code = colorCode(style.foreground, base: 30) { codes.append(code) }
            if let code = colorCode(style.background, base: 40) { codes.append(code) }
        }
        return "\u{1B}[" + codes.joined(separator: ";") + "m"
    }

    private static func colorCode(_ color: Color, base: Int) -> String? {
        guard let n = color.paletteIndex else { return nil }
        switch n {
        case 0..<8: return String(base + n)
        case 8..<16: return String(base + 60 + n - 8)
        default: return "\(base + 8);5;\(n)"
        }
    }
}
