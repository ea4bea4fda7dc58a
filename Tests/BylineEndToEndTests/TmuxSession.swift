import Foundation
import Synchronization

/// The real binary in its own tmux server: fixed size, `LANG=C.UTF-8`, `TERM=tmux-256color`,
/// and `HOME`/`XDG_*` in a temporary folder, so nothing of the user's setup leaks in.
///
/// tmux is driven with `system()` and temporary files rather than Foundation `Process` with
/// pipes: the tmux server inherits a pipe's write end and reading it never ends. Waits poll the
/// screen until it shows what is expected and stops changing; there is no fixed sleep.
final class TmuxSession {
    private static let counter = Atomic<Int>(0)

    let socket: String
    /// HOME, XDG_CONFIG_HOME, XDG_CACHE_HOME and XDG_STATE_HOME live here; removed when the session ends.
    let home: URL
    private let scratch: URL

    /// Whether tmux can be run here at all.
    static var isAvailable: Bool { system("command -v tmux >/dev/null 2>&1") == 0 }

    /// Starts an interactive shell at `width`×`height` with `environment` added.
    init(width: Int, height: Int, environment: [String: String] = [:]) throws {
        let n = Self.counter.add(1, ordering: .relaxed).newValue
        socket = "byline-e2e-\(getpid())-\(n)"
        home = FileManager.default.temporaryDirectory.appendingPathComponent(socket)
        scratch = home.appendingPathComponent(".scratch")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        var env = ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "TERM": "tmux-256color", "TZ": "UTC", "HOME": home.path,
                   "XDG_CONFIG_HOME": home.appendingPathComponent("config").path,
                   "XDG_CACHE_HOME": home.appendingPathComponent("cache").path,
                   "XDG_STATE_HOME": home.appendingPathComponent("state").path, "BROWSER": ""]
        for (k, v) in environment { env[k] = v }
        let exports = env.sorted { $0.key < $1.key }.map { "-e \(Self.quote("\($0.key)=\($0.value)"))" }.joined(separator: " ")
        let shell = "exec env -u NO_COLOR \(environment["NO_COLOR"].map { "NO_COLOR=\(Self.quote($0))" } ?? "") bash --norc --noprofile -i"
        _ = try tmux("new-session -d -x \(width) -y \(height) \(exports) \(Self.quote(shell))")
        _ = try tmux("set-option -g status off")
        _ = waitFor(timeout: 5) { !$0.isEmpty }
    }

    deinit {
        _ = try? tmux("kill-server")
        try? FileManager.default.removeItem(at: home)
    }

    /// Runs one tmux command on this server and returns its output.
    @discardableResult
    func tmux(_ arguments: String) throws -> String {
        let out = scratch.appendingPathComponent("out-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let status = system("tmux -L \(socket) -f /dev/null \(arguments) > \(Self.quote(out.path)) 2>&1 < /dev/null")
        let text = (try? String(contentsOf: out, encoding: .utf8)) ?? ""
        guard status == 0 else { throw TmuxError(command: arguments, output: text) }
        return text
    }

    /// Types a command line into the shell and presses Enter.
    func run(_ commandLine: String) {
        type(commandLine)
        keys("Enter")
    }

    /// Types text literally.
    func type(_ text: String) {
        _ = try? tmux("send-keys -t 0 -l \(Self.quote(text))")
    }

    /// Presses keys by tmux name (`Enter`, `C-o`, `BTab`, `Escape`).
    func keys(_ names: String...) {
        _ = try? tmux("send-keys -t 0 \(names.map(Self.quote).joined(separator: " "))")
    }

    /// The screen as text (`escapes`: with SGR sequences), trailing blank lines removed.
    func capture(escapes: Bool = false) -> String {
        let text = (try? tmux("capture-pane -p -t 0\(escapes ? " -e" : "")")) ?? ""
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        while lines.last?.trimmingCharacters(in: .whitespaces).isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n")
    }

    /// `#{alternate_on} #{cursor_flag} #{keypad_cursor_flag} #{mouse_any_flag}` and the like.
    func display(_ format: String) -> String {
        ((try? tmux("display -p -t 0 \(Self.quote(format))")) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The terminal modes a program can leave behind: alternate screen, cursor shown, keypad
    /// mode, mouse reporting. `0 1 0 0` is a clean terminal.
    var modes: String { display("#{alternate_on} #{cursor_flag} #{keypad_cursor_flag} #{mouse_any_flag}") }

    func resize(width: Int, height: Int) {
        _ = try? tmux("resize-window -t 0 -x \(width) -y \(height)")
    }

    /// The process id of the program running in the shell, if any.
    var foregroundPID: Int32? {
        guard let shell = Int32(display("#{pane_pid}")) else { return nil }
        let out = scratch.appendingPathComponent("pid")
        defer { try? FileManager.default.removeItem(at: out) }
        _ = system("pgrep -P \(shell) > \(Self.quote(out.path)) 2>/dev/null")
        return ((try? String(contentsOf: out, encoding: .utf8)) ?? "").split(separator: "\n").first.flatMap { Int32($0) }
    }

    /// Polls the screen until `done` holds and the screen is the same on three reads in a row;
    /// returns the last screen (which the caller checks).
    @discardableResult
    func waitFor(timeout: Double = 5, _ done: (String) -> Bool) -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = capture()
        var same = 0
        while Date() < deadline {
            usleep(15_000)
            let now = capture()
            same = now == last ? same + 1 : 0
            last = now
            if done(now), same >= 2 { return now }
        }
        return last
    }

    /// Waits for the line `[exit N]` that the shell prints after the program, and returns it.
    func waitForExit(timeout: Double = 5) -> String {
        let screen = waitFor(timeout: timeout) { $0.split(separator: "\n").contains { $0.hasPrefix("[exit ") } }
        return screen.split(separator: "\n").last { $0.hasPrefix("[exit ") }.map(String.init) ?? "(no exit line)"
    }

    /// Waits until the screen contains `text` and has settled.
    @discardableResult
    func waitFor(_ text: String, timeout: Double = 5) -> String {
        waitFor(timeout: timeout) { $0.contains(text) }
    }

    static func quote(_ s: String) -> String {
        "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    struct TmuxError: Error, CustomStringConvertible {
        var command: String
        var output: String
        var description: String { "tmux \(command) failed: \(output)" }
    }
}

extension String {
    /// Row `i` of a captured screen.
    func row(_ i: Int) -> String {
        let rows = split(separator: "\n", omittingEmptySubsequences: false)
        return i < rows.count ? String(rows[i]) : ""
    }
}
