import GRDB

/// Whether the corpus gives reason to read initials (`TV`) as one longer name with those
/// initials (`Tidewater Ventures`): letters alone are no reason, as `TV` is television far more
/// often than a firm that happens to be called T… V….
///
/// The reasons: a report writes the initials beside the long form (`Tidewater Ventures (TV)`,
/// which the recogniser makes an alias), a report names both, or the pair is one of a few
/// that every reader knows (`EU`, `European Union`).
enum AcronymEvidence {
    /// Whether `short` (an entity named by initials) may stand for `long`, whose name has them.
    static func supports(_ short: Int64, _ long: Int64, letters: String, in db: Database) throws -> Bool {
        let names = try String.fetchAll(db.cachedStatement(sql: "SELECT folded FROM alias WHERE entityId = ?"), arguments: [long])
        if names.contains(where: { wellKnown[letters] == $0 }) || names.contains(letters) { return true }
        return try Bool.fetchOne(db.cachedStatement(sql: """
            SELECT EXISTS (SELECT 1 FROM appearance s JOIN appearance l ON l.articleId = s.articleId AND l.entityId = ? WHERE s.entityId = ?)
            """), arguments: [long, short]) ?? false
    }

    /// Initials and the long form every reader knows them for, folded.
    static let wellKnown: [String: String] = [
        "eu": "european union", "un": "united nations", "us": "united states", "uk": "united kingdom",
        "nato": "north atlantic treaty organization", "who": "world health organization",
        "imf": "international monetary fund", "wto": "world trade organization", "ecb": "european central bank",
        "fbi": "federal bureau of investigation", "cia": "central intelligence agency",
        "opec": "organization of the petroleum exporting countries", "unicef": "united nations children's fund",
        "iaea": "international atomic energy agency", "icc": "international criminal court",
    ]
}
