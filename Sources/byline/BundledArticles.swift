import Foundation

/// Finds the sample `Articles/` folder that ships with Byline, wherever Byline runs from.
enum BundledArticles {
    /// Where the folder may be, in order: beside the binary; under `share/byline/` of the
    /// prefix `make install` used (`PREFIX/bin/byline`, `PREFIX/share/byline/Articles`); in the
    /// source tree the binary was built in (`.build/<config>/byline`); in the current folder.
    static func candidates(executable: String, currentDirectory: String) -> [String] {
        let exe = URL(fileURLWithPath: executable).resolvingSymlinksInPath()
        let bin = exe.deletingLastPathComponent()
        var out = [bin.appendingPathComponent("Articles").path,
                   bin.deletingLastPathComponent().appendingPathComponent("share/byline/Articles").path]
        var dir = bin
        for _ in 0..<5 {
            if FileManager.default.fileExists(atPath: dir.appendingPathComponent("Package.swift").path) {
                out.append(dir.appendingPathComponent("Articles").path)
                break
            }
            dir = dir.deletingLastPathComponent()
        }
        out.append(URL(fileURLWithPath: currentDirectory).appendingPathComponent("Articles").path)
        var seen = Set<String>()
        return out.filter { seen.insert($0).inserted }
    }

    /// The first candidate that is a folder, if any.
    static func find(in candidates: [String]) -> String? {
        candidates.first { path in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
        }
    }

    private static var here: [String] {
        candidates(executable: CommandLine.arguments[0], currentDirectory: FileManager.default.currentDirectoryPath)
    }

    /// The bundled folder, or (when there is none) the last place looked, which the command
    /// then reports as missing with `notFoundMessage`.
    static var path: String {
        let places = here
        return find(in: places) ?? places.last ?? "Articles"
    }

    /// Why no folder could be opened when none was named, listing every place looked; nil
    /// when the bundled folder is there.
    static var notFoundMessage: String? {
        let places = here
        guard find(in: places) == nil else { return nil }
        return "no folder was named and the bundled Articles/ is not installed; looked in "
            + places.joined(separator: ", ") + ". Name a folder of reports (byline DIR, or --dir DIR)"
    }
}
