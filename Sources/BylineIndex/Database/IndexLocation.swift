import Foundation

/// Where a corpus folder's index database lives.
public enum IndexLocation {
    /// `$XDG_CACHE_HOME/byline/` (default `~/.cache/byline/`), one database per corpus folder,
    /// keyed by the folder's absolute path.
    public static func defaultPath(forCorpus folder: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let absolute = URL(fileURLWithPath: folder).standardizedFileURL.path
        let name = absolute.split(separator: "/").last.map(String.init) ?? "root"
        return "\(cacheFolder(environment: environment))/\(name)-\(stableHash(absolute)).sqlite"
    }

    /// The folder holding the default indexes: `$XDG_CACHE_HOME/byline` or `~/.cache/byline`.
    public static func cacheFolder(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let cache = environment["XDG_CACHE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.cache")
        return cache + "/byline"
    }

    /// FNV-1a, 64 bit, in hex: stable across runs and machines, unlike `hashValue`.
    static func stableHash(_ s: String) -> String {
        var h: UInt64 = 0xcbf29ce484222325
        for byte in s.utf8 { h = (h ^ UInt64(byte)) &* 0x100000001b3 }
        return String(h, radix: 16)
    }
}
