import Foundation

/// Finds the `byline` executable that `swift build` put next to the test bundle.
enum BinaryLocator {
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// The built binary: `.build/debug/byline` unless `BYLINE_BIN` names another.
    static var binary: String {
        if let env = ProcessInfo.processInfo.environment["BYLINE_BIN"], !env.isEmpty { return env }
        let bundle = Bundle.main.bundleURL.deletingLastPathComponent()
        let candidates = [bundle.appendingPathComponent("byline").path,
                          packageRoot.appendingPathComponent(".build/debug/byline").path]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates[1]
    }

    static var shared: URL { packageRoot.deletingLastPathComponent().appendingPathComponent("shared") }
}
