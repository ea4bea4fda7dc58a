import BylineCore
import BylineUI
import CNcurses
import Foundation
import Glibc

/// The terminal through ncurses (ncursesw): the only code that calls ncurses or installs
/// signal handlers.
///
/// Signal handlers for SIGINT, SIGTERM, SIGHUP and SIGTSTP are installed before ncurses starts
/// (so ncurses leaves them alone) and only set a flag; `nextEvent` wakes at least every 50 ms to
/// read it. A crash handler restores the terminal before the process dies.
public final class NcursesTerminal: TerminalBackend {
    private let colorMode: ColorMode
    private let escapeDelay: Int
    private var screen: OpaquePointer?
    private var active = false
    private var colorsOn = false
    private var previous: ScreenGrid?
    private var pairs: [PairKey: Int16] = [:]
    private var cursorShown = false
    /// Whether to mark web addresses as OSC 8 links after each frame (`Hyperlinks.enabled`).
    public var hyperlinks = false
    public private(set) var size: (width: Int, height: Int) = (0, 0)

    private struct PairKey: Hashable { var fg: Int16, bg: Int16 }

    /// - Parameters:
    ///   - colorMode: `never` draws no colour (bold, reverse and underline stay).
    ///   - escapeDelay: how long a lone Esc waits for the rest of a key sequence, in ms.
    public init(colorMode: ColorMode, escapeDelay: Int = 25) {
        self.colorMode = colorMode
        self.escapeDelay = escapeDelay
    }

    /// Why the reader cannot start on this terminal, or nil when it can.
    ///
    /// Checked before anything is drawn: stdout and stdin must be terminals, and `TERM` must
    /// name a terminal that can move the cursor.
    public static func unusableReason(environment: [String: String]) -> String? {
        guard isatty(STDOUT_FILENO) == 1 else { return "standard output is not a terminal" }
        guard isatty(STDIN_FILENO) == 1 else { return "standard input is not a terminal" }
        guard let term = environment["TERM"], !term.isEmpty else { return "TERM is not set" }
        switch cn_check_terminal(term) {
        case 0: return nil
        case 1: return "unknown terminal type TERM=\(term)"
        case 2: return "no terminfo database was found for TERM=\(term)"
        default: return "TERM=\(term) cannot move the cursor"
        }
    }

    /// The ncurses version, for `--version` style reports.
    public static var version: String { String(cString: curses_version()) }

