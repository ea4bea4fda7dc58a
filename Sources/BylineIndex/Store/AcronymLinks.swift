import GRDB

/// A place or organisation some reports name only by its initials (`UN`, `EU`) is taken to be
/// the one entity of the same kind whose longer name has those initials (`United Nations`,
/// `European Union`) and that the corpus backs (`AcronymEvidence`), when there is exactly one;
/// otherwise the initials stay an entity of their own. Short words (`of`, `the`, `for`) give no initial: `IWC` is `International
/// Water Council`, `UNHCR` is not `United Nations High Commissioner for Refugees`. The
/// counterpart of `SurnameLinks` for people, worked out as the index is read.
enum AcronymLinks {
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
        let backed = try Set(others).filter { try AcronymEvidence.supports(id, $0, letters: letters, in: db) }
        return backed.count == 1 ? backed.first : nil
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
        var withInitials: [String: Set<Int64>] = [:]
        var acronymOf: [Int64: String] = [:]
        let entities = try Row.fetchCursor(db, sql: "SELECT id, kind, name FROM entity WHERE kind != 'person'")
        while let row = try entities.next() {
            if let letters = acronym(row[2]) { acronymOf[row[0]] = (row[1] as String) + ":" + letters }
        }
        let names = try Row.fetchCursor(db, sql: """
            SELECT a.entityId, e.kind, a.folded FROM alias a JOIN entity e ON e.id = a.entityId
            WHERE e.kind != 'person' AND a.folded LIKE '% %'
            """)
        while let row = try names.next() {
            let id: Int64 = row[0]
            if let letters = initials(row[2]) { withInitials[(row[1] as String) + ":" + letters, default: []].insert(id) }
        }
        var links: [Int64: Int64] = [:]
        for (id, key) in acronymOf {
            guard let owners = withInitials[key]?.subtracting([id]), !owners.isEmpty else { continue }
            let letters = String(key.split(separator: ":").last ?? "")
            let backed = try owners.filter { try AcronymEvidence.supports(id, $0, letters: letters, in: db) }
            if backed.count == 1 { links[id] = backed.first }
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
    static func initials(_ folded: String) -> String? {
        let words = folded.split { $0 == " " || $0 == "-" }.filter { !shortWords.contains(String($0)) }
        guard words.count >= 2, words.count <= 6 else { return nil }
        let letters = words.compactMap(\.unicodeScalars.first)
        guard letters.allSatisfy({ ("a"..."z").contains($0) }) else { return nil }
        return String(String.UnicodeScalarView(letters))
    }

    private static let shortWords: Set<String> = ["of", "the", "and", "for", "on", "in", "at", "to", "de", "du", "des", "la", "le", "et", "&"]
}
