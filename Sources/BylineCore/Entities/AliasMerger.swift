/// Groups the mentions of a report into entities.
///
/// People: each fullest form (`Kassym-Jomart Tokayev`) starts an entity, and a shorter form
/// that ends it (`Tokayev`, `Forestier – Walker` for `Robin Forestier-Walker`) joins it. When
/// two people share the ending (`George Bush`, `Laura Bush`) a bare `Bush` joins the one named
/// most recently before it. A lone given name joins the only person whose name starts with it,
/// and a first surname the person whose double surname it opens (`López` for `María Fernanda
/// López Ortega`).
/// Places and organisations: equal forms, acronyms defined in the text
/// (`Collective Security Treaty Organization (CSTO)`), and an organisation's short name
/// (`Gulf Meridian` for `Gulf Meridian Lines`, `Ruch` for `Ruch SA`).
/// Forms are compared as spelled in Latin letters (`NameSpelling`), so `Дмитрий Волков` and a
/// later `Volkov` join `Dmitri Volkov`.
enum AliasMerger {
    /// The entity index of each mention; mentions are in text order.
    static func group(_ mentions: [NameMention], acronyms: [NameForm: NameForm]) -> [Int] {
        var groupOf = [Int](repeating: -1, count: mentions.count)
        var groups = 0
        let spelled = mentions.map(\.form.spelled)
        // People
        let people = mentions.indices.filter { mentions[$0].kind == .person }
        let forms = Set(people.map { spelled[$0] })
        let full = forms.filter { f in
            !forms.contains { $0 != f && (f.isTail(of: $0) || (f.words.count == 1 && $0.words.count >= 3 && $0.words[$0.words.count - 2] == f.words[0])) }
        }
        var fullGroup: [NameForm: Int] = [:]
        for i in people where full.contains(spelled[i]) && fullGroup[spelled[i]] == nil {
            let f = spelled[i]
            if f.words.count == 1, let only = onlyPerson(startingWith: f.words[0], among: full), only != f {
                continue
            }
            fullGroup[f] = groups
            groups += 1
        }
        var lastSeen: [Int: Int] = [:]
        for i in people {
            let f = spelled[i]
            var g = fullGroup[f]
            if g == nil {
                var owners = full.filter { f.isTail(of: $0) && fullGroup[$0] != nil }.map { fullGroup[$0]! }
                if owners.isEmpty && f.words.count == 1 {
                    // `López` for `María Fernanda López Ortega`: the first of two surnames.
                    owners = full.filter { $0.words.count >= 3 && $0.words[$0.words.count - 2] == f.words[0] && fullGroup[$0] != nil }
                        .map { fullGroup[$0]! }
                }
                if owners.count == 1 {
                    g = owners[0]
                } else if !owners.isEmpty {
                    g = owners.max { (lastSeen[$0] ?? -1, -$0) < (lastSeen[$1] ?? -1, -$1) }
                } else if f.words.count == 1, let only = onlyPerson(startingWith: f.words[0], among: full) {
                    g = fullGroup[only]
                }
            }
            if g == nil {
                g = groups
                fullGroup[f] = groups
                groups += 1
            }
            groupOf[i] = g!
            lastSeen[g!] = i
        }
        // Places and organisations
        let organisations = Set(mentions.indices.filter { mentions[$0].kind == .organisation }.map { spelled[$0] })
        var named: [String: Int] = [:]
        for i in mentions.indices where mentions[i].kind != .person {
            let m = mentions[i]
            var form = acronyms[m.form]?.spelled ?? spelled[i]
            if m.kind == .organisation, let long = longForm(of: form, among: organisations) { form = long }
            let key = "\(m.kind.rawValue):\(form.text)"
            if let g = named[key] {
                groupOf[i] = g
            } else {
                named[key] = groups
                groupOf[i] = groups
                groups += 1
            }
        }
        return groupOf
    }

    /// The longest organisation name that `short` opens: with two or more words in common, or
    /// with only a legal form added (`Ruch` → `Ruch SA`).
    private static func longForm(of short: NameForm, among forms: Set<NameForm>) -> NameForm? {
        forms.filter { long in
            long.words.count > short.words.count && long.words.prefix(short.words.count).elementsEqual(short.words)
                && (short.words.count >= 2 || (long.words.count == 2 && legalForms.contains(long.words[1])))
        }.max { $0.words.count < $1.words.count }
    }

    private static let legalForms: Set<String> = ["inc", "corp", "co", "ltd", "plc", "sa", "ag", "nv", "bv", "spa", "gmbh", "llc"]

    /// The one full name of several words that starts with `given`, if exactly one does.
    private static func onlyPerson(startingWith given: String, among full: Set<NameForm>) -> NameForm? {
        let matches = full.filter { $0.words.count >= 2 && $0.words[0] == given }
        return matches.count == 1 ? matches.first : nil
    }
}
