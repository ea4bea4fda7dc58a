import GRDB

/// Every short form in the index with the entity it stands for: a surname alone, a name
/// without its middle initials (`PersonLinks`), initials (`AcronymLinks`).
///
/// Working them out reads every person's and organisation's names (tens of milliseconds at
/// 100,000 reports), which connections need on every entity page; so an indexing run that
/// changed anything works them out once when it ends and keeps them in `entityLink`. While a
/// run is writing, and in an index that has no stored links yet, they are worked out on
/// each call as before.
enum EntityLinks {
    /// The stored links when current, else worked out now.
    static func all(in db: Database) throws -> [Int64: Int64] {
        try stored(in: db) ?? computed(in: db)
    }

    /// The links worked out from the names in the index.
    static func computed(in db: Database) throws -> [Int64: Int64] {
        var links = try SurnameLinks.all(in: db)
        links.merge(try AcronymLinks.all(in: db)) { a, _ in a }
        return links
    }

    /// The links the last run stored, or nil when a run has changed the index since (or none
    /// stored them yet).
    static func stored(in db: Database) throws -> [Int64: Int64]? {
        guard try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [metaKey]) == "current" else { return nil }
        var links: [Int64: Int64] = [:]
        let rows = try Row.fetchCursor(db, sql: "SELECT entityId, targetId FROM entityLink")
        while let row = try rows.next() { links[row[0]] = row[1] }
        return links
    }

    /// A run is about to change the reports: the stored links no longer hold.
    static func markStale(in db: Database) throws {
        try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES (?, 'stale')", arguments: [metaKey])
    }

    /// Whether the stored links are current.
    static func areCurrent(in db: Database) throws -> Bool {
        try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [metaKey]) == "current"
    }

    /// Works the links out and stores them (at the end of a run, after the entity totals),
    /// with the reports naming two forms of one entity.
    static func refresh(in db: Database) throws {
        let links = try computed(in: db)
        try db.execute(sql: "DELETE FROM entityLink")
        let insert = try db.cachedStatement(sql: "INSERT INTO entityLink(entityId, targetId) VALUES (?, ?)")
        for (short, full) in links { try insert.execute(arguments: [short, full]) }
        try storeReportsNamingTwoForms(in: db)
        try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES (?, 'current')", arguments: [metaKey])
    }

    /// Stores in `entityLinkReport` every report naming two forms of one entity as the stored
    /// links join them (`Amara Okafor` and `Okafor` alone, or two short forms of her): the
    /// co-occurrence counts (`CoOccurrence`), kept per form, count such a report once per form,
    /// and connections count it again from its blob. Forms are joined only through links, so
    /// only the reports naming a linked entity are looked at.
    static func storeReportsNamingTwoForms(in db: Database) throws {
        try db.execute(sql: """
            DELETE FROM entityLinkReport;
            INSERT INTO entityLinkReport(articleId)
                SELECT DISTINCT articleId FROM (
                    SELECT a.articleId, coalesce(l.targetId, a.entityId) AS root
                    FROM appearance a LEFT JOIN entityLink l ON l.entityId = a.entityId
                    WHERE a.entityId IN (SELECT entityId FROM entityLink UNION SELECT targetId FROM entityLink)
                    GROUP BY a.articleId, root HAVING count(*) > 1
                );
            """)
    }

    static let metaKey = "entityLinks"
}
