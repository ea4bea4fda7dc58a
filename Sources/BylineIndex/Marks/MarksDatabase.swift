import BylineCore
import Foundation
import GRDB

/// The reading trail on disk: one small SQLite file in Byline's state folder
/// (`$XDG_STATE_HOME/byline/marks.sqlite`, default `~/.local/state/byline/marks.sqlite`),
/// shared by every corpus and never inside a reports folder.
///
/// A record is keyed by its report's content (`ArticleStore.contentKey(id:)`), so deleting the
/// index, indexing again or renaming the file keeps the marks; see `MarkStore.marks(in:)`.
///
///     let marks = try MarksDatabase(path: MarksDatabase.defaultPath())
///     try marks.setMarks(ReportMarks(starred: true), id: id, in: store, now: now)
public final class MarksDatabase: MarkStore, Sendable {
    private let queue: DatabaseQueue
    public let path: String

    /// Opens (creating it and its folder if needed) the marks file at `path`.
    /// - Throws: `StoreError` saying which file could not be opened and why.
    public init(path: String) throws {
        self.path = path
        do {
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            var config = Configuration()
            config.busyMode = .timeout(2)
            queue = try DatabaseQueue(path: path, configuration: config)
            try Self.migrator.migrate(queue)
        } catch {
            throw StoreError("cannot open the reading marks at \(path) (\(error)); check that the folder is writable or set XDG_STATE_HOME")
        }
    }

    /// `$XDG_STATE_HOME/byline/marks.sqlite`, or `~/.local/state/byline/marks.sqlite`.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let state = environment["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.local/state")
        return state + "/byline/marks.sqlite"
    }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("1 marks") { db in
            try db.execute(sql: """
                CREATE TABLE mark (
                    contentKey TEXT PRIMARY KEY NOT NULL,
                    reportId TEXT NOT NULL,
                    read INTEGER NOT NULL CHECK (read IN (0, 1)),
                    starred INTEGER NOT NULL CHECK (starred IN (0, 1)),
                    note TEXT NOT NULL,
                    changed INTEGER NOT NULL,
                    CHECK (read = 1 OR starred = 1 OR note != '')
                ) WITHOUT ROWID;
                """)
        }
        return migrator
    }

    public func records() throws -> [MarkRecord] {
        try queue.read { db in
            try Row.fetchAll(db, sql: "SELECT contentKey, reportId, read, starred, note, changed FROM mark ORDER BY contentKey").map { row in
                MarkRecord(contentKey: row[0], reportID: row[1], marks: ReportMarks(read: row[2], starred: row[3], note: row[4]), changed: row[5])
            }
        }
    }

    public func save(_ record: MarkRecord) throws {
        try queue.write { db in
            if record.marks.isEmpty {
                try db.execute(sql: "DELETE FROM mark WHERE contentKey = ?", arguments: [record.contentKey])
                return
            }
            try db.execute(sql: """
                INSERT OR REPLACE INTO mark(contentKey, reportId, read, starred, note, changed) VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [record.contentKey, record.reportID, record.marks.read, record.marks.starred, record.marks.note, record.changed])
        }
    }

    public func remove(contentKey: String) throws {
        try queue.write { db in
            try db.execute(sql: "DELETE FROM mark WHERE contentKey = ?", arguments: [contentKey])
        }
    }
}
