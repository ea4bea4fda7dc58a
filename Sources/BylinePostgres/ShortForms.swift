import BylineIndex
import PostgresNIO

/// Which entities stand for which: a person named only by surname for the one person whose
/// fuller name ends in it, initials for the one place or organisation with those initials.
/// The rules are the SQLite index's own (`SurnameLinks.links`, `AcronymLinks.links`), run over
/// the corpus's names as read from the server; computed again only when an indexing run has
/// changed the entities since (`corpus.generation`).
struct ShortForms {
    /// Short form → the entity it stands for.
    var links: [Int64: Int64] = [:]
    /// The people's links only, and the places' and organisations' only (`list` asks for one kind).
    var surnameLinks: [Int64: Int64] = [:]
    var acronymLinks: [Int64: Int64] = [:]
    /// Each entity's kind, and its folded names (to find the initials standing for it).
    var kinds: [Int64: String] = [:]
    var folded: [Int64: [String]] = [:]

    static func load(corpusId: Int, in session: PostgresSession) throws(PostgresStoreError) -> ShortForms {
        var binds = PostgresBindings()
        binds.append(corpusId)
        var forms = ShortForms()
        var personIds: [Int64] = [], personNames: [String] = []
        var entities: [(id: Int64, kind: String, name: String)] = []
        var names: [(id: Int64, kind: String, folded: String)] = []
        for row in try session.query("SELECT id, kind, name FROM entity WHERE corpus_id = $1", binds) {
            guard let (id, kind, name) = try? row.decode((Int64, String, String).self) else { continue }
            forms.kinds[id] = kind
            if kind != "person" { entities.append((id, kind, name)) }
        }
        for row in try session.query("""
            SELECT a.entity_id, e.kind, a.folded FROM alias a JOIN entity e ON e.id = a.entity_id
            WHERE e.corpus_id = $1 ORDER BY a.entity_id
            """, binds) {
            guard let (id, kind, name) = try? row.decode((Int64, String, String).self) else { continue }
            forms.folded[id, default: []].append(name)
            if kind == "person" {
                personIds.append(id)
                personNames.append(name)
            } else if name.contains(" ") {
                names.append((id, kind, name))
            }
        }
        forms.surnameLinks = SurnameLinks.links(ids: personIds, names: personNames)
        forms.acronymLinks = AcronymLinks.links(entities: entities, names: names)
        forms.links = forms.surnameLinks.merging(forms.acronymLinks) { a, _ in a }
        return forms
    }

    /// `id`, or the entity it stands for, first; then the short forms standing for that one
    /// (as `EntityQueries.sameEntity`): for initials, those written as an alias of the full
    /// entity's initials.
    func sameEntity(as id: Int64) -> [Int64] {
        let full = links[id] ?? id
        var shorts = links.filter { $0.value == full }.map(\.key)
        if kinds[full] != "person" {
            let initials = Set((folded[full] ?? []).compactMap(AcronymLinks.initials))
            shorts = shorts.filter { short in (folded[short] ?? []).contains { initials.contains($0) } }
        }
        return [full] + shorts.sorted()
    }
}
