import GRDB

/// `PersonVariants` over the SQLite index: reads the people's names from the `entity` and
/// `alias` tables and hands them to it, for the whole corpus or around one person.
enum PersonLinks {
    /// The links among every person of the index.
    static func all(in db: Database) throws -> PersonVariants {
        try PersonVariants(people(where: "e.kind = 'person'", arguments: [], in: db))
    }

    /// The links that concern the person `id`: worked out among the people sharing a last word
    /// with one of its names, which are all the people it could be linked with (every form
    /// the links join ends in the same word).
    static func around(_ id: Int64, in db: Database) throws -> PersonVariants {
        var ids: Set<Int64> = [id]
        var words = Set<String>()
        // Names of the people found may bring other last words (an alias in another script);
        // a few rounds reach them all in practice.
        for _ in 0..<3 {
            let names = try String.fetchAll(db, sql: "SELECT DISTINCT folded FROM alias WHERE entityId IN (\(list(ids)))")
            let new = Set(names.compactMap { $0.split(separator: " ").last.map(String.init) }).subtracting(words)
            guard !new.isEmpty else { break }
            words.formUnion(new)
            for word in new {
                ids.formUnion(try Int64.fetchAll(db.cachedStatement(sql: """
                    SELECT DISTINCT a.entityId FROM alias a JOIN entity e ON e.id = a.entityId
                    WHERE e.kind = 'person' AND (a.folded = ? OR a.folded LIKE ? ESCAPE '\\')
                    """), arguments: [word, "% " + EntityQueries.escapedForLike(word)]))
            }
        }
        return try PersonVariants(people(where: "e.kind = 'person' AND e.id IN (\(list(ids)))", arguments: [], in: db))
    }

    private static func list(_ ids: Set<Int64>) -> String {
        ids.sorted().map(String.init).joined(separator: ",")
    }

    private static func people(where filter: String, arguments: StatementArguments, in db: Database) throws -> [PersonVariants.Person] {
        var byId: [Int64: PersonVariants.Person] = [:]
        var order: [Int64] = []
        var folded: Set<Int64> = []
        var unfolded: [Int64: String] = [:]
        // The entity's name is one of its aliases, folded when it was stored: folding every
        // person's name again took a fifth of the time of working out every link.
        let rows = try Row.fetchCursor(db, sql: """
            SELECT e.id, e.name, e.mentionCount, a.folded, a.name = e.name FROM entity e JOIN alias a ON a.entityId = e.id
            WHERE \(filter) ORDER BY e.id
            """, arguments: arguments)
        while let row = try rows.next() {
            let id: Int64 = row[0]
            let alias: String = row[3]
            if byId[id] == nil {
                byId[id] = PersonVariants.Person(id: id, name: "", names: [], mentions: row[2])
                unfolded[id] = row[1]
                order.append(id)
            }
            if row[4] as Bool, folded.insert(id).inserted { byId[id]!.name = alias }
            if !alias.isEmpty { byId[id]!.names.append(alias) }
        }
        return order.map { id in
            var person = byId[id]!
            if !folded.contains(id) { person.name = NameFolding.fold(unfolded[id] ?? "") }
            return person
        }
    }
}
