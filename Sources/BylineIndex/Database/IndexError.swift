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
    /// The index's folder or file cannot be written (a read-only cache, another user's file).
    case cannotWrite(path: String, reason: String)
    /// The index file is damaged: a torn or truncated copy, a failing disk, another program.
    case damaged(path: String, reason: String)
    /// A damaged index could not be moved out of the way to rebuild it.
    case cannotSetAside(path: String, reason: String)

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
        case let .cannotWrite(path, reason):
            return "cannot write the index \(path) (\(reason)); pass --index PATH to put the index elsewhere"
        case let .damaged(path, reason):
            return "the index \(path) is damaged (\(reason)); it was moved to \(path).damaged and the next run rebuilds it"
        case let .cannotSetAside(path, reason):
            return "the index \(path) is damaged and cannot be moved aside (\(reason)); delete it to rebuild, or pass --index PATH"
        }
    }
}
