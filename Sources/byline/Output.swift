import Foundation

/// Writing to the standard streams, in one place so every command reports errors the same way.
enum Output {
    static func line(_ text: String) {
        print(text)
    }

    /// One line on stderr, prefixed with `byline:`.
    static func error(_ text: String) {
        var err = StandardError()
        print("byline: \(text)", to: &err)
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
