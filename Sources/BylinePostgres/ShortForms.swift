import BylineIndex
import PostgresNIO

/// Which entities stand for which, by the SQLite index's own rules run over the corpus's rows
/// as read from the server: people written several ways (`PersonVariants`: middle initials,
/// a surname alone, `couldBe` when several are meant) and initials for the one place or
/// organisation the corpus backs (`InitialsMatching`). Computed again only when an indexing
/// run has changed the entities since (`corpus.generation`).
struct ShortForms {
    /// The people's links.
    var people = PersonVariants([])
    /// Initials → the place or organisation they stand for.
    var acronymLinks: [Int64: Int64] = [:]
    /// Each entity's kind, and its folded names (to find the initials standing for it).
    var kinds: [Int64: String] = [:]
    var folded: [Int64: [String]] = [:]

    /// Every short form with the entity it stands for.
    var links: [Int64: Int64] { people.root.merging(acronymLinks) { a, _ in a } }

    static func load(corpusId: Int, in session: PostgresSession) throws(PostgresStoreError) -> ShortForms {
        var binds = PostgresBindings()
        binds.append(corpusId)
        var forms = ShortForms()
        var entities: [(id: Int64, kind: String, name: String)] = []
        var mentions: [Int64: Int] = [:]
        for row in try session.query("SELECT id, kind, name, mention_count FROM entity WHERE corpus_id = $1", binds) {
            guard let (id, kind, name, count) = try? row.decode((Int64, String, String, Int).self) else { continue }
            forms.kinds[id] = kind
            entities.append((id, kind, name))
            mentions[id] = count
        }
        var people: [Int64: PersonVariants.Person] = [:]
        var names: [(id: Int64, kind: String, folded: String)] = []
        for row in try session.query("""
            SELECT a.entity_id, a.folded FROM alias a JOIN entity e ON e.id = a.entity_id
            WHERE e.corpus_id = $1 ORDER BY a.entity_id
            """, binds) {
            guard let (id, name) = try? row.decode((Int64, String).self), let kind = forms.kinds[id] else { continue }
            forms.folded[id, default: []].append(name)
            if kind == "person" {
                people[id, default: PersonVariants.Person(id: id, name: "", names: [], mentions: mentions[id] ?? 0)].names += name.isEmpty ? [] : [name]
            } else {
                names.append((id, kind, name))
            }
        }
        for entity in entities where people[entity.id] != nil { people[entity.id]!.name = NameFolding.fold(entity.name) }
        forms.people = PersonVariants(people.keys.sorted().map { people[$0]! })
        forms.acronymLinks = try initialsLinks(InitialsMatching.candidates(entities: entities, names: names), folded: forms.folded, in: session)
        return forms
    }

    /// The candidates the evidence backs (`InitialsMatching.backed`), the reports naming two
    /// entities together read in one query.
    private static func initialsLinks(_ candidates: [Int64: (letters: String, owners: Set<Int64>)], folded: [Int64: [String]],
                                      in session: PostgresSession) throws(PostgresStoreError) -> [Int64: Int64] {
        guard !candidates.isEmpty else { return [:] }
        var binds = PostgresBindings()
        binds.append(Array(candidates.keys))
        binds.append(Array(Set(candidates.values.flatMap(\.owners))))
        var together = Set<[Int64]>()
        for row in try session.query("""
            SELECT DISTINCT s.entity_id, l.entity_id FROM appearance s JOIN appearance l ON l.article_id = s.article_id
            WHERE s.entity_id = ANY($1) AND l.entity_id = ANY($2)
            """, binds) {
            if let (short, long) = try? row.decode((Int64, Int64).self) { together.insert([short, long]) }
        }
        var links: [Int64: Int64] = [:]
        for (short, candidate) in candidates {
            let backed = candidate.owners.filter { long in
                InitialsMatching.backed(letters: candidate.letters, longNames: folded[long] ?? []) { together.contains([short, long]) }
            }
            links[short] = InitialsMatching.chosen(backed)
        }
        return links
    }

    /// `id`, or the entity it stands for, first; then the short forms standing for that one
    /// (as `EntityQueries.sameEntity`): for initials, those written as an alias of the full
    /// entity's initials.
    func sameEntity(as id: Int64) -> [Int64] {
        if kinds[id] == "person" { return people.members(of: id) }
        let full = acronymLinks[id] ?? id
        let initials = Set((folded[full] ?? []).compactMap(InitialsMatching.initials))
        let shorts = acronymLinks.filter { $0.value == full && (folded[$0.key] ?? []).contains { initials.contains($0) } }.map(\.key)
        return [full] + shorts.sorted()
    }
}
