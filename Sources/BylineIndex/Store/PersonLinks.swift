import GRDB

/// Which people of the corpus are one person written several ways, worked out as the index is
/// read (so that a report added later can undo a link, and no stored row is rewritten):
///
/// - the same name with and without the full stop of an initial, or any other punctuation
///   (`Maria L. Santos`, `Maria L Santos`): always one person;
/// - the name without its middle initials (`Maria Santos`): the one person of the corpus whose
///   name it is with initials left out; with two (`Maria L. Santos`, `Maria T. Santos`) it
///   stays apart, and `couldBe` names both;
/// - the last words alone (`Santos`, `de Graaf`): the one person, after the links above, with
///   a longer name ending in them; with two or more it stays apart, and `couldBe` names them.
///
/// Names are compared folded (`NameFolding`), as the `alias` table holds them.
struct PersonLinks {
    /// Each person that is another form of a fuller one, with that one.
    var root: [Int64: Int64] = [:]
    /// Each person left apart because several people could be meant, with those people.
    var couldBe: [Int64: [Int64]] = [:]

    /// One person as read from the index: its canonical name and every name the corpus gives it.
    struct Person {
        var id: Int64
        var name: String
        var names: [String]
        var mentions: Int
    }

    /// The links among every person of the index.
    static func all(in db: Database) throws -> PersonLinks {
        try PersonLinks(people(where: "e.kind = 'person'", arguments: [], in: db))
    }

    /// The links that concern the person `id`: worked out among the people sharing a last word
    /// with one of its names, which are all the people it could be linked with (every form
    /// the links join ends in the same word).
    static func around(_ id: Int64, in db: Database) throws -> PersonLinks {
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
        return try PersonLinks(people(where: "e.kind = 'person' AND e.id IN (\(list(ids)))", arguments: [], in: db))
    }

    /// `id`, or the person it is a form of, first; then every other form of that person.
    func members(of id: Int64) -> [Int64] {
        let top = root[id] ?? id
        return [top] + root.filter { $0.value == top }.keys.sorted()
    }

    private static func list(_ ids: Set<Int64>) -> String {
        ids.sorted().map(String.init).joined(separator: ",")
    }

    private static func people(where filter: String, arguments: StatementArguments, in db: Database) throws -> [Person] {
        var byId: [Int64: Person] = [:]
        var order: [Int64] = []
        let rows = try Row.fetchCursor(db, sql: """
            SELECT e.id, e.name, e.mentionCount, a.folded FROM entity e JOIN alias a ON a.entityId = e.id
            WHERE \(filter) ORDER BY e.id
            """, arguments: arguments)
        while let row = try rows.next() {
            let id: Int64 = row[0]
            let folded: String = row[3]
            if byId[id] == nil {
                byId[id] = Person(id: id, name: NameFolding.fold(row[1]), names: [], mentions: row[2])
                order.append(id)
            }
            if !folded.isEmpty { byId[id]!.names.append(folded) }
        }
        return order.map { byId[$0]! }
    }

    /// The links among `people`.
    init(_ people: [Person]) {
        var classes = UnionFind(people.map(\.id))
        // The same name punctuated two ways: one person.
        var byName: [String: Int64] = [:]
        for p in people where !p.name.isEmpty {
            if let other = byName[p.name] { classes.union(p.id, other) } else { byName[p.name] = p.id }
        }
        // The name without its middle initials: the one person it shortens.
        var shortening: [String: Set<Int64>] = [:]
        for p in people {
            if let short = Self.withoutInitials(p.name) { shortening[short, default: []].insert(classes.find(p.id)) }
        }
        for p in people {
            guard let longer = shortening[p.name] else { continue }
            let others = Set(longer.map { classes.find($0) }).subtracting([classes.find(p.id)])
            if others.count == 1 { classes.union(others.first!, p.id) } else if others.count > 1 { couldBe[p.id] = others.sorted() }
        }
        // The last words alone: the one person with a longer name ending in them. Longer names
        // first, so that each is already joined to its fuller forms when a shorter one is weighed.
        var endingIn: [Substring: [Int64]] = [:]
        for p in people {
            for name in p.names {
                var from = name.startIndex
                while let space = name[from...].firstIndex(of: " ") {
                    from = name.index(after: space)
                    endingIn[name[from...], default: []].append(p.id)
                }
            }
        }
        let words = Dictionary(uniqueKeysWithValues: people.map { ($0.id, $0.name.split(separator: " ").count) })
        let longestFirst = people.filter { !$0.name.isEmpty }.sorted { a, b in
            words[a.id]! != words[b.id]! ? words[a.id]! > words[b.id]! : a.id < b.id
        }
        for p in longestFirst where couldBe[p.id] == nil {
            var owner: Int64?
            var linked = true
            for name in Set(p.names) {
                let others = Set((endingIn[Substring(name)] ?? []).map { classes.find($0) }).subtracting([classes.find(p.id)])
                if others.count != 1 || (owner != nil && owner != others.first) { linked = false }
                owner = others.first
                // Only the name itself being ambiguous is worth saying (not a surname alias of a full name).
                if name == p.name && others.count > 1 { couldBe[p.id] = others.sorted() }
            }
            if linked, let owner { classes.union(owner, p.id) }
        }
        // Each class is shown as its fullest form: the most words, then the most mentioned.
        let rank = Dictionary(uniqueKeysWithValues: people.map { ($0.id, (words[$0.id]!, $0.mentions)) })
        var top: [Int64: Int64] = [:]
        for p in people {
            let c = classes.find(p.id)
            if let best = top[c] {
                let (a, b) = (rank[p.id]!, rank[best]!)
                if a.0 > b.0 || (a.0 == b.0 && (a.1 > b.1 || (a.1 == b.1 && p.id < best))) { top[c] = p.id }
            } else {
                top[c] = p.id
            }
        }
        for p in people {
            let best = top[classes.find(p.id)]!
            if best != p.id { root[p.id] = best }
        }
        // A person named both ways is shown as its class.
        couldBe = couldBe.compactMapValues { ids in
            let shown = Set(ids.map { top[classes.find($0)] ?? $0 }).sorted()
            return shown.count > 1 ? shown : nil
        }.filter { root[$0.key] == nil }
    }

    /// `maria santos` for `maria l santos` (folded, so without the full stop), nil for a name
    /// with no middle initial: single letters between the first and the last word.
    static func withoutInitials(_ folded: String) -> String? {
        let words = folded.split(separator: " ")
        guard words.count >= 3 else { return nil }
        let middle = words.dropFirst().dropLast()
        let kept = middle.filter { $0.count > 1 }
        guard kept.count < middle.count else { return nil }
        return ([words[0]] + kept + [words[words.count - 1]]).joined(separator: " ")
    }
}

/// Disjoint sets of row ids, for joining the forms of one name.
struct UnionFind {
    private var parent: [Int64: Int64] = [:]

    init(_ ids: [Int64]) {
        for id in ids { parent[id] = id }
    }

    mutating func find(_ id: Int64) -> Int64 {
        var top = id
        while let up = parent[top], up != top { top = up }
        var at = id
        while let up = parent[at], up != top {
            parent[at] = top
            at = up
        }
        return top
    }

    mutating func union(_ a: Int64, _ b: Int64) {
        let (x, y) = (find(a), find(b))
        if x != y { parent[y] = x }
    }
}
