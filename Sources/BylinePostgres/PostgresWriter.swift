import BylineCore
import BylineIndex
import Foundation
import PostgresNIO

/// The indexer's writes, a parsing batch at a time, inside the run's open transaction. Each
/// table gets one statement per batch, its rows passed as arrays and spread with `unnest`:
/// a statement per report would spend the run waiting on round trips to the server.
final class PostgresWriter {
    private let session: PostgresSession
    private let corpusId: Int
    /// Entity ids already stored (and marked stale) in this run, by key.
    private var entityIds: [String: Int64] = [:]

    init(session: PostgresSession, corpusId: Int) {
        self.session = session
        self.corpusId = corpusId
    }

    /// Removes files (and, by cascade, their reports, appearances and mentions).
    func remove(_ fileIds: [Int64]) throws(PostgresStoreError) {
        guard !fileIds.isEmpty else { return }
        var binds = PostgresBindings()
        binds.append(fileIds)
        try session.query("DELETE FROM file WHERE id = ANY($1)", binds)
    }

    /// Writes one parsing batch.
    func write(_ outcomes: [FileOutcome], summary: inout IndexSummary, unreadable: inout [String]) throws(PostgresStoreError) {
        var touched: [(Int64, Int64, Int64)] = []
        var gone: [Int64] = []
        var saved: [(file: CorpusFile, hash: Int64, articles: [PreparedArticle], failure: String?)] = []
        for outcome in outcomes {
            switch outcome {
            case let .sameContent(file, stored):
                touched.append((stored.id, file.size, file.modifiedNanoseconds))
                summary.unchanged += 1
            case let .unreadable(_, stored, warning):
                if let stored {
                    gone.append(stored.id)
                    summary.removed += 1
                }
                unreadable.append(warning)
                summary.newWarnings.append(warning)
            case let .loaded(file, stored, hash, articles, failure):
                saved.append((file, hash, articles, failure))
                summary.countRead(file, stored: stored, articles: articles, failure: failure)
            }
        }
        if !touched.isEmpty {
            var binds = PostgresBindings()
            binds.append(touched.map(\.0))
            binds.append(touched.map(\.1))
            binds.append(touched.map(\.2))
            try session.query("""
                UPDATE file f SET size = u.size, mtime = u.mtime
                FROM unnest($1::bigint[], $2::bigint[], $3::bigint[]) AS u(id, size, mtime) WHERE f.id = u.id
                """, binds)
        }
        try remove(gone)
        guard !saved.isEmpty else { return }
        let fileIds = try saveFiles(saved.map { ($0.file, $0.hash, $0.failure) })
        try insertArticles(saved.flatMap { entry in entry.articles.map { (fileIds[entry.file.relativePath] ?? 0, entry.file.relativePath, $0) } })
    }

    /// Stores the files' rows (new or replacing what was stored), dropping their old reports;
    /// returns their ids by relative path.
    private func saveFiles(_ files: [(file: CorpusFile, hash: Int64, failure: String?)]) throws(PostgresStoreError) -> [String: Int64] {
        var binds = PostgresBindings()
        binds.append(corpusId)
        binds.append(files.map(\.file.relativePath))
        try session.query("DELETE FROM article WHERE file_id IN (SELECT id FROM file WHERE corpus_id = $1 AND path = ANY($2))", binds)
        binds.append(files.map(\.file.size))
        binds.append(files.map(\.file.modifiedNanoseconds))
        binds.append(files.map(\.hash))
        binds.append(files.map { $0.failure ?? "" })
        binds.append(files.map { $0.failure != nil })
        let rows = try session.query("""
            INSERT INTO file(corpus_id, path, size, mtime, hash, warning)
            SELECT $1, u.path, u.size, u.mtime, u.hash, CASE WHEN u.failed THEN u.warning END
            FROM unnest($2::text[], $3::bigint[], $4::bigint[], $5::bigint[], $6::text[], $7::boolean[]) AS u(path, size, mtime, hash, warning, failed)
            ON CONFLICT (corpus_id, path) DO UPDATE SET size = excluded.size, mtime = excluded.mtime, hash = excluded.hash, warning = excluded.warning
            RETURNING id, path
            """, binds)
        var ids: [String: Int64] = [:]
        for row in rows {
            if let (id, path) = try? row.decode((Int64, String).self) { ids[path] = id }
        }
        return ids
    }

