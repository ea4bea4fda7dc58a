import BylineCore
import Foundation

/// The run loop: reads input from a `TerminalBackend`, lets `AppState` handle it, carries out
/// the reaction, and draws a frame when the input queue is empty.
public final class ReaderSession {
    public private(set) var state: AppState
    private let backend: TerminalBackend
    private let corpus: CorpusProvider
    private let marks: any MarkStore
    private let runner: ExternalRunner?
    private let clock: () -> Int
    private var fullRedraw = true
    /// Called after each frame with how long it took from the input that caused it to the end
    /// of drawing, in nanoseconds (0 for the first frame); for benchmarks.
    public var onFrame: ((_ nanoseconds: UInt64) -> Void)?
    /// Called as each step of the first frame is done (`prepared`, `rendered`, `presented`);
    /// for benchmarks.
    public var onStep: ((String) -> Void)?
    private var inputSince: UInt64 = 0
    private var reloadPending = false
    /// Set when the last reload found a report on screen gone.
    private var vanishedMessage: StatusMessage?
    private var nextReloadAt = 0

    /// How the session ended.
    public enum Outcome: Sendable, Equatable {
        case quit
        /// A signal asked to quit; the process should exit with 128 + the number.
        case signal(Int32)
    }

    /// - Parameter clock: milliseconds on a monotonic clock (injected so tests control time).
    /// - Parameter marks: where read, starred and noted reports are kept.
    public init(state: AppState, backend: TerminalBackend, corpus: CorpusProvider, runner: ExternalRunner?,
                marks: any MarkStore = MemoryMarks(), clock: @escaping () -> Int = ReaderSession.monotonicMilliseconds) {
        self.state = state
        self.marks = marks
        self.backend = backend
        self.corpus = corpus
        self.runner = runner
        self.clock = clock
    }

    private var context: HandlerContext {
        HandlerContext(store: corpus.store, marks: marks, now: clock(), wallClock: Int(Date().timeIntervalSince1970))
    }

    /// Runs until the user quits or a signal ends the session. The backend must be started.
    public func run() -> Outcome {
        backend.setMouse(state.settings.mouse)
        syncSize()
        while true {
            pollCorpus()
            drawFrame()
            onFrame?(inputSince == 0 ? 0 : Self.nanoseconds() - inputSince)
            inputSince = 0
            var event = backend.nextEvent(timeout: timeout())
            if case .input = event { inputSince = Self.nanoseconds() }
            // Handle everything already typed before drawing again (held keys, pastes).
            while true {
                switch event {
                case .signal(.quit(let number)):
                    return .signal(number)
                case .signal(.suspend):
                    suspend()
                case .timeout:
                    _ = state.handle(.tick, in: context)
                case .input(let input):
                    if let outcome = carryOut(state.handle(input, in: context)) { return outcome }
                    // Keys typed ahead see the panes as the previous key left them.
                    state.prepare(in: context)
                }
                event = backend.nextEvent(timeout: 0)
                if event == .timeout { break }
            }
        }
    }

    /// Prepares and draws the current state.
    public func drawFrame() {
        let step = onStep
        onStep = nil  // only the first frame's steps
        state.prepare(in: context)
        step?("prepared")
        let grid = Renderer.render(state)
        step?("rendered")
        backend.present(grid, full: fullRedraw)
        step?("presented")
        fullRedraw = false
    }

    /// Handles one input outside `run` (tests); returns the outcome if it ends the session.
    @discardableResult
    public func send(_ input: InputEvent) -> Outcome? {
        carryOut(state.handle(input, in: context))
    }

    private func timeout() -> Int? {
        var t: Int? = nil
        if let due = state.nextDeadline { t = max(0, due - clock()) }
        if state.progress != nil { t = min(t ?? 200, 200) }
        return t
    }

    private func syncSize() {
        let size = backend.size
        if size.width != state.width || size.height != state.height {
            _ = state.handle(.resize(width: size.width, height: size.height), in: context)
        }
    }

    private func suspend() {
        backend.suspend()
        syncSize()
        fullRedraw = true
    }

    private func pollCorpus() {
        let update = corpus.poll()
        state.progress = update.progress
        if update.reloaded { reloadPending = true }
        // Reloading a long list takes a while, so while indexing runs it is done at most every
        // ten times as long as the last reload took (and at least a second apart).
        let now = clock()
        if reloadPending, update.progress == nil || now >= nextReloadAt {
            reloadPending = false
            reloadList()
            let cost = clock() - now
            nextReloadAt = clock() + max(1000, cost * 10)
        }
        // Saying that the report on screen is gone matters more than the summary of the run.
        if let message = update.message { state.status = vanishedMessage ?? StatusMessage(message) }
        vanishedMessage = nil
    }

    /// Reads the list again: its length, then the pages on screen as the next frame needs them
    /// (or every report, when the list is sorted or filtered).
    private func reloadList() {
        var list = state.list
        do {
            if list.needsAll {
                list.replace(count: try corpus.store.summaryCount())
                try list.load(rows: list.cursor.selected..<(list.cursor.selected + 1), from: corpus.store)
            } else {
                list.replace(try corpus.store.summaries())
            }
        } catch {
            state.status = .error("Cannot list the reports: \(error)")
            return
        }
        state.list = list
        state.marksPending = true
        if state.trail.views.count == 1, let first = list.selected {
            state.trail.setPreview(.reader(ReaderView(articleID: first.id)), after: 0)
        }
        if state.replaceVanishedReports(context) { vanishedMessage = state.status }
    }

    private func carryOut(_ reaction: Reaction) -> Outcome? {
        switch reaction {
        case .none:
            break
        case .quit:
            return .quit
        case .redraw:
            syncSize()
            fullRedraw = true
        case .suspend:
            suspend()
        case .rescan:
            corpus.rescan()
        case .setMouse(let on):
            backend.setMouse(on)
        case .run(let command):
            run(command)
        }
        return nil
    }

    private func run(_ command: ExternalCommand) {
        switch command {
        case .save(let path, let text):
            let expanded = (path as NSString).expandingTildeInPath
            if FileManager.default.fileExists(atPath: expanded) {
                state.status = .error("\(path) already exists; choose another name (s)")
                return
            }
            do {
                try text.write(toFile: expanded, atomically: true, encoding: .utf8)
                state.status = StatusMessage("Saved to \(path)")
            } catch {
                state.status = .error("Cannot save to \(path): \((error as NSError).localizedDescription)")
            }
        case .copy(let text, let what):
            backend.copyToClipboard(text)
            state.status = StatusMessage("Copied \(what) to the clipboard (through the terminal, OSC 52)")
        case .openURL(let url):
            guard let runner else { return }
            var problem: String?
            backend.runReleased { problem = runner.openURL(url) }
            state.status = problem.map { .error($0) } ?? StatusMessage("Opened \(url)")
            fullRedraw = true
        case .pipe(let command, let text):
            guard let runner else { return }
            var problem: String?
            backend.runReleased { problem = runner.pipe(text, to: command) }
            state.status = problem.map { .error($0) } ?? StatusMessage("Piped the report to \(command)")
            fullRedraw = true
        }
    }

    static func nanoseconds() -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
    }

    /// Milliseconds since an arbitrary start, never going back.
    public static func monotonicMilliseconds() -> Int {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Int(ts.tv_sec) * 1000 + Int(ts.tv_nsec) / 1_000_000
    }
}
