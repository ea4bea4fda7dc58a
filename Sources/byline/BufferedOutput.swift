import BylineCore
import Foundation

/// Lines for stdout, written in large chunks: `entities` over a big corpus prints a line per
/// report and must not pay a system call for each. Control characters are made visible, as
/// `Output` does.
struct BufferedOutput {
    private var buffer: [UInt8] = []
    private let limit = 1 << 16

    mutating func write(_ line: String) {
        buffer.append(contentsOf: VisibleText.make(line, keepLayout: true).utf8)
        buffer.append(0x0A)
        if buffer.count >= limit { flush() }
    }

    mutating func flush() {
        guard !buffer.isEmpty else { return }
        FileHandle.standardOutput.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }
}
