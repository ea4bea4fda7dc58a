import Foundation

/// Finds the `Articles/` folder that ships with the source tree.
enum BundledArticles {
    /// `Articles/` next to the package: found from the executable's location
    /// (`.build/<config>/byline`), then from the current folder.
    static var path: String {
        let exe = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var dir = exe.deletingLastPathComponent()
        for _ in 0..<5 {
            let candidate = dir.appendingPathComponent("Articles")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("../Package.swift").standardized.path) {
                return candidate.path
            }
            dir = dir.deletingLastPathComponent()
        }
        return FileManager.default.currentDirectoryPath + "/Articles"
    }
}
