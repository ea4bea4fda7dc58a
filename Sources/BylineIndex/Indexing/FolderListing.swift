import BylineCore
import Foundation
import GRDB

/// Which part of the corpus folder a run of the indexer looks at.
public enum IndexScope: Sendable, Equatable {
    /// Every file is listed and its size and time compared with the index: the only way to see
    /// a file edited in place, since that leaves its folder's time as it was.
    case everything
    /// Only these folders (paths below the corpus root, "" for the root), which a
    /// `FolderCheck` found changed: a file added to, removed from or renamed in a folder moves
    /// the folder's time on. New subfolders are listed in full; known ones are left to their
    /// own check, and known ones no longer there are gone with their files.
    case folders([String])
}

/// The files one run compares with the index: the scan of its scope, the stored files of the
/// same part of the corpus, and the folder times to store when the run completes.
struct FolderListing {
    let scope: IndexScope
    let scan: CorpusScanner.Result
    /// Known folders found gone (and with them everything below them).
    let goneFolders: [String]
    /// When the listing started, in milliseconds since 1970.
    let started: Int64

    init(scope: IndexScope, corpus: String, root: String, scanner: CorpusScanner, database: IndexDatabase) throws(IndexError) {
        self.scope = scope
        started = Int64(Date().timeIntervalSince1970 * 1000)
        switch scope {
        case .everything:
            scan = scanner.scan(root: corpus)
            goneFolders = []
        case .folders(let changed):
            let known = Set(try database.read { try String.fetchAll($0, sql: "SELECT path FROM folder") })
            scan = scanner.scan(root: corpus, folders: changed, known: known)
            let seen = Set(scan.folders.map(\.relativePath)).union(scan.subfolders)
            let listed = Set(scan.folders.map(\.relativePath))
            var gone = changed.filter { !listed.contains($0) }
            // Known subfolders of a listed folder that it no longer holds.
            for folder in known where !seen.contains(folder) {
                if let parent = Self.parent(of: folder), listed.contains(parent) { gone.append(folder) }
            }
            goneFolders = Array(Set(gone)).sorted()
        }
    }

    /// The folder holding `path` ("" for the root), or nil for the root itself.
    static func parent(of path: String) -> String? {
        guard !path.isEmpty else { return nil }
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return String(path[..<slash])
    }

    /// Calls `body` with the stored files of the run's scope, one at a time in path order.
    func withStoredFiles<T>(in db: Database, _ body: (() throws -> StoredFile?) throws -> T) throws -> T {
        func stored(_ row: Row) -> StoredFile {
            StoredFile(id: row[0], path: row[1], size: row[2], mtime: row[3], hash: row[4], warning: row[5])
        }
        let columns = "SELECT id, path, size, mtime, hash, warning FROM file"
        switch scope {
        case .everything:
            let rows = try Row.fetchCursor(db, sql: "\(columns) ORDER BY path")
            return try body { try rows.next().map(stored) }
        case .folders:
            var files: [StoredFile] = []
            var ids = Set<Int64>()
            func add(_ rows: [Row]) {
                for row in rows {
                    let file = stored(row)
                    if ids.insert(file.id).inserted { files.append(file) }
                }
            }
            for folder in scan.folders.map(\.relativePath) {
                if folder.isEmpty {
                    add(try Row.fetchAll(db, sql: "\(columns) WHERE instr(path, '/') = 0"))
                } else {
                    // The files directly in the folder: the range `folder/` to `folder0` ('0'
                    // follows '/') is found on the path index.
                    add(try Row.fetchAll(db, sql: "\(columns) WHERE path > ? AND path < ? AND instr(substr(path, length(?) + 1), '/') = 0",
                                         arguments: [folder + "/", folder + "0", folder + "/"]))
                }
            }
            for folder in goneFolders {
                add(try Row.fetchAll(db, sql: "\(columns) WHERE path > ? AND path < ?", arguments: [folder + "/", folder + "0"]))
            }
            files.sort { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
            var iterator = files.makeIterator()
            return try body { iterator.next() }
        }
    }

    /// Stores the folder times the scan saw and when the check was made; called in the run's
    /// last transaction, only when the run completed, so a stopped run is checked again.
    func record(in db: Database) throws {
        switch scope {
        case .everything:
            try db.execute(sql: "DELETE FROM folder")
        case .folders:
            for folder in goneFolders {
                try db.execute(sql: "DELETE FROM folder WHERE path = ? OR (path > ? AND path < ?)", arguments: [folder, folder + "/", folder + "0"])
            }
        }
        let upsert = try db.cachedStatement(sql: "INSERT OR REPLACE INTO folder(path, mtime) VALUES (?, ?)")
        for folder in scan.folders {
            try upsert.execute(arguments: [folder.relativePath, folder.modifiedNanoseconds])
        }
        try IndexChecks.record(scope == .everything ? .files : .folders, at: started, in: db)
    }
}
