import BylineCore
import BylineIndex
import Foundation

/// A one-line progress bar on stderr, drawn only when stderr is a terminal and the run has
/// enough to do to be worth watching.
final class ProgressBar {
    private let enabled: Bool
    private var lastDraw = 0.0
    private var drawn = false

    init(enabled: Bool = isatty(STDERR_FILENO) == 1) {
        self.enabled = enabled
    }

    /// Draws at most ten times a second, after the first half second.
    func show(_ progress: IndexProgress) {
        guard enabled, progress.elapsed >= 0.5, progress.elapsed - lastDraw >= 0.1 || progress.filesDone == progress.filesTotal else { return }
        lastDraw = progress.elapsed
        drawn = true
        write("\r" + Self.line(progress, width: Self.terminalWidth()) + "\u{1B}[K")
    }

    /// Clears the bar so the summary line starts on a clean line.
    func finish() {
        if drawn { write("\r\u{1B}[K") }
        drawn = false
    }

    /// `[=========>          ]  4,210/10,000 files  1,530 files/s  ETA 4 s`
    static func line(_ p: IndexProgress, width: Int) -> String {
        let counts = "  \(GroupedDigits.string(p.filesDone))/\(GroupedDigits.string(p.filesTotal)) files  \(GroupedDigits.string(Int(p.rate))) files/s"
        let eta = p.remaining.map { "  ETA \(Self.duration($0))" } ?? ""
        let barWidth = max(10, min(40, width - counts.count - eta.count - 3))
        let filled = p.filesTotal > 0 ? min(barWidth, barWidth * p.filesDone / p.filesTotal) : barWidth
        let bar = String(repeating: "=", count: max(0, filled - 1)) + (filled > 0 ? (filled == barWidth ? "=" : ">") : "")
            + String(repeating: " ", count: barWidth - filled)
        return "[\(bar)]" + counts + eta
    }

    static func duration(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        return s < 60 ? "\(s) s" : "\(s / 60) min \(s % 60) s"
    }

    private static func terminalWidth() -> Int {
        var size = winsize()
        if ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return 80
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
