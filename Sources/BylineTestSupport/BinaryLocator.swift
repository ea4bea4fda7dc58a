import Foundation

/// Finds the `byline` executable that `swift build` put next to the test bundle, for tests
/// that run it as a user would.
public enum BinaryLocator {
    /// The package's root folder (this file is `Sources/BylineTestSupport/BinaryLocator.swift`).
    public static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// The built binary: `.build/debug/byline` unless `BYLINE_BIN` names another.
    public static var binary: String {
        if let env = ProcessInfo.processInfo.environment["BYLINE_BIN"], !env.isEmpty { return env }
        let bundle = Bundle.main.bundleURL.deletingLastPathComponent()
        let candidates = [bundle.appendingPathComponent("byline").path,
                          packageRoot.appendingPathComponent(".build/debug/byline").path]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates[1]
    }

    /// The folder shared by the project's worktrees, beside the package.
    public static var shared: URL { packageRoot.deletingLastPathComponent().appendingPathComponent("shared") }
}
