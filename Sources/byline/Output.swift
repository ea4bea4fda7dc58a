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

    /// One line on stderr, prefixed with `byline:`.
    static func error(_ text: String) {
        var err = StandardError()
        print("byline: \(VisibleText.make(text, keepLayout: true))", to: &err)
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

struct StandardError: TextOutputStream {
    mutating func write(_ string: String) {
        FileHandle.standardError.write(Data(string.utf8))
    }
}
