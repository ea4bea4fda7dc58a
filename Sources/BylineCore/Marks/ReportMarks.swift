/// What the user has marked on one report: read, starred, a private note.
///
/// Kept in Byline's own state (`MarkStore`), never in the reports folder.
public struct ReportMarks: Sendable, Equatable, Hashable {
    /// Opened in the reader, or marked read by hand.
    public var read: Bool
    public var starred: Bool
    /// A private note; empty when there is none.
    public var note: String

    public init(read: Bool = false, starred: Bool = false, note: String = "") {
        self.read = read
        self.starred = starred
        self.note = note
    }

    /// Nothing marked: the report as it was before the user touched it.
    public var isEmpty: Bool { !read && !starred && note.isEmpty }

    public var hasNote: Bool { !note.isEmpty }
}

/// One stored mark: the marks, the report's content key (`ArticleStore.contentKey(id:)`), and
/// the report id it had when last seen, so a renamed file is found by its content and an
/// edited one by its place.
public struct MarkRecord: Sendable, Equatable {
    public var contentKey: String
    public var reportID: String
    public var marks: ReportMarks
    /// Seconds since 1970 of the last change.
    public var changed: Int

    public init(contentKey: String, reportID: String, marks: ReportMarks, changed: Int) {
        self.contentKey = contentKey
        self.reportID = reportID
        self.marks = marks
        self.changed = changed
    }
}

/// Where the reading trail is kept: read, starred and noted reports.
///
/// Declared in Core so that the reader talks to this protocol only; the command line keeps the
/// marks in a small SQLite file in `$XDG_STATE_HOME/byline/`, and tests use `MemoryMarks`.
/// Records are keyed by `contentKey`, so marks survive re-indexing and renames while the
/// report's content is unchanged; `marks(in:)` and `setMarks(_:id:in:)` do that matching.
public protocol MarkStore: AnyObject {
    /// Every stored record, in no particular order.
    func records() throws -> [MarkRecord]
    /// Stores `record`, replacing any with the same content key; a record with empty marks is
    /// removed instead.
    func save(_ record: MarkRecord) throws
    /// Removes the record with this content key, if any.
    func remove(contentKey: String) throws
}

extension MarkStore {
    /// The marks of the reports `store` holds, by report id.
    ///
    /// A record whose report id still has the same content is kept there; one whose content
    /// now has another id (the file was renamed or moved) follows it, and the record is
    /// updated; one whose id remains with other content (the file was edited) stays with it.
    /// Records of reports that are gone are kept for when they come back, but not returned.
    public func marks(in store: any ArticleStore) throws -> [String: ReportMarks] {
        var out: [String: ReportMarks] = [:]
        for var record in try records() {
            let keyNow = try store.contentKey(id: record.reportID)
            if keyNow == record.contentKey {
                out[record.reportID] = record.marks
            } else if let moved = try store.reportID(contentKey: record.contentKey) {
                record.reportID = moved
                try save(record)
                out[moved] = record.marks
            } else if let keyNow {
                try remove(contentKey: record.contentKey)
                record.contentKey = keyNow
                try save(record)
                out[record.reportID] = record.marks
            }
        }
        return out
    }

    /// Sets the marks of report `id` of `store`.
    /// - Throws: `StoreError` when the store no longer holds the report.
    public func setMarks(_ marks: ReportMarks, id: String, in store: any ArticleStore, now: Int) throws {
        guard let key = try store.contentKey(id: id) else {
            throw StoreError("the report \(id) is no longer in the index; R rescans the folder")
        }
        let record = MarkRecord(contentKey: key, reportID: id, marks: marks, changed: now)
        if marks.isEmpty { try remove(contentKey: key) } else { try save(record) }
    }
}

/// Marks held in memory, for tests and for a reader with no state folder.
public final class MemoryMarks: MarkStore {
    private var byKey: [String: MarkRecord] = [:]

    public init(_ records: [MarkRecord] = []) {
        for r in records { byKey[r.contentKey] = r }
    }

    public func records() throws -> [MarkRecord] { Array(byKey.values) }

    public func save(_ record: MarkRecord) throws {
        byKey[record.contentKey] = record.marks.isEmpty ? nil : record
    }

    public func remove(contentKey: String) throws {
        byKey[contentKey] = nil
    }
}
