import GRDB

/// A row of `file`: one file of the corpus folder as the last run saw it.
struct FileRecord: Codable, FetchableRecord, PersistableRecord, Sendable, Equatable {
    static let databaseTableName = "file"

    var id: Int64?
    /// The path below the corpus folder.
    var path: String
    var size: Int64
    /// Modification time in nanoseconds since 1970.
    var mtime: Int64
    /// `ContentHash` of the bytes, as a signed 64-bit pattern.
    var hash: Int64
    /// Why the file gave no report; nil when it gave at least one.
    var warning: String?

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let path = Column(CodingKeys.path)
        static let size = Column(CodingKeys.size)
        static let mtime = Column(CodingKeys.mtime)
        static let hash = Column(CodingKeys.hash)
        static let warning = Column(CodingKeys.warning)
    }
}
