import Foundation
import GRDB

/// What goes wrong with an index file, and what is done about it.
///
/// The index is a cache: everything in it can be read again from the reports. So a damaged
/// index (a torn or truncated copy, a failing disk, another program writing into it) is moved
/// to `PATH.damaged` and rebuilt. A file that Byline cannot recognise as its own (`--index
/// notes.txt`) is never moved: opening it is an error. A folder Byline may not write, or a full
/// disk, is an error that names `--index`, and leaves the index as its last commit left it.
extension IndexDatabase {
    /// A damaged file found before SQLite noticed, such as a truncated copy.
    struct Damage: Error {
        var reason: String
    }

    /// The error for a failure while reading or writing an open index. A damaged index is set
    /// aside at once, so that the next run rebuilds it.
    static func failure(path: String, _ error: any Error) -> IndexError {
        if isDamage(error) {
            do {
                try setAside(path: path)
            } catch {
                return error
            }
            return .damaged(path: path, reason: reason(error))
        }
        if let error = error as? DatabaseError, error.resultCode == .SQLITE_FULL {
            return .cannotWrite(path: path, reason: "the disk is full")
        }
        return .database(path: path, reason: reason(error))
    }

    /// The error for a failure to open `path`.
    static func openFailure(path: String, _ error: any Error) -> IndexError {
        if let error = error as? IndexError { return error }
        if isDamage(error, opening: true) && isOurs(path) { return .damaged(path: path, reason: reason(error)) }
        if let error = error as? DatabaseError {
            switch error.resultCode.primaryResultCode {
            case .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM:
                return .cannotWrite(path: path, reason: reason(error))
            case .SQLITE_FULL:
                return .cannotWrite(path: path, reason: "the disk is full")
            default:
                break
            }
        }
        return .notAnIndex(path: path, reason: reason(error))
    }

    /// Makes the index's folder, and checks that the folder and the file may be written: SQLite
    /// would otherwise say "unable to open database file" or open the index read-only.
    static func prepareFolder(for path: String) throws(IndexError) {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            // mkdir rather than FileManager: errno's reason is the one users know ("Permission
            // denied", "Read-only file system"), not Foundation's prose.
            var partial = folder.hasPrefix("/") ? "" : "."
            for part in folder.split(separator: "/") {
                partial += "/" + part
                if mkdir(partial, 0o755) != 0 && errno != EEXIST {
                    throw .cannotCreateFolder(path: folder, reason: String(cString: strerror(errno)))
                }
            }
        }
        let target = FileManager.default.fileExists(atPath: path) ? path : (folder.isEmpty ? "." : folder)
        if access(target, W_OK) != 0 {
            throw .cannotWrite(path: path, reason: String(cString: strerror(errno)))
        }
    }

    /// Moves a damaged index, its write-ahead log and its shared-memory file to
    /// `PATH.damaged`, replacing an older one. This process's open connections keep the moved
    /// file; the next open makes a new index at `path`.
    static func setAside(path: String) throws(IndexError) {
        let aside = path + ".damaged"
        for suffix in ["", "-wal", "-shm"] {
            unlink(aside + suffix)
            if rename(path + suffix, aside + suffix) != 0 && errno != ENOENT {
                throw .cannotSetAside(path: path, reason: String(cString: strerror(errno)))
            }
        }
    }

    /// Whether `error` says the file is damaged rather than busy, missing, full or unwritable.
    ///
    /// When `opening`, "string or blob too big" is damage too: opening reads the schema and the
    /// index's settings, none of them near SQLite's limit, so a record claiming to be longer is
    /// garbage over the file (`IndexFaultTests` writes random bytes over every page, and one run
    /// of it met this). Later it may be a report too large to store, and the index is sound.
    static func isDamage(_ error: any Error, opening: Bool = false) -> Bool {
        if error is Damage { return true }
        guard let error = error as? DatabaseError else { return false }
        switch error.resultCode.primaryResultCode {
        case .SQLITE_CORRUPT, .SQLITE_NOTADB: return true
        case .SQLITE_TOOBIG: return opening
        default: return false
        }
    }

    /// Whether a damaged file at `path` may be rebuilt: it is an SQLite file, or it sits in
    /// Byline's own cache folder.
    static func isOurs(_ path: String) -> Bool {
        if let handle = FileHandle(forReadingAtPath: path), let header = try? handle.read(upToCount: 16), header.elementsEqual(sqliteMagic) {
            return true
        }
        let folder = URL(fileURLWithPath: path).standardizedFileURL.deletingLastPathComponent().path
        return folder == URL(fileURLWithPath: IndexLocation.cacheFolder()).standardizedFileURL.path
    }

    /// Why `path` looks truncated (shorter than the pages its header counts), or nil. SQLite
    /// only notices a missing page when it reads it, which a run may never do.
    static func truncation(path: String) -> String? {
        // With a write-ahead log the header may run ahead of the file until the log is
        // checkpointed, so only a file without one is judged. Plain system calls: this runs
        // before every query, and Foundation's file attributes cost more than the rest of it.
        var info = stat()
        if stat(path + "-wal", &info) == 0, info.st_size > 0 { return nil }
        let file = open(path, O_RDONLY | O_CLOEXEC)
        guard file >= 0 else { return nil }
        defer { close(file) }
        var header = [UInt8](repeating: 0, count: 100)
        guard pread(file, &header, 100, 0) == 100, header.prefix(16).elementsEqual(sqliteMagic), fstat(file, &info) == 0 else { return nil }
        func number(_ at: Int, _ count: Int) -> UInt64 {
            header[at..<at + count].reduce(0) { $0 << 8 | UInt64($1) }
        }
        let pageSize = number(16, 2) == 1 ? 65_536 : number(16, 2)
        let pages = number(28, 4)
        let size = UInt64(info.st_size)
        // The page count is only kept when the change counter matches "version valid for".
        guard pages > 0, number(24, 4) == number(92, 4), size < pages * pageSize else { return nil }
        return "truncated: \(size) bytes of \(pages * pageSize)"
    }

    /// The first 16 bytes of every SQLite database (an array: making a `Data` cost more than
    /// the rest of the check).
    private static let sqliteMagic = Array("SQLite format 3\0".utf8)
}