    private func insertArticles(_ articles: [(fileId: Int64, relativePath: String, article: PreparedArticle)]) throws(PostgresStoreError) {
        guard !articles.isEmpty else { return }
        let keys = try uniqueKeys(articles.map { ($0.article.key, $0.relativePath + ($0.article.ordinal > 0 ? "#\($0.article.ordinal + 1)" : "")) })
        var binds = PostgresBindings()
        binds.append(corpusId)
        binds.append(articles.map(\.fileId))
        binds.append(articles.map { $0.article.ordinal })
        binds.append(keys)
        binds.append(articles.map { $0.article.format })
        binds.append(articles.map { $0.article.title })
        binds.append(articles.map { $0.article.titleDerived })
        binds.append(articles.map { Self.optionalFields($0.article) })
        binds.append(articles.map { $0.article.body })
        binds.append(articles.map { $0.article.blocks })
        binds.append(articles.map { $0.article.personCount })
        binds.append(articles.map { $0.article.details })
        let rows = try session.query("""
            INSERT INTO article(corpus_id, file_id, ordinal, key, format, title, title_derived, date, date_text, byline, byline_folded,
                                source, dateline, body, blocks, person_count, details)
            SELECT $1, u.file_id, u.ordinal, u.key, u.format, u.title, u.title_derived, u.m->>'date', u.m->>'dateText',
                   u.m->>'byline', u.m->>'bylineFolded', u.m->>'source', u.m->>'dateline', u.body, u.blocks, u.person_count, u.details
            FROM (SELECT file_id, ordinal, key, format, title, title_derived, m::jsonb AS m, body, blocks, person_count, details
                  FROM unnest($2::bigint[], $3::integer[], $4::text[], $5::text[], $6::text[], $7::boolean[], $8::text[],
                              $9::text[], $10::text[], $11::integer[], $12::text[])
                       AS v(file_id, ordinal, key, format, title, title_derived, m, body, blocks, person_count, details)) u
            RETURNING id, key
            """, binds)
        var articleIds: [String: Int64] = [:]
        for row in rows {
            if let (id, key) = try? row.decode((Int64, String).self) { articleIds[key] = id }
        }
        var tagged = (articleIds: [Int64](), tags: [String]())
        for (i, entry) in articles.enumerated() {
            guard let articleId = articleIds[keys[i]] else { continue }
            for tag in Set(entry.article.tags) {
                tagged.articleIds.append(articleId)
                tagged.tags.append(tag)
            }
        }
        if !tagged.articleIds.isEmpty {
            var tagBinds = PostgresBindings()
            tagBinds.append(tagged.articleIds)
            tagBinds.append(tagged.tags)
            try session.query("INSERT INTO tag(article_id, folded) SELECT * FROM unnest($1::bigint[], $2::text[])", tagBinds)
        }
        let entityIds = try storeEntities(articles.flatMap(\.article.entities))

        var appearance = AppearanceRows()
        var mentions = MentionRows()
        for (i, entry) in articles.enumerated() {
            guard let articleId = articleIds[keys[i]] else { continue }
            let layout = BlockLayout(encoded: entry.article.blocks).entries
            for (ordinal, entity) in entry.article.entities.enumerated() {
                guard let entityId = entityIds[entity.key] else { continue }
                appearance.add(articleId: articleId, entityId: entityId, ordinal: ordinal, entity: entity)
                mentions.add(articleId: articleId, entityId: entityId, entity: entity, layout: layout)
            }
        }
        if !appearance.articleIds.isEmpty {
            try session.query("""
                INSERT INTO appearance(article_id, entity_id, ordinal, name, aliases, folded, roles, mention_count)
                SELECT article_id, entity_id, ordinal, name, aliases::jsonb, folded::jsonb, roles::jsonb, mention_count
                FROM unnest($1::bigint[], $2::bigint[], $3::integer[], $4::text[], $5::text[], $6::text[], $7::text[], $8::integer[])
                     AS u(article_id, entity_id, ordinal, name, aliases, folded, roles, mention_count)
                """, appearance.binds)
        }
        if !mentions.articleIds.isEmpty {
            try session.query("""
                INSERT INTO mention(article_id, entity_id, block, block_start, start_at, end_at, sentence_start, sentence_end, in_credit)
                SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::integer[], $4::integer[], $5::integer[], $6::integer[], $7::integer[], $8::integer[],
                                     $9::boolean[])
                """, mentions.binds)
        }
    }

    /// The ids of the entities named, storing those new to the corpus; each is marked stale
    /// so the end of the run recounts it. New rows get their ids in the order of `entities`.
    private func storeEntities(_ entities: [PreparedArticle.PreparedEntity]) throws(PostgresStoreError) -> [String: Int64] {
        // In the order the reports name them, as the SQLite index numbers them: where two
        // forms of a name tie, the linking rules (`PersonVariants`) prefer the lower id.
        var seen = Set<String>()
        let list = entities.filter { entityIds[$0.key] == nil && seen.insert($0.key).inserted }
        if !list.isEmpty {
            var binds = PostgresBindings()
            binds.append(corpusId)
            binds.append(list.map(\.key))
            binds.append(list.map(\.kind))
            binds.append(list.map(\.name))
            let rows = try session.query("""
                INSERT INTO entity(corpus_id, key, kind, name)
                SELECT $1, u.key, u.kind, u.name FROM unnest($2::text[], $3::text[], $4::text[]) WITH ORDINALITY AS u(key, kind, name, n)
                ORDER BY u.n
                ON CONFLICT (corpus_id, key) DO UPDATE SET stale = true
                RETURNING id, key
                """, binds)
            for row in rows {
                if let (id, key) = try? row.decode((Int64, String).self) { entityIds[key] = id }
            }
        }
        return entityIds
    }

