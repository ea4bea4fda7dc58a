/// A report file found in a corpus folder.
public struct CorpusFile: Sendable, Equatable, Hashable {
    /// What comes before `relativePath` in the full path: the corpus folder with a trailing `/`
    /// (empty for a file named by itself). One string shared by every file of a scan, so a
    /// listing of 100,000 files holds each path once, not twice.
    public var folder: String
    /// The path below the corpus root, with `/` separators.
    public var relativePath: String
    public var size: Int64
    /// Modification time in nanoseconds since 1970.
    public var modifiedNanoseconds: Int64

    public init(folder: String, relativePath: String, size: Int64, modifiedNanoseconds: Int64) {
        self.folder = folder
        self.relativePath = relativePath
        self.size = size
        self.modifiedNanoseconds = modifiedNanoseconds
    }

    /// The full path, as the corpus folder was given.
    public var path: String {
        folder + relativePath
    }

    /// The lower-cased extension without the dot.
    public var pathExtension: String {
        Self.pathExtension(of: relativePath)
    }

    /// The lower-cased extension of the last part of `path`, without the dot; empty when there
    /// is none or the name starts with its only dot.
    public static func pathExtension(of path: String) -> String {
        let name = path.split(separator: "/").last ?? ""
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }
}

/// A folder of a corpus as a scan listed it: how the index tells, from one `stat`, whether
/// files were added to it, removed from it or renamed in it since.
public struct CorpusFolder: Sendable, Equatable, Hashable {
    /// The path below the corpus root, with `/` separators; "" for the root.
    public var relativePath: String
    /// Modification time in nanoseconds since 1970.
    public var modifiedNanoseconds: Int64

    public init(relativePath: String, modifiedNanoseconds: Int64) {
        self.relativePath = relativePath
        self.modifiedNanoseconds = modifiedNanoseconds
    }
}
