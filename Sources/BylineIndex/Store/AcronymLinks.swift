import GRDB

/// A place or organisation some reports name only by its initials (`UN`, `EU`) is taken to be
/// the one entity of the same kind whose longer name has those initials (`United Nations`,
/// `European Union`), when there is exactly one; otherwise the initials stay an entity of
/// their own. Short words (`of`, `the`, `for`) give no initial: `IWC` is `International
/// Water Council`, `UNHCR` is not `United Nations High Commissioner for Refugees`. The
/// counterpart of `SurnameLinks` for people, worked out as the index is read.
public enum AcronymLinks {
    /// The entity that the initials `id` stand for, if exactly one.
    static func fullName(for id: Int64, in db: Database) throws -> Int64? {
        guard let row = try Row.fetchOne(db, sql: "SELECT kind, name FROM entity WHERE id = ?", arguments: [id]),
              let letters = acronym(row[1]), (row[0] as String) != "person" else { return nil }
        // Aliases of the kind whose words start with the letters in turn, checked word by word.
        let pattern = letters.map { "\($0)%" }.joined(separator: " ")
        let others = try Row.fetchAll(db, sql: """
            SELECT DISTINCT a.entityId, a.folded FROM alias a JOIN entity e ON e.id = a.entityId
            WHERE e.kind = ? AND a.entityId != ? AND a.folded LIKE ?
            """, arguments: [row[0] as String, id, pattern])
            .filter { initials($0[1]) == letters }
            .map { $0[0] as Int64 }
        return Set(others).count == 1 ? others[0] : nil
    }

    /// The initials that stand for the entity `id`: entities named by the initials of one of
    /// its names whose `fullName` is `id`.
    static func acronyms(for id: Int64, in db: Database) throws -> [Int64] {
        guard let kind = try String.fetchOne(db, sql: "SELECT kind FROM entity WHERE id = ?", arguments: [id]), kind != "person" else { return [] }
        let forms = Set(try String.fetchAll(db, sql: "SELECT folded FROM alias WHERE entityId = ?", arguments: [id]).compactMap(initials))
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
        return links(entities: entities, names: names)
    }

    /// `all` from the places' and organisations' names (`entities`) and folded aliases of two
    /// or more words (`names`). Public so that another store (BylinePostgres) links initials
    /// by the same rule.
    public static func links(entities: [(id: Int64, kind: String, name: String)],
                             names: [(id: Int64, kind: String, folded: String)]) -> [Int64: Int64] {
        var withInitials: [String: ShortFormOwners] = [:]
        var acronymOf: [Int64: String] = [:]
        for entity in entities {
            if let letters = acronym(entity.name) { acronymOf[entity.id] = entity.kind + ":" + letters }
        }
        for name in names {
            if let letters = initials(name.folded) { withInitials[name.kind + ":" + letters, default: ShortFormOwners(name.id)].add(name.id) }
        }
        var links: [Int64: Int64] = [:]
        for (id, key) in acronymOf {
            if let other = withInitials[key]?.onlyOther(than: id) { links[id] = other }
        }
        return links
    }

    /// `un` for a name written `UN` or `U.N.`: two to six capital letters, lower-cased.
    static func acronym(_ name: String) -> String? {
        let letters = name.unicodeScalars.filter { $0 != "." }
        guard (2...6).contains(letters.count), letters.allSatisfy({ ("A"..."Z").contains($0) }) else { return nil }
        return String(String.UnicodeScalarView(letters)).lowercased()
    }

    /// The initials of a folded name of two or more words, short words left out: `un` for
    /// `united nations`, `iwc` for `international water council`.
    public static func initials(_ folded: String) -> String? {
        let words = folded.split { $0 == " " || $0 == "-" }.filter { !shortWords.contains(String($0)) }
        guard words.count >= 2, words.count <= 6 else { return nil }
        let letters = words.compactMap(\.unicodeScalars.first)
        guard letters.allSatisfy({ ("a"..."z").contains($0) }) else { return nil }
        return String(String.UnicodeScalarView(letters))
    }

    private static let shortWords: Set<String> = ["of", "the", "and", "for", "on", "in", "at", "to", "de", "du", "des", "la", "le", "et", "&"]
}
