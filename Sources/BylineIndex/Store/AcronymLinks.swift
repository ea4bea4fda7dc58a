import GRDB

/// `InitialsMatching` over the SQLite index: a place or organisation some reports name only by
/// its initials (`UN`, `EU`) is the one entity of the same kind whose longer name has those
/// initials (`United Nations`) and that the corpus backs (`AcronymEvidence`); otherwise the
/// initials stay an entity of their own. The counterpart of `PersonLinks` for people, worked
/// out as the index is read.
enum AcronymLinks {
    /// The entity that the initials `id` stand for, if exactly one.
    static func fullName(for id: Int64, in db: Database) throws -> Int64? {
        guard let row = try Row.fetchOne(db, sql: "SELECT kind, name FROM entity WHERE id = ?", arguments: [id]),
              let letters = InitialsMatching.acronym(row[1]), (row[0] as String) != "person" else { return nil }
        let kind: String = row[0]
        // Only the names whose words start with the letters in turn can have them.
        let pattern = letters.map { "\($0)%" }.joined(separator: " ")
        let names = try Row.fetchAll(db, sql: """
            SELECT DISTINCT a.entityId, a.folded FROM alias a JOIN entity e ON e.id = a.entityId
            WHERE e.kind = ? AND a.entityId != ? AND a.folded LIKE ?
            """, arguments: [kind, id, pattern]).map { (id: $0[0] as Int64, kind: kind, folded: $0[1] as String) }
        return try link(InitialsMatching.candidates(entities: [(id, kind, row[1])], names: names)[id], for: id, in: db)
    }

    /// The initials that stand for the entity `id`: entities named by the initials of one of
    /// its names whose `fullName` is `id`.
    static func acronyms(for id: Int64, in db: Database) throws -> [Int64] {
        guard let kind = try String.fetchOne(db, sql: "SELECT kind FROM entity WHERE id = ?", arguments: [id]), kind != "person" else { return [] }
        let forms = Set(try String.fetchAll(db, sql: "SELECT folded FROM alias WHERE entityId = ?", arguments: [id]).compactMap(InitialsMatching.initials))
        guard !forms.isEmpty else { return [] }
        let candidates = try Int64.fetchAll(db, sql: """
            SELECT DISTINCT a.entityId FROM alias a JOIN entity e ON e.id = a.entityId
            WHERE e.kind = ? AND a.entityId != ? AND a.folded IN (\(databaseQuestionMarks(count: forms.count)))
            ORDER BY a.entityId
            """, arguments: StatementArguments([kind as any DatabaseValueConvertible, id] + forms.sorted()))
        return try candidates.filter { try fullName(for: $0, in: db) == id }
    }

    /// Every entity of initials in the index with the entity it stands for (`fullName` for all
    /// at once).
    static func all(in db: Database) throws -> [Int64: Int64] {
        let entities = try Row.fetchAll(db, sql: "SELECT id, kind, name FROM entity WHERE kind != 'person'")
            .map { (id: $0[0] as Int64, kind: $0[1] as String, name: $0[2] as String) }
        let names = try Row.fetchAll(db, sql: """
            SELECT a.entityId, e.kind, a.folded FROM alias a JOIN entity e ON e.id = a.entityId
            WHERE e.kind != 'person' AND a.folded LIKE '% %'
            """).map { (id: $0[0] as Int64, kind: $0[1] as String, folded: $0[2] as String) }
        var links: [Int64: Int64] = [:]
        for (id, candidate) in InitialsMatching.candidates(entities: entities, names: names) {
            links[id] = try link(candidate, for: id, in: db)
        }
        return links
    }

    /// The one candidate the evidence backs, if exactly one.
    private static func link(_ candidate: (letters: String, owners: Set<Int64>)?, for id: Int64, in db: Database) throws -> Int64? {
        guard let candidate else { return nil }
        return InitialsMatching.chosen(try candidate.owners.filter { try AcronymEvidence.supports(id, $0, letters: candidate.letters, in: db) })
    }
}