    /// Each report's id, or when another report has it, its file's path, numbered if even
    /// that is taken (as the SQLite index's `uniqueKey`).
    private func uniqueKeys(_ wanted: [(key: String, fallback: String)]) throws(PostgresStoreError) -> [String] {
        var binds = PostgresBindings()
        binds.append(corpusId)
        binds.append(wanted.flatMap { [$0.key, $0.fallback] })
        var taken = Set(try session.query("SELECT key FROM article WHERE corpus_id = $1 AND key = ANY($2)", binds).compactMap { try? $0.decode(String.self) })
        var keys: [String] = []
        for (key, fallback) in wanted {
            var chosen = key
            if taken.contains(chosen) { chosen = fallback }
            if taken.contains(chosen) {
                var n = 2
                while try isTaken("\(fallback)~\(n)", taken) { n += 1 }
                chosen = "\(fallback)~\(n)"
            }
            taken.insert(chosen)
            keys.append(chosen)
        }
        return keys
    }

    private func isTaken(_ key: String, _ taken: Set<String>) throws(PostgresStoreError) -> Bool {
        if taken.contains(key) { return true }
        var binds = PostgresBindings()
        binds.append(corpusId)
        binds.append(key)
        return !(try session.query("SELECT 1 FROM article WHERE corpus_id = $1 AND key = $2", binds)).isEmpty
    }

    /// The report's optional fields as one JSON object (arrays of optional text cannot be bound).
    static func optionalFields(_ article: PreparedArticle) -> String {
        let fields: [(String, String?)] = [("date", article.date), ("dateText", article.dateText), ("byline", article.byline),
                                           ("bylineFolded", article.byline.map(NameFolding.fold)),
                                           ("source", article.source), ("dateline", article.dateline)]
        return JSONValue.object(fields.map { ($0.0, $0.1.map(JSONValue.string) ?? .null) }).serialized()
    }
}

/// `appearance` rows of a batch, column by column.
private struct AppearanceRows {
    var articleIds: [Int64] = [], entityIds: [Int64] = [], ordinals: [Int] = [], names: [String] = []
    var aliases: [String] = [], folded: [String] = [], roles: [String] = [], mentionCounts: [Int] = []

    mutating func add(articleId: Int64, entityId: Int64, ordinal: Int, entity: PreparedArticle.PreparedEntity) {
        articleIds.append(articleId)
        entityIds.append(entityId)
        ordinals.append(ordinal)
        names.append(entity.name)
        aliases.append(Self.json(entity.aliasList))
        folded.append(Self.json(([entity.name] + entity.aliasList).map(NameFolding.fold)))
        roles.append(Self.json(entity.roleList))
        mentionCounts.append(entity.mentions.count)
    }

    var binds: PostgresBindings {
        var binds = PostgresBindings()
        binds.append(articleIds)
        binds.append(entityIds)
        binds.append(ordinals)
        binds.append(names)
        binds.append(aliases)
        binds.append(folded)
        binds.append(roles)
        binds.append(mentionCounts)
        return binds
    }

    static func json(_ strings: [String]) -> String {
        JSONValue.array(strings.map(JSONValue.string)).serialized()
    }
}

/// `mention` rows of a batch, column by column.
private struct MentionRows {
    var articleIds: [Int64] = [], entityIds: [Int64] = [], blocks: [Int] = [], blockStarts: [Int] = [], starts: [Int] = [], ends: [Int] = []
    var sentenceStarts: [Int] = [], sentenceEnds: [Int] = [], inCredit: [Bool] = []

    mutating func add(articleId: Int64, entityId: Int64, entity: PreparedArticle.PreparedEntity, layout: [BlockLayout.Entry]) {
        for (mention, sentence) in zip(entity.mentions, entity.sentences) where mention.block < layout.count {
            articleIds.append(articleId)
            entityIds.append(entityId)
            blocks.append(mention.block)
            blockStarts.append(layout[mention.block].start)
            starts.append(mention.start)
            ends.append(mention.end)
            sentenceStarts.append(max(0, min(sentence.lowerBound, mention.start)))
            sentenceEnds.append(max(sentence.upperBound, mention.end))
            inCredit.append(mention.inCredit)
        }
    }

    var binds: PostgresBindings {
        var binds = PostgresBindings()
        for column in [articleIds, entityIds] { binds.append(column) }
        for column in [blocks, blockStarts, starts, ends, sentenceStarts, sentenceEnds] { binds.append(column) }
        binds.append(inCredit)
        return binds
    }
}
