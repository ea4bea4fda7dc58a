import GRDB

/// A person some reports name only by surname (`Commissioner Lindqvist`, `Mayor de Graaf`) is
/// taken to be the one person of the corpus whose fuller name ends in it (`Sofia Lindqvist`),
/// when there is exactly one; with two (`Sofia` and `Erik Lindqvist`) or none, the surname
/// stays an entity of its own.
///
/// Within a report the recogniser already joins a surname to the full name used earlier; this
/// joins across reports, when pages and lookups are read, so that following a person leads to
/// every report naming them. Entities stay as indexed: a report added later that names another
/// Lindqvist in full makes the surname ambiguous again, and no stored row must be rewritten.
enum SurnameLinks {
    /// The person that the surname-only person `id` stands for, if exactly one.
    static func fullName(for id: Int64, in db: Database) throws -> Int64? {
        guard try String.fetchOne(db, sql: "SELECT kind FROM entity WHERE id = ?", arguments: [id]) == "person" else { return nil }
        let names = try String.fetchAll(db, sql: "SELECT DISTINCT folded FROM alias WHERE entityId = ?", arguments: [id])
        var found: Int64?
        for name in names where !name.isEmpty {
            // Every person, other than this one, with a longer name ending in this one.
            let others = try Int64.fetchAll(db, sql: """
                SELECT DISTINCT a.entityId FROM alias a JOIN entity e ON e.id = a.entityId
                WHERE e.kind = 'person' AND a.entityId != ? AND a.folded LIKE ? ESCAPE '\\'
                """, arguments: [id, "% " + escapedForLike(name)])
            guard others.count == 1, found == nil || found == others[0] else { return nil }
            found = others[0]
        }
        return found
    }

    /// The surname-only people that stand for the person `id`: those named by the last words
    /// of one of its names whose `fullName` is `id`.
    static func surnameOnly(for id: Int64, in db: Database) throws -> [Int64] {
        let names = try String.fetchAll(db, sql: "SELECT DISTINCT folded FROM alias WHERE entityId = ?", arguments: [id])
        var tails = Set<String>()
        for name in names {
            let words = name.split(separator: " ")
            for start in words.indices.dropFirst() { tails.insert(words[start...].joined(separator: " ")) }
        }
        guard !tails.isEmpty else { return [] }
        let candidates = try Int64.fetchAll(db, sql: """
            SELECT DISTINCT a.entityId FROM alias a JOIN entity e ON e.id = a.entityId
            WHERE e.kind = 'person' AND a.entityId != ? AND a.folded IN (\(databaseQuestionMarks(count: tails.count)))
            ORDER BY a.entityId
            """, arguments: StatementArguments([id] + tails.sorted()))
        return try candidates.filter { try fullName(for: $0, in: db) == id }
    }

    /// `id` with the surname-only people standing for it, or, for a surname-only person, the
    /// person it stands for with all of theirs; the first is the one to show.
    static func samePerson(as id: Int64, in db: Database) throws -> [Int64] {
        let person = try fullName(for: id, in: db) ?? id
        return [person] + (try surnameOnly(for: person, in: db))
    }

    /// Every surname-only person of the index with the person it stands for: `fullName` for
    /// all of them at once, from one read of the people's names (for lists of entities).
    static func all(in db: Database) throws -> [Int64: Int64] {
        var namesOf: [Int64: Set<String>] = [:]
        var endingIn: [String: Set<Int64>] = [:]
        let rows = try Row.fetchCursor(db, sql: """
            SELECT a.entityId, a.folded FROM alias a JOIN entity e ON e.id = a.entityId WHERE e.kind = 'person'
            """)
        while let row = try rows.next() {
            let id: Int64 = row[0]
            let name: String = row[1]
            namesOf[id, default: []].insert(name)
            let words = name.split(separator: " ", omittingEmptySubsequences: false)
            for start in words.indices.dropFirst() { endingIn[words[start...].joined(separator: " "), default: []].insert(id) }
        }
        var links: [Int64: Int64] = [:]
        for (id, names) in namesOf {
            var found: Int64?
            for name in names where !name.isEmpty {
                var others = endingIn[name] ?? []
                others.remove(id)
                guard others.count == 1, let other = others.first, found == nil || found == other else {
                    found = nil
                    break
                }
                found = other
            }
            if let found { links[id] = found }
        }
        return links
    }

    private static func escapedForLike(_ s: String) -> String {
        s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
    }
}
