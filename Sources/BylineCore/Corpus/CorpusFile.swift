/// A file found in a corpus folder, with what `stat` says about it.
public struct CorpusFile: Sendable, Equatable, Hashable {
    /// The absolute path.
    public var path: String
    /// The path below the corpus root, with `/` separators.
    public var relativePath: String
    public var size: Int64
    /// Modification time in nanoseconds since 1970.
    public var modifiedNanoseconds: Int64

    public init(path: String, relativePath: String, size: Int64, modifiedNanoseconds: Int64) {
        self.path = path
        self.relativePath = relativePath
        self.size = size
        self.modifiedNanoseconds = modifiedNanoseconds
    }

    /// The lower-cased extension without the dot.
    public var pathExtension: String {
        let name = relativePath.split(separator: "/").last ?? ""
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }
}
