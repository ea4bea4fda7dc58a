/// A terminal with no terminal: events come from a queue and frames are kept for inspection.
/// Tests drive a whole `ReaderSession` with it.
public final class HeadlessTerminal: TerminalBackend {
    public var size: (width: Int, height: Int)
    /// Inputs still to deliver, in order; `.timeout` is returned when it is empty.
    public var queue: [TerminalEvent] = []
    /// The last grid presented.
    public private(set) var screen: ScreenGrid
    /// How many cells the last `present` would have written to a real terminal.
    public private(set) var cellsWritten = 0
    public private(set) var frames = 0
    public private(set) var mouseEnabled = false
    public private(set) var suspensions = 0
    public private(set) var started = false
    /// When the queue is empty: let one frame be drawn, then end the session.
    public var quitWhenEmpty = true
    private var idle = false

    public init(width: Int, height: Int) {
        size = (width, height)
        screen = ScreenGrid(width: width, height: height)
    }

    public func start() throws { started = true }
    public func stop() { started = false }

    public func present(_ grid: ScreenGrid, full: Bool) {
        var changed = 0
        if full || grid.width != screen.width || grid.height != screen.height {
            changed = grid.cells.count
        } else {
            for i in grid.cells.indices where grid.cells[i] != screen.cells[i] { changed += 1 }
        }
        cellsWritten = changed
        screen = grid
        frames += 1
    }

    public func nextEvent(timeout: Int?) -> TerminalEvent {
        guard !queue.isEmpty else {
            if quitWhenEmpty, idle { return .signal(.quit(number: 0)) }
            idle = true
            return .timeout
        }
        idle = false
        let event = queue.removeFirst()
        if case .input(.resize(let w, let h)) = event { size = (w, h) }
        return event
    }

    public func suspend() { suspensions += 1 }
    public func runReleased(_ body: () -> Void) { body() }
    public func setMouse(_ enabled: Bool) { mouseEnabled = enabled }
    /// What `copyToClipboard` was asked to copy, in order.
    public private(set) var copied: [String] = []
    public func copyToClipboard(_ text: String) { copied.append(text) }

    /// Queues typed text, one key per character (`"]p"`, `"12j"`).
    public func type(_ text: String) {
        for c in text { queue.append(.input(.key(.char(c)))) }
    }

    /// Queues keys.
    public func press(_ keys: Key...) {
        for k in keys { queue.append(.input(.key(k))) }
    }
}
