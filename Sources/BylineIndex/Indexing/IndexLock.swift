import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Makes runs of the indexer on one index take turns, across processes.
///
/// Each run plans its work from what the index holds when it starts; two runs at once (a
/// `byline index` and a `byline search` that brings the index up to date first) would both
/// add the same new files. A run holds an exclusive `flock` on `PATH-lock` (never on the
/// database file itself, whose POSIX locks SQLite owns). The kernel drops the lock when the
/// process ends, however it ends, so a killed run never leaves the index locked.
struct IndexLock {
    private let descriptor: Int32

    /// The lock file for the index at `databasePath`.
    static func path(for databasePath: String) -> String { databasePath + "-lock" }

    /// Takes the lock, calling `waiting` once first when another run holds it.
    init(databasePath: String, waiting: () -> Void) throws(IndexError) {
        let path = Self.path(for: databasePath)
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw .cannotWrite(path: databasePath, reason: String(cString: strerror(errno))) }
        if flock(fd, LOCK_EX | LOCK_NB) != 0 {
            waiting()
            while flock(fd, LOCK_EX) != 0 {
                guard errno == EINTR else {
                    let reason = String(cString: strerror(errno))
                    close(fd)
                    throw .database(path: databasePath, reason: "cannot wait for the other run indexing it (\(reason))")
                }
            }
        }
        descriptor = fd
    }

    /// Ends the run's turn.
    func release() {
        close(descriptor)
    }
}