    public func start() throws {
        cn_install_flag_handlers()
        if setlocale(LC_ALL, "") == nil || String(cString: nl_langinfo(nl_item(CODESET))) != "UTF-8" {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
        cn_install_crash_handlers()
        guard let s = cn_newterm() else { throw TerminalError("cannot take over the terminal; check TERM") }
        screen = s
        active = true
        cbreak()
        noecho()
        nonl()
        intrflush(cn_stdscr(), false)
        keypad(cn_stdscr(), true)
        meta(cn_stdscr(), true)
        cn_set_escdelay(Int32(escapeDelay))
        curs_set(0)
        if colorMode != .never, has_colors() {
            start_color()
            use_default_colors()
            colorsOn = true
        }
        mouseinterval(200)
        size = (Int(cn_cols()), Int(cn_lines()))
        let capabilities: [String] = ["rmcup", "cnorm", "rmkx", "sgr0"]
        let restore = capabilities.map { name in String(cString: cn_capability(name)) }.joined()
            + "\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1003l\u{1B}[?1006l"
        cn_set_restore_bytes(restore)
    }

    public func stop() {
        guard active else { return }
        active = false
        mousemask(0, nil)
        curs_set(1)
        endwin()
        cn_clear_restore_bytes()
        if let s = screen { delscreen(s) }
        screen = nil
    }

    public func present(_ grid: ScreenGrid, full: Bool) {
        guard active else { return }
        let win = cn_stdscr()!
        let redrawAll = full || previous?.width != grid.width || previous?.height != grid.height
        if redrawAll {
            clearok(cn_curscr(), true)
        }
        // Neighbouring cells mostly share a style: its attributes are worked out once a run.
        var lastStyle: Style?
        var lastAttributes: (attr_t, Int16) = (cn_A_NORMAL(), 0)
        var changed = redrawAll || previous?.hyperlinks != grid.hyperlinks
        for y in 0..<grid.height {
            for x in 0..<grid.width {
                let cell = grid[x, y]
                if !redrawAll, let previous, previous[x, y] == cell { continue }
                changed = true
                if cell.isContinuation { continue }
                if cell.style != lastStyle {
                    lastStyle = cell.style
                    lastAttributes = attributes(cell.style)
                }
                draw(cell, x: x, y: y, attributes: lastAttributes, in: win)
            }
        }
        if let c = grid.cursor {
            wmove(win, Int32(c.y), Int32(c.x))
            if !cursorShown { curs_set(1); cursorShown = true }
        } else if cursorShown {
            curs_set(0)
            cursorShown = false
        }
        wnoutrefresh(win)
        doupdate()
        previous = grid
        if hyperlinks, changed, !grid.hyperlinks.isEmpty {
            // Written after ncurses has flushed the frame (only when it drew something, which
            // may have covered a link); the sequence puts the cursor and the attributes back as
            // they were, so ncurses' picture of the screen stays true.
            writeStraight(Hyperlinks.sequence(for: grid, colors: colorsOn))
        }
    }

    private func draw(_ cell: Cell, x: Int, y: Int, attributes: (attr_t, Int16), in win: UnsafeMutablePointer<WINDOW>) {
        var cc = cchar_t()
        let (attrs, pair) = attributes
        let unicodeScalars = cell.character.unicodeScalars
        if cell.width == 1, let only = unicodeScalars.first, only.value >= 0x20, only.value < 0x7F,
           unicodeScalars.index(after: unicodeScalars.startIndex) == unicodeScalars.endIndex {
            // Printable ASCII, most of any screen: no arrays to build, no width to look up.
            var chars: (wchar_t, wchar_t) = (wchar_t(bitPattern: only.value), 0)
            withUnsafePointer(to: &chars) {
                $0.withMemoryRebound(to: wchar_t.self, capacity: 2) { _ = setcchar(&cc, $0, attrs, pair, nil) }
            }
            mvwadd_wch(win, Int32(y), Int32(x), &cc)
            return
        }
        var scalars = Array(unicodeScalars)
        let width = Int(wcwidth(wchar_t(bitPattern: scalars[0].value)))
        if width < 0 || (width == 2) != (cell.width == 2) {
            // The C library measures this cluster differently from Byline: draw a stand-in of
            // the width the grid expects so the columns after it stay where they belong.
            scalars = [cell.width == 2 ? "\u{FF1F}" : "\u{FFFD}"]
        }
        // The base and up to four combining marks; later scalars of a ZWJ sequence are dropped.
        var chars: [wchar_t] = [wchar_t(bitPattern: scalars[0].value)]
        for s in scalars.dropFirst() where wcwidth(wchar_t(bitPattern: s.value)) == 0 && chars.count < 5 {
            chars.append(wchar_t(bitPattern: s.value))
        }
        chars.append(0)
        setcchar(&cc, chars, attrs, pair, nil)
        mvwadd_wch(win, Int32(y), Int32(x), &cc)
    }

    private func attributes(_ style: Style) -> (attr_t, Int16) {
        var a = cn_A_NORMAL()
        if style.bold { a |= cn_A_BOLD() }
        if style.dim { a |= cn_A_DIM() }
        if style.italic { a |= cn_A_ITALIC() }
        if style.underline { a |= cn_A_UNDERLINE() }
        if style.reverse { a |= cn_A_REVERSE() }
        guard colorsOn else { return (a, 0) }
        let key = PairKey(fg: color(style.foreground), bg: color(style.background))
        if key.fg == -1, key.bg == -1 { return (a, 0) }
        if let p = pairs[key] { return (a, p) }
        let next = pairs.count + 1
        guard next < Int(cn_color_pairs()), next < Int(Int16.max) else { return (a, 0) }
        init_pair(Int16(next), key.fg, key.bg)
        pairs[key] = Int16(next)
        return (a, Int16(next))
    }

    private func color(_ c: Color) -> Int16 {
        guard let i = c.paletteIndex else { return -1 }
        let available = Int(cn_colors())
        if i < available { return Int16(i) }
        if i >= 8, i < 16, available >= 8 { return Int16(i - 8) }
        return -1
    }

    public func nextEvent(timeout: Int?) -> TerminalEvent {
        guard active, let win = cn_stdscr() else { return .signal(.quit(number: SIGTERM)) }
        var remaining = timeout ?? Int.max
        while true {
            if let signal = takeSignal() { return .signal(signal) }
            let slice = min(50, max(0, remaining))
            wtimeout(win, Int32(slice))
            var ch: wint_t = 0
            let r = wget_wch(win, &ch)
            if r == OK {
                if let key = Self.key(forCharacter: UInt32(ch)) { return .input(.key(key)) }
                continue
            }
            if r == KEY_CODE_YES {
                if let event = special(Int32(ch)) { return event }
                continue
            }
            if let signal = takeSignal() { return .signal(signal) }
            if remaining != Int.max { remaining -= slice }
            if remaining <= 0 { return .timeout }
        }
    }

    private func takeSignal() -> TerminalSignal? {
        let s = cn_take_pending_signal()
        switch s {
        case 0: return nil
        case SIGTSTP: return .suspend
        default: return .quit(number: s)
        }
    }

    static func key(forCharacter c: UInt32) -> Key? {
        switch c {
        case 0x0A, 0x0D: return .enter
        case 0x09: return .tab
        case 0x1B: return .escape
        case 0x7F, 0x08: return .backspace
        case 0x01...0x1A: return Key.control(Character(Unicode.Scalar(c + 0x60)!))
        case 0x1C: return .ctrl("\\")
        case 0x1D: return .ctrl("]")
        case 0x1E: return .ctrl("^")
        case 0x1F: return .ctrl("_")
        case 0x00: return nil
        default:
            guard let scalar = Unicode.Scalar(c), !VisibleText.isUnsafe(scalar) else { return nil }
            return .char(Character(scalar))
        }
    }

    private func special(_ code: Int32) -> TerminalEvent? {
        switch code {
        case KEY_RESIZE:
            size = (Int(cn_cols()), Int(cn_lines()))
            return .input(.resize(width: size.width, height: size.height))
        case KEY_MOUSE:
            var event = MEVENT()
            guard getmouse(&event) == OK else { return nil }
            let x = Int(event.x), y = Int(event.y)
            let b = event.bstate
            if b & cn_BUTTON4_PRESSED() != 0 { return .input(.mouse(MouseEvent(x: x, y: y, kind: .wheelUp))) }
            if b & cn_BUTTON5_PRESSED() != 0 { return .input(.mouse(MouseEvent(x: x, y: y, kind: .wheelDown))) }
            if b & cn_BUTTON1_DOUBLE_CLICKED() != 0 { return .input(.mouse(MouseEvent(x: x, y: y, kind: .doubleClick))) }
            if b & (cn_BUTTON1_CLICKED() | cn_BUTTON1_PRESSED()) != 0 { return .input(.mouse(MouseEvent(x: x, y: y, kind: .click))) }
            return nil
        case KEY_UP: return .input(.key(.up))
        case KEY_DOWN: return .input(.key(.down))
        case KEY_LEFT: return .input(.key(.left))
        case KEY_RIGHT: return .input(.key(.right))
        case KEY_NPAGE: return .input(.key(.pageDown))
        case KEY_PPAGE: return .input(.key(.pageUp))
        case KEY_HOME: return .input(.key(.home))
        case KEY_END: return .input(.key(.end))
        case KEY_BACKSPACE: return .input(.key(.backspace))
        case KEY_DC: return .input(.key(.delete))
        case KEY_ENTER: return .input(.key(.enter))
        case KEY_BTAB: return .input(.key(.backTab))
        case (KEY_F0 + 1)...(KEY_F0 + 24): return .input(.key(.function(Int(code - KEY_F0))))
        default: return nil
        }
    }

    public func suspend() {
        guard active else { return }
        endwin()
        cn_stop_self()
        // Back after `fg`: the size may have changed while stopped.
        var ws = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &ws) == 0, ws.ws_col > 0, ws.ws_row > 0 {
            resizeterm(Int32(ws.ws_row), Int32(ws.ws_col))
        }
        size = (Int(cn_cols()), Int(cn_lines()))
        previous = nil
        refresh()
    }

