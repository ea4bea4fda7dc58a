import Foundation
import GRDB

/// Brings entities up to date at the end of a run: those whose appearances changed (marked
/// stale) get their name, counts, aliases and roles brought up to date, and those no report
/// names any more are removed. The name is the one most reports use, leaving out forms in
/// capitals (`ALMATY` from a dateline) when any other is used.
///
/// The work is proportional to what the run changed, not to how often the entities it touched
/// are named: entities first stored by the run come with their totals counted as their
/// appearances were written (`EntityTally`), and entities stored before get the run's
/// differences added to their stored totals: the appearances the run wrote, counted as it
/// wrote them, less the ones it deleted, which a trigger keeps in `appearanceGone`. Recounting
/// such an entity from its appearances instead read every report naming it: after adding 100
/// reports to 100,000, the agencies and countries they named took 10 to 25 s.
///
/// Entities left stale by a run that was killed or failed (its counted differences are lost)
/// are recounted from their appearances by SQL, as is any entity whose differences do not add
/// up. Runs in its own transaction after the batches, so a run killed before it leaves the
/// marks in place and the next run finishes the job.
enum EntityTotals {
    /// - Parameters:
    ///   - counted: the totals of entities the run stored first.
    ///   - changed: the differences the run made to entities stored before it, without the
    ///     appearances it deleted (read here from `appearanceGone`).
    ///   - recount: entities that were stale before the run began, recounted in full.
    static func refresh(_ db: Database, counted: [Int64: EntityTally] = [:], changed: [Int64: EntityTally] = [:],
                        recount: Set<Int64> = []) throws {
        var counted = counted, changed = changed
        let gone = try Row.fetchCursor(db, sql: "SELECT entityId, name, aliases, roles, mentionCount FROM appearanceGone")
        while let row = try gone.next() {
            let id: Int64 = row[0]
            if recount.contains(id) { continue }
            // A report stored and removed in the same run: its entity is recounted.
            if counted[id] != nil {
                counted[id] = nil
                continue
            }
            changed[id, default: EntityTally()].add(name: row[1], aliases: strings(row[2]), roles: strings(row[3]),
                                                    mentions: row[4], sign: -1)
        }
        try db.execute(sql: "DELETE FROM appearanceGone")
        try write(counted, in: db)
        for (id, difference) in changed where !recount.contains(id) {
            try add(difference, to: id, in: db)
        }
        try recountStale(db)
    }

    /// Recounts every entity still marked stale from its appearances.
    private static func recountStale(_ db: Database) throws {
        let stale = "SELECT id FROM entity WHERE stale = 1"
        try db.execute(sql: """
            DELETE FROM entity WHERE stale = 1 AND NOT EXISTS (SELECT 1 FROM appearance WHERE entityId = entity.id);

            UPDATE entity SET
                articleCount = (SELECT count(*) FROM appearance WHERE entityId = entity.id),
                mentionCount = (SELECT coalesce(sum(mentionCount), 0) FROM appearance WHERE entityId = entity.id),
                name = (SELECT name FROM appearance WHERE entityId = entity.id
                        GROUP BY name ORDER BY name = upper(name), count(*) DESC, length(name) DESC, name LIMIT 1)
            WHERE stale = 1;

            DELETE FROM alias WHERE entityId IN (\(stale));
            INSERT INTO alias(entityId, name, folded, articleCount, nameCount)
                SELECT entityId, value, bylineFold(value), count(DISTINCT articleId), sum(isName) FROM (
                    SELECT entityId, articleId, name AS value, 1 AS isName FROM appearance WHERE entityId IN (\(stale))
                    UNION ALL
                    SELECT a.entityId, a.articleId, j.value, 0 FROM appearance a, json_each(a.aliases) j
                    WHERE a.entityId IN (\(stale)) AND j.type = 'text'
                ) GROUP BY entityId, value;

            DELETE FROM role WHERE entityId IN (\(stale));
            INSERT INTO role(entityId, role, articleCount)
                SELECT a.entityId, j.value, count(DISTINCT a.articleId) FROM appearance a, json_each(a.roles) j
                WHERE a.entityId IN (\(stale)) AND j.type = 'text'
                GROUP BY a.entityId, j.value;

            UPDATE entity SET stale = 0 WHERE stale = 1;
            """)
    }

