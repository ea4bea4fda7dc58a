import Foundation

/// A temporary folder for one test, removed (permissions restored first) when released.
public final class ScratchFolder {
    public let url: URL

    public init(_ label: String = "scratch") throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("byline-\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        if let walker = FileManager.default.enumerator(atPath: url.path) {
            for case let name as String in walker {
                try? FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: path(name))
            }
        }
        try? FileManager.default.removeItem(at: url)
    }

    /// The path of `name` inside the folder.
    public func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    public func write(_ name: String, _ data: Data) throws {
        try data.write(to: url.appendingPathComponent(name))
    }

    public func write(_ name: String, _ text: String) throws {
        try write(name, Data(text.utf8))
    }

    public func mkdir(_ name: String) throws {
        try FileManager.default.createDirectory(atPath: path(name), withIntermediateDirectories: true)
    }

    /// A file of `size` bytes that takes no room on disk (a hole): reading it would still
    /// cost the time and memory of `size` bytes.
    public func sparse(_ name: String, size: UInt64) throws {
        try Data().write(to: url.appendingPathComponent(name))
        let handle = try FileHandle(forWritingTo: url.appendingPathComponent(name))
        try handle.truncate(atOffset: size)
        try handle.close()
    }
}
