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
public enum SurnameLinks {
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
                """, arguments: [id, "% " + EntityQueries.escapedForLike(name)])
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

    /// Every surname-only person of the index with the person it stands for: `fullName` for
    /// all of them at once, from one read of the people's names (for lists of entities).
    static func all(in db: Database) throws -> [Int64: Int64] {
        var ids: [Int64] = []
        var names: [String] = []
        let rows = try Row.fetchCursor(db, sql: """
            SELECT entityId, folded FROM alias WHERE entityId IN (SELECT id FROM entity WHERE kind = 'person')
            ORDER BY entityId
            """)
        while let row = try rows.next() {
            ids.append(row[0])
            names.append(row[1])
        }
        return links(ids: ids, names: names)
    }

    /// `all` from the people's folded names: `names[i]` is a name of the person `ids[i]`, and
    /// each person's names are together. Public so that another store (BylinePostgres) links
    /// short forms by the same rule.
    public static func links(ids: [Int64], names: [String]) -> [Int64: Int64] {
        // Every word-aligned tail of every name (`lindqvist` of `sofia lindqvist`), as slices of
        // the names: no string is made per tail.
        var endingIn: [Substring: ShortFormOwners] = [:]
        for (id, name) in zip(ids, names) {
            var from = name.startIndex
            while let space = name[from...].firstIndex(of: " ") {
                from = name.index(after: space)
                endingIn[name[from...], default: ShortFormOwners(id)].add(id)
            }
        }
        // Each person's names are together (`ORDER BY entityId`): a person links when every
        // one of its names has the same one other owner.
        var links: [Int64: Int64] = [:]
        var i = 0
        while i < ids.count {
            let id = ids[i]
            var found: Int64?
            var linked = true
            while i < ids.count && ids[i] == id {
                defer { i += 1 }
                guard !names[i].isEmpty else { continue }  // as `fullName`, which skips them
                let other = endingIn[Substring(names[i])]?.onlyOther(than: id)
                if other == nil || (found != nil && found != other) { linked = false }
                found = other
            }
            if linked, let found { links[id] = found }
        }
        return links
    }

}
