/// Which people of the corpus are one person written several ways, worked out from plain rows
/// as the index is read (so that a report added later can undo a link, and no stored row is
/// rewritten). Both stores feed it the same rows (`PersonLinks` from SQLite, BylinePostgres
/// from its server), so they cannot link people differently:
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
public struct PersonVariants: Sendable {
    /// Each person that is another form of a fuller one, with that one.
    public var root: [Int64: Int64] = [:]
    /// Each person left apart because several people could be meant, with those people.
    public var couldBe: [Int64: [Int64]] = [:]

    /// One person as read from the index: its canonical name and every name the corpus gives it.
    public struct Person: Sendable {
        public var id: Int64
        /// The canonical name, folded (`NameFolding.fold`).
        public var name: String
        /// Every name the corpus gives it, folded (the `alias` rows), empty ones left out.
        public var names: [String]
        public var mentions: Int

        public init(id: Int64, name: String, names: [String], mentions: Int) {
            self.id = id
            self.name = name
            self.names = names
            self.mentions = mentions
        }
    }

    /// `id`, or the person it is a form of, first; then every other form of that person.
    public func members(of id: Int64) -> [Int64] {
        let top = root[id] ?? id
        return [top] + root.filter { $0.value == top }.keys.sorted()
    }

    /// The links among `people`.
    public init(_ people: [Person]) {
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