    /// Writes out the totals of entities counted while their appearances were written.
    private static func write(_ counted: [Int64: EntityTally], in db: Database) throws {
        let update = try db.cachedStatement(sql: "UPDATE entity SET articleCount = ?, mentionCount = ?, name = ?, stale = 0 WHERE id = ?")
        let clearAliases = try db.cachedStatement(sql: "DELETE FROM alias WHERE entityId = ?")
        let clearRoles = try db.cachedStatement(sql: "DELETE FROM role WHERE entityId = ?")
        let alias = try db.cachedStatement(sql: "INSERT INTO alias(entityId, name, folded, articleCount, nameCount) VALUES (?, ?, ?, ?, ?)")
        let role = try db.cachedStatement(sql: "INSERT INTO role(entityId, role, articleCount) VALUES (?, ?, ?)")
        for (id, tally) in counted where tally.articles > 0 {
            try update.execute(arguments: [tally.articles, tally.mentions, tally.name, id])
            try clearAliases.execute(arguments: [id])
            try clearRoles.execute(arguments: [id])
            for (name, articles) in tally.aliases {
                try alias.execute(arguments: [id, name.string, NameFolding.fold(name.string), articles, tally.names[name] ?? 0])
            }
            for (name, articles) in tally.roles {
                try role.execute(arguments: [id, name.string, articles])
            }
        }
    }

    /// Adds a run's differences to the stored totals of the entity `id`; an entity no report
    /// names any more is removed. When the differences do not add up (a count would fall below
    /// zero), the entity is left stale to be recounted.
    private static func add(_ difference: EntityTally, to id: Int64, in db: Database) throws {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT articleCount, mentionCount FROM entity WHERE id = ?"),
                                         arguments: [id]) else { return }
        let articles = (row[0] as Int) + difference.articles, mentions = (row[1] as Int) + difference.mentions
        guard articles >= 0, mentions >= 0 else { return }
        if articles == 0 {
            try db.cachedStatement(sql: "DELETE FROM entity WHERE id = ? AND NOT EXISTS (SELECT 1 FROM appearance WHERE entityId = ?)")
                .execute(arguments: [id, id])
            return
        }
        // Every name and alias with its reports and the reports giving it as the name.
        var aliases: [SQLText: (articles: Int, names: Int)] = [:]
        for alias in try Row.fetchAll(db.cachedStatement(sql: "SELECT name, articleCount, nameCount FROM alias WHERE entityId = ?"), arguments: [id]) {
            aliases[SQLText(alias[0])] = (alias[1], alias[2])
        }
        var roles: [SQLText: Int] = [:]
        for role in try Row.fetchAll(db.cachedStatement(sql: "SELECT role, articleCount FROM role WHERE entityId = ?"), arguments: [id]) {
            roles[SQLText(role[0])] = role[1]
        }
        var changedAliases = Set<SQLText>()
        for (alias, n) in difference.aliases where n != 0 {
            aliases[alias, default: (0, 0)].articles += n
            changedAliases.insert(alias)
        }
        for (name, n) in difference.names where n != 0 {
            aliases[name, default: (0, 0)].names += n
            changedAliases.insert(name)
        }
        for (role, n) in difference.roles where n != 0 { roles[role, default: 0] += n }
        guard aliases.values.allSatisfy({ $0.articles >= 0 && $0.names >= 0 && $0.names <= $0.articles }),
              roles.values.allSatisfy({ $0 >= 0 }),
              let name = EntityTally.chosenName(aliases.mapValues(\.names)) else { return }

        let deleteAlias = try db.cachedStatement(sql: "DELETE FROM alias WHERE entityId = ? AND name = ?")
        let upsertAlias = try db.cachedStatement(sql: """
            INSERT INTO alias(entityId, name, folded, articleCount, nameCount) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (entityId, name) DO UPDATE SET articleCount = excluded.articleCount, nameCount = excluded.nameCount
            """)
        for alias in changedAliases {
            guard let counts = aliases[alias] else { continue }
            if counts.articles == 0 {
                try deleteAlias.execute(arguments: [id, alias.string])
            } else {
                try upsertAlias.execute(arguments: [id, alias.string, NameFolding.fold(alias.string), counts.articles, counts.names])
            }
        }
        let deleteRole = try db.cachedStatement(sql: "DELETE FROM role WHERE entityId = ? AND role = ?")
        let upsertRole = try db.cachedStatement(sql: """
            INSERT INTO role(entityId, role, articleCount) VALUES (?, ?, ?)
            ON CONFLICT (entityId, role) DO UPDATE SET articleCount = excluded.articleCount
            """)
        for (role, n) in difference.roles where n != 0 {
            let count = roles[role] ?? 0
            if count == 0 {
                try deleteRole.execute(arguments: [id, role.string])
            } else {
                try upsertRole.execute(arguments: [id, role.string, count])
            }
        }
        try db.cachedStatement(sql: "UPDATE entity SET articleCount = ?, mentionCount = ?, name = ?, stale = 0 WHERE id = ?")
            .execute(arguments: [articles, mentions, name, id])
    }

    /// The strings of a JSON array as `appearance` stores aliases and roles (nil: none), as
    /// SQL's `json_each(...) WHERE type = 'text'` reads them.
    private static func strings(_ json: String?) -> [String] {
        guard let json, let array = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [Any] else { return [] }
        return array.compactMap { $0 as? String }
    }
}