    public func runReleased(_ body: () -> Void) {
        guard active else { return body() }
        def_prog_mode()
        endwin()
        body()
        // Ctrl-C inside the child belonged to the child.
        let s = cn_take_pending_signal()
        if s != 0, s != SIGINT { cn_install_flag_handler(s); raise(s) }
        reset_prog_mode()
        previous = nil
    }

    public func setMouse(_ enabled: Bool) {
        guard active else { return }
        mousemask(enabled ? cn_ALL_MOUSE_EVENTS() : 0, nil)
    }

    /// OSC 52 with the text in base64, so no byte of it can act as a control. Written straight
    /// to the terminal: ncurses has flushed its own output at the end of the last frame.
    public func copyToClipboard(_ text: String) {
        guard active else { return }
        writeStraight("\u{1B}]52;c;" + Data(text.utf8).base64EncodedString() + "\u{7}")
    }

    /// Writes a sequence of Byline's own to the terminal, past ncurses.
    private func writeStraight(_ text: String) {
        let sequence = Array(text.utf8)
        sequence.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let n = write(STDOUT_FILENO, bytes.baseAddress! + offset, bytes.count - offset)
                if n <= 0 { break }
                offset += n
            }
        }
    }
}

/// The terminal could not be taken over.
public struct TerminalError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
