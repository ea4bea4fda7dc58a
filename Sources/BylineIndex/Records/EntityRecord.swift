import GRDB

/// A row of `entity`: one person, place or organisation across the corpus.
struct EntityRecord: Codable, FetchableRecord, PersistableRecord, Sendable, Equatable {
    static let databaseTableName = "entity"

    var id: Int64?
    /// `Entity.key`: the same key in two reports is the same entity.
    var key: String
    var kind: String
    /// The name the corpus uses most for it (the longest on a tie).
    var name: String
    var articleCount: Int
    var mentionCount: Int
    /// Set when its appearances changed; the end of a run recomputes name, counts, aliases
    /// and roles, then clears it.
    var stale: Bool

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let key = Column(CodingKeys.key)
        static let kind = Column(CodingKeys.kind)
        static let name = Column(CodingKeys.name)
        static let articleCount = Column(CodingKeys.articleCount)
        static let mentionCount = Column(CodingKeys.mentionCount)
        static let stale = Column(CodingKeys.stale)
    }
}

/// A row of `appearance`: one report naming one entity, as that report names it.
struct AppearanceRecord: Codable, FetchableRecord, PersistableRecord, Sendable, Equatable {
    static let databaseTableName = "appearance"

    var articleId: Int64
    var entityId: Int64
    /// The entity's place in `Article.entities`.
    var ordinal: Int
    /// `Entity.name` in this report.
    var name: String
    /// `Entity.aliases` as a JSON array of strings, nil when there are none.
    var aliases: String?
    /// `Entity.roles` as a JSON array of strings, nil when there are none.
    var roles: String?
    var mentionCount: Int
    /// Every mention with its sentence, `MentionList` encoded.
    var mentions: String

    enum Columns {
        static let articleId = Column(CodingKeys.articleId)
        static let entityId = Column(CodingKeys.entityId)
        static let ordinal = Column(CodingKeys.ordinal)
    }
}
