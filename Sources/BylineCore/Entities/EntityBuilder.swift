/// Turns grouped mentions into entities: canonical name, aliases, roles, key, mentions.
struct EntityBuilder {
    let doc: TextDocument

    /// The entities in order of first mention, and for each group the index of its entity.
    func build(_ mentions: [NameMention], _ groupOf: [Int]) -> (entities: [Entity], index: [Int]) {
        let groups = (groupOf.max() ?? -1) + 1
        var members = [[Int]](repeating: [], count: groups)
        for (i, g) in groupOf.enumerated() where g >= 0 { members[g].append(i) }
        let order = (0..<groups).filter { !members[$0].isEmpty }.sorted { members[$0][0] < members[$1][0] }
        var index = [Int](repeating: -1, count: groups)
        var entities: [Entity] = []
        let roles = RoleFinder(doc: doc)
        for g in order {
            let ms = members[g].map { mentions[$0] }
            let kind = ms[0].kind
            // The fullest form: most words, then not in capitals (`Almaty` over a dateline's
            // `ALMATY`), then first written.
            let canonical = ms.max { a, b in
                (a.form.words.count, a.isCapitals ? 0 : 1, -a.position) < (b.form.words.count, b.isCapitals ? 0 : 1, -b.position)
            }!
            var aliases: [String] = []
            for m in ms where m.text != canonical.text && !aliases.contains(m.text) { aliases.append(m.text) }
            if kind == .person, let surname = derivedSurname(canonical, ms) { aliases.append(surname) }
            var found: [String] = []
            for m in ms {
                if m.isCredit && kind == .person { found.append("photographer") }
                if kind == .person, !m.isCredit, let c = m.candidate { found.append(contentsOf: roles.roles(of: c)) }
            }
            // `CEO` and `chief executive` in one report are one role.
            let unique = RoleForms.merged(found)
            index[g] = entities.count
            entities.append(Entity(name: canonical.text, kind: kind, aliases: aliases, roles: unique,
                                   key: EntityKey.make(kind: kind, form: canonical.form), mentions: ms.map(\.mention)))
        }
        return (entities, index)
    }

    /// The surname of a person named in the story only in full (`Nazarbayev` for `Nursultan
    /// Nazarbayev`), so the entity can be found by it; nil when the report itself uses a
    /// shorter form, or names the person only in a photo credit.
    private func derivedSurname(_ canonical: NameMention, _ ms: [NameMention]) -> String? {
        guard canonical.form.words.count >= 2, ms.contains(where: { !$0.isCredit }),
              !ms.contains(where: { $0.form != canonical.form }) else { return nil }
        var words = canonical.text.split(separator: " ").map(String.init)
        guard words.count >= 2 else { return nil }
        var surname = [words.removeLast()]
        while let w = words.last, words.count > 1, let f = w.unicodeScalars.first, ScalarClass.isLower(f) {
            surname.insert(words.removeLast(), at: 0)
        }
        return surname.joined(separator: " ")
    }
}
