import BylineCore
import Foundation

/// Writing to the standard streams, in one place so every command reports errors the same way.
///
/// Commands make report text visible field by field (`VisibleText`); these functions do it once
/// more over the whole output, keeping line breaks and tabs, so a field that slipped through
/// still cannot move the cursor, retitle the terminal or write the clipboard. JSON output is
/// already escaped and passes unchanged.
enum Output {
    static func line(_ text: String) {
        print(VisibleText.make(text, keepLayout: true))
    }

    /// `text` on stdout with no line break added.
    static func write(_ text: String) {
        print(VisibleText.make(text, keepLayout: true), terminator: "")
    }

    /// One line on stderr, prefixed with `byline:`, in one write. (A plain `write`, not a
    /// `FileHandle` and `Data`: making the first `Data` costs a search a runtime conformance
    /// lookup.)
    static func error(_ text: String) {
        var line = "byline: \(VisibleText.make(text, keepLayout: true))\n"
        line.withUTF8 { writeAll(STDERR_FILENO, UnsafeRawBufferPointer($0)) }
    }

    /// Whether stdout is a terminal.
    static var isTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    /// The terminal's width in columns, or 80 when stdout is not a terminal.
    static var width: Int {
        var size = winsize()
        if isTerminal, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return 80
    }
}

/// Writes all of `bytes` to `file`, stopping at an error other than an interruption.
private func writeAll(_ file: Int32, _ bytes: UnsafeRawBufferPointer) {
    var rest = bytes
    while !rest.isEmpty {
        let written = write(file, rest.baseAddress, rest.count)
        if written < 0, errno == EINTR { continue }
        guard written > 0 else { return }
        rest = UnsafeRawBufferPointer(rebasing: rest[written...])
    }
}
