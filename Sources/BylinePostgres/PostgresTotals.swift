import PostgresNIO

/// Brings entities up to date at the end of a run, as `EntityTotals` does for SQLite: those
/// whose appearances changed (marked stale) get their name, counts, aliases and roles
/// recomputed from their appearances, and those no report names any more are removed. The name
/// is the one most reports use, leaving out forms in capitals (`ALMATY` from a dateline) when
/// any other is used; ties go to the longer name, then byte order, as in SQLite.
///
/// Runs in the run's last transaction, so a run stopped before it leaves the marks in place
/// and the next run finishes the job.
enum PostgresTotals {
    static func refresh(corpusId: Int, in session: PostgresSession) throws(PostgresStoreError) {
        var binds = PostgresBindings()
        binds.append(corpusId)
        let stale = "SELECT id FROM entity WHERE corpus_id = $1 AND stale"
        let statements = [
            "DELETE FROM entity e WHERE corpus_id = $1 AND stale AND NOT EXISTS (SELECT 1 FROM appearance WHERE entity_id = e.id)",
            """
            UPDATE entity e SET article_count = t.articles, mention_count = t.mentions, name = t.name
            FROM (
                SELECT p.entity_id, count(*) AS articles, sum(p.mention_count) AS mentions,
                       (SELECT name FROM appearance WHERE entity_id = p.entity_id
                        GROUP BY name ORDER BY name = upper(name), count(*) DESC, length(name) DESC, name COLLATE "C" LIMIT 1) AS name
                FROM appearance p WHERE p.entity_id IN (\(stale)) GROUP BY p.entity_id
            ) t
            WHERE e.id = t.entity_id
            """,
            "DELETE FROM alias WHERE entity_id IN (\(stale))",
            """
            INSERT INTO alias(entity_id, name, folded, article_count)
            SELECT p.entity_id, n.name, min(f.folded), count(DISTINCT p.article_id)
            FROM appearance p
            CROSS JOIN LATERAL jsonb_array_elements_text(jsonb_build_array(p.name) || p.aliases) WITH ORDINALITY AS n(name, i)
            CROSS JOIN LATERAL (SELECT p.folded->>(n.i::int - 1) AS folded) f
            WHERE p.entity_id IN (\(stale))
            GROUP BY p.entity_id, n.name
            """,
            "DELETE FROM role WHERE entity_id IN (\(stale))",
            """
            INSERT INTO role(entity_id, role, article_count)
            SELECT p.entity_id, r.role, count(DISTINCT p.article_id)
            FROM appearance p CROSS JOIN LATERAL jsonb_array_elements_text(p.roles) AS r(role)
            WHERE p.entity_id IN (\(stale))
            GROUP BY p.entity_id, r.role
            """,
            "UPDATE entity SET stale = false WHERE corpus_id = $1 AND stale",
            "UPDATE corpus SET generation = generation + 1 WHERE id = $1",
        ]
        for sql in statements { try session.query(sql, binds) }
    }
}
