import GRDB

/// `InitialsMatching.backed` over the SQLite index: the long form's names from `alias`, and
/// whether one report names both from `appearance`.
enum AcronymEvidence {
    /// Whether `short` (an entity named by initials) may stand for `long`, whose name has them.
    static func supports(_ short: Int64, _ long: Int64, letters: String, in db: Database) throws -> Bool {
        let names = try String.fetchAll(db.cachedStatement(sql: "SELECT folded FROM alias WHERE entityId = ?"), arguments: [long])
        return try InitialsMatching.backed(letters: letters, longNames: names) {
            try Bool.fetchOne(db.cachedStatement(sql: """
                SELECT EXISTS (SELECT 1 FROM appearance s JOIN appearance l ON l.articleId = s.articleId AND l.entityId = ? WHERE s.entityId = ?)
                """), arguments: [long, short]) ?? false
        }
    }
}
