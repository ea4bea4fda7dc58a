import BylineCore
import GRDB

extension EntityQueries {
    /// The canonical names of the people the person `id` could be, when it is left apart
    /// because there are several (`PersonLinks.couldBe`); empty otherwise.
    static func couldBe(_ id: Int64, kind: Entity.Kind, in db: Database) throws -> [String] {
        guard kind == .person, let ids = try PersonLinks.around(id, in: db).couldBe[id] else { return [] }
        return try String.fetchAll(db, sql: """
            SELECT name FROM entity WHERE id IN (\(ids.map(String.init).joined(separator: ","))) ORDER BY mentionCount DESC, name
            """)
    }
}
