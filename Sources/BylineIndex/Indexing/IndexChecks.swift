import BylineCore
import Foundation
import GRDB

/// When the index was last compared with its folder, and how closely: kept in `meta` so that
/// any later command can say how current its answer is.
public struct IndexChecks: Sendable, Equatable {
    /// How a check compared the folder with the index.
    public enum Depth: String, Sendable {
        /// Every file's size and time (`byline index`, `--refresh`, the reader's background
        /// check): nothing can have been missed.
        case files
        /// Only folder times: files added, removed and renamed are found, but not a file
        /// edited in place, which leaves its folder's time unchanged.
        case folders
    }

    /// The last check of either depth, in milliseconds since 1970.
    public var lastCheck: Int64?
    /// The last check of every file.
    public var lastFullCheck: Int64?
    /// Files the index knew at its last check.
    public var files: Int

    static func record(_ depth: Depth, at time: Int64, in db: Database) throws {
        let files = try Int.fetchOne(db, sql: "SELECT count(*) FROM file") ?? 0
        let statement = try db.cachedStatement(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)")
        try statement.execute(arguments: ["checkedAt", String(time)])
        try statement.execute(arguments: ["files", String(files)])
        if depth == .files { try statement.execute(arguments: ["fullCheckAt", String(time)]) }
    }

    /// What the index says of its last checks.
    public static func read(_ database: IndexDatabase) throws(IndexError) -> IndexChecks {
        try database.read { db in
            // Read in place (`PlainRead`): every `byline search` starts here.
            var checks = IndexChecks(files: 0)
            try PlainRead.rows(db, sql: "SELECT key, value FROM meta WHERE key IN ('checkedAt', 'fullCheckAt', 'files')") { row in
                let value = row.text(1)
                switch row.text(0) {
                case "checkedAt": checks.lastCheck = value.flatMap { Int64($0) }
                case "fullCheckAt": checks.lastFullCheck = value.flatMap { Int64($0) }
                default: checks.files = value.flatMap { Int($0) } ?? 0
                }
            }
            return checks
        }
    }
}

/// Compares the folder times the index stored with the folder as it is: one `stat` per
/// folder, instead of one per file.
public enum FolderCheck {
    /// The folders whose time moved on or that are gone, or nil when the index has no listing
    /// to compare with (never fully indexed, indexed by an earlier build, or the folder was
    /// moved): then only a check of every file will do.
    public static func changedFolders(corpus: String, in database: IndexDatabase) throws(IndexError) -> [String]? {
        let root = Indexer.absolute(corpus)
        return try database.read { db -> [String]? in
            // One statement, read in place (`PlainRead`): no rows when the root differs.
            var listed = false
            var changed: [String] = []
            try PlainRead.rows(db, sql: "SELECT path, mtime FROM folder WHERE (SELECT value FROM meta WHERE key = 'root') = ?", argument: root) { row in
                listed = true
                let path = row.text(0) ?? ""
                if CorpusScanner.folderTime(root: root, relative: path) != row.int64(1) { changed.append(path) }
            }
            return listed ? changed : nil
        }
    }
}
