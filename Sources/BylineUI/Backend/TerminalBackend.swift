/// The terminal, as the UI needs it. The ncurses implementation lives in `BylineTerminal`; tests
/// use `HeadlessTerminal`.
///
/// Call order: `start()` once, then any number of `present`/`nextEvent` pairs, then `stop()`.
/// One thread only. `suspend()` and `runReleased(_:)` leave the terminal to the shell or a child
/// process and take it back; the caller redraws in full afterwards.
public protocol TerminalBackend: AnyObject {
    /// The size in cells, as last reported.
    var size: (width: Int, height: Int) { get }
    /// Takes over the terminal (alternate screen, keypad, no echo).
    func start() throws
    /// Gives the terminal back as it was; safe to call more than once.
    func stop()
    /// Shows `grid`, writing only cells that changed since the last call unless `full`.
    func present(_ grid: ScreenGrid, full: Bool)
    /// The next input, waiting up to `timeout` milliseconds (nil: until there is one).
    func nextEvent(timeout: Int?) -> TerminalEvent
    /// Ctrl-Z: restores the terminal, stops the process, and takes the terminal back on `fg`.
    func suspend()
    /// Hands the terminal to `body` (a child process) and takes it back.
    func runReleased(_ body: () -> Void)
    /// Turns mouse reporting on or off.
    func setMouse(_ enabled: Bool)
    /// Asks the terminal to put `text` on the clipboard (OSC 52). Only Byline's own `y` calls
    /// it, with text it chose; nothing read from a report is ever written raw.
    func copyToClipboard(_ text: String)
}

/// What `nextEvent` returns.
public enum TerminalEvent: Sendable, Equatable {
    case input(InputEvent)
    /// The timeout passed with no input.
    case timeout
    case signal(TerminalSignal)
}

/// Signals the reader acts on.
public enum TerminalSignal: Sendable, Equatable {
    /// SIGINT (Ctrl-C), SIGTERM, SIGHUP: quit, with the exit status 128 + `number`.
    case quit(number: Int32)
    /// SIGTSTP (Ctrl-Z).
    case suspend
}
