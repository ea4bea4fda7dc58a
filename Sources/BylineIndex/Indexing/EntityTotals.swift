import GRDB

/// Brings entities up to date at the end of a run: those whose appearances changed (marked
/// stale) get their name, counts, aliases and roles recomputed, and those no report names any
/// more are removed. The name is the one most reports use, leaving out forms in capitals
/// (`ALMATY` from a dateline) when any other is used.
///
/// Runs in its own transaction after the batches, so a run killed before it leaves the marks in
/// place and the next run finishes the job.
enum EntityTotals {
    static func refresh(_ db: Database) throws {
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
            INSERT INTO alias(entityId, name, folded, articleCount)
                SELECT entityId, value, bylineFold(value), count(DISTINCT articleId) FROM (
                    SELECT entityId, articleId, name AS value FROM appearance WHERE entityId IN (\(stale))
                    UNION ALL
                    SELECT a.entityId, a.articleId, j.value FROM appearance a, json_each(a.aliases) j
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
}
