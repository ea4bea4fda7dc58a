/// Why the index could not be opened, read or brought up to date; `description` is one line
/// for the user that says what to do.
public enum IndexError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The folder for the index could not be created.
    case cannotCreateFolder(path: String, reason: String)
    /// The file at the index path is not an SQLite database (or is damaged).
    case notAnIndex(path: String, reason: String)
    /// The index was written by a newer Byline with a schema this one does not know.
    case newerSchema(path: String)
    /// The corpus folder does not exist or is not readable.
    case corpusUnreadable(path: String, reason: String)
    /// SQLite failed while reading or writing the index.
    case database(path: String, reason: String)

    public var description: String {
        switch self {
        case let .cannotCreateFolder(path, reason):
            return "cannot create the index folder \(path) (\(reason)); pass --index PATH to put the index elsewhere"
        case let .notAnIndex(path, reason):
            return "\(path) is not a Byline index (\(reason)); delete it to rebuild, or pass --index PATH"
        case let .newerSchema(path):
            return "\(path) was written by a newer version of Byline; delete it to rebuild, or pass --index PATH"
        case let .corpusUnreadable(path, reason):
            return "cannot read the reports folder \(path) (\(reason))"
        case let .database(path, reason):
            return "index \(path): \(reason)"
        }
    }
}
