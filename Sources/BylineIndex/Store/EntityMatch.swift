import BylineCore

/// An entity found by name, with its row id for joins: what the SQLite index's
/// `EntityQueries` and the PostgreSQL store's lookups both give.
public struct EntityMatch: Equatable, Sendable {
    public var id: Int64
    public var summary: EntitySummary
    /// `id` and its short forms (`SurnameLinks`, `AcronymLinks`), for joins that must reach
    /// every report naming the entity.
    public var ids: [Int64]

    public init(id: Int64, summary: EntitySummary, ids: [Int64]) {
        self.id = id
        self.summary = summary
        self.ids = ids
    }
}
