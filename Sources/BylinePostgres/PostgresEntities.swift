import BylineCore
import BylineIndex
import Foundation
import PostgresNIO

/// Entity lists, lookups by name and entity pages, as `EntityQueries` gives them from SQLite:
/// the same ranking, the same short forms counted with the entity they stand for
/// (`ShortForms`), the same order of lookups by name.
struct PostgresEntities {
    let store: PostgresStore

    private static let summaryColumns = "e.id, e.key, e.name, e.kind, e.article_count, e.mention_count"
    private static let ranking = "ORDER BY e.mention_count DESC, e.article_count DESC, e.name COLLATE \"C\", e.key"

    private var session: PostgresSession { store.session }

    /// The short-form links, read again only when an indexing run changed the entities.
    func shortForms() throws(PostgresStoreError) -> ShortForms {
        let generation = try session.query("SELECT generation FROM corpus WHERE id = $1", store.corpusBinds)
            .first.flatMap { try? $0.decode(Int64.self) } ?? -1
        if let cached = store.cachedLinks, cached.generation == generation { return cached.links }
        let forms = try ShortForms.load(corpusId: store.corpusId, in: session)
        store.cachedLinks = (generation, forms)
        return forms
    }

    /// Entities, most mentioned first, short forms counted with the entity they stand for.
    func list(kind: Entity.Kind?, limit: Int) throws(PostgresStoreError) -> [EntitySummary] {
        let limit = max(0, limit)
        let forms = try shortForms()
        var links = kind == nil || kind == .person ? forms.people.root : [:]
        if kind != .person { links.merge(forms.acronymLinks) { a, _ in a } }
        var binds = store.corpusBinds
        if let kind { binds.append(kind.rawValue) }
        binds.append(limit + links.count)
        let filter = kind == nil ? "" : "AND e.kind = $2"
        var rows = try summaries("""
            SELECT \(Self.summaryColumns) FROM entity e WHERE e.corpus_id = $1 \(filter) \(Self.ranking) LIMIT $\(binds.count)
            """, binds)
        guard !links.isEmpty else { return rows.map(\.1) }
        var more = store.corpusBinds
        more.append(Array(Set(links.keys).union(links.values)))
        if let kind { more.append(kind.rawValue) }
        rows += try summaries("""
            SELECT \(Self.summaryColumns) FROM entity e WHERE e.corpus_id = $1 AND e.id = ANY($2) \(kind == nil ? "" : "AND e.kind = $3")
            """, more)
        var byId: [Int64: EntitySummary] = [:]
        for (id, summary) in rows { byId[id] = summary }
        var merged: [Int64: [Int64]] = [:]
        for (short, full) in links where byId[full] != nil {
            guard let counts = byId.removeValue(forKey: short) else { continue }
            byId[full]?.mentions += counts.mentions
            merged[full, default: [full]].append(short)
        }
        // A report may give both forms (`United Nations`, then `UN`): reports are counted once.
        for (full, ids) in merged {
            var count = PostgresBindings()
            count.append(ids)
            byId[full]?.articles = try session.query("SELECT count(DISTINCT article_id) FROM appearance WHERE entity_id = ANY($1)", count)
                .first.flatMap { try? $0.decode(Int.self) } ?? 0
        }
        let ranked = byId.values.sorted(by: EntityOrder.mostMentioned)
        return Array(ranked.prefix(limit))
    }

    /// Entities named `name`, ignoring case and accents: by a name or alias, then another
    /// spelling of one, then (for people) a surname, then a later word of a name.
    func matching(name: String, kind: Entity.Kind?) throws(PostgresStoreError) -> [EntityMatch] {
        let forms = try shortForms()
        var seen = Set<Int64>()
        var out: [EntityMatch] = []
        var rows = try found(name: name, kind: kind)
        // `Mr Okafor` is Okafor: the honorific is how the reader wrote it, not part of a name.
        let bare = HonorificStripping.stripped(name)
        if rows.isEmpty && bare != name && kind != .place && kind != .organisation { rows = try found(name: bare, kind: .person) }
        for (id, summary) in rows {
            let same = forms.sameEntity(as: id)
            guard seen.insert(same[0]).inserted else { continue }
            let shown = same[0] == id ? summary : try self.summary(id: same[0])
            if let shown { out.append(EntityMatch(id: same[0], summary: shown, ids: same)) }
        }
        return out
    }

    private func found(name: String, kind: Entity.Kind?) throws(PostgresStoreError) -> [(Int64, EntitySummary)] {
        let folded = NameFolding.fold(name)
        guard !folded.isEmpty else { return [] }
        func query(_ condition: String, _ value: some PostgresDynamicTypeEncodable, kind: Entity.Kind?) throws(PostgresStoreError) -> [(Int64, EntitySummary)] {
            var binds = store.corpusBinds
            binds.append(value)
            var kindFilter = ""
            if let kind {
                binds.append(kind.rawValue)
                kindFilter = "AND e.kind = $3"
            }
            return try summaries("SELECT \(Self.summaryColumns) FROM entity e WHERE e.corpus_id = $1 AND \(condition) \(kindFilter) \(Self.ranking)", binds)
        }
        let exact = try query("e.id IN (SELECT entity_id FROM alias WHERE folded = $2)", folded, kind: kind)
        // The one entity whose own name it is wins over those that use it as a shorter form.
        let own = exact.filter { NameFolding.fold($0.1.name) == folded }
        if own.count == 1 { return own }
        if !exact.isEmpty { return exact }
        // Another spelling of a name the corpus has: `Dmitry Volkov` for `Dmitri Volkov`.
        let keys = (kind.map { [$0] } ?? Entity.Kind.allCases).map { EntityKey.make(kind: $0, name: name) }
        let spelled = try query("e.key = ANY($2)", keys, kind: nil)
        if !spelled.isEmpty { return spelled }
        guard kind == nil || kind == .person else { return [] }
        let escaped = Self.escapedForLike(folded)
        let people = "e.kind = 'person' AND e.id IN (SELECT entity_id FROM alias WHERE folded LIKE $2 ESCAPE '\\')"
        let bySurname = try query(people, "% " + escaped, kind: nil)
        if !bySurname.isEmpty { return bySurname }
        // A later word of the name: `Peña` of `José Ignacio Peña Álvarez`.
        return try query(people, "% " + escaped + " %", kind: nil)
    }

    /// Everything the corpus says about one entity, reports newest first, the reports naming
    /// it by a short form included.
    func page(key: String) throws(PostgresStoreError) -> EntityPage? {
        var keyBinds = store.corpusBinds
        keyBinds.append(key)
        guard let found = try session.query("SELECT id FROM entity WHERE corpus_id = $1 AND key = $2", keyBinds)
            .first.flatMap({ try? $0.decode(Int64.self) }) else { return nil }
        let ids = try shortForms().sameEntity(as: found)
        guard let entity = try summary(id: ids[0]) else { return nil }
        var binds = PostgresBindings()
        binds.append(ids)
        var aliasBinds = binds
        aliasBinds.append(entity.name)
        let aliases = try session.query("""
            SELECT name FROM alias WHERE entity_id = ANY($1) AND name != $2 GROUP BY name ORDER BY sum(article_count) DESC, name
            """, aliasBinds).compactMap { try? $0.decode(String.self) }
        // `chief negotiator` and `Chief negotiator` (at the start of a sentence), `CEO` and
        // `chief executive` are one role each, merged as the SQLite store merges them.
        let written = try session.query("""
            SELECT role, sum(article_count)::bigint FROM role WHERE entity_id = ANY($1) GROUP BY role ORDER BY sum(article_count) DESC, lower(role), role DESC
            """, binds).compactMap { try? $0.decode((String, Int64).self) }.map { (role: $0.0, weight: Int($0.1)) }
        let roles = RoleForms.merged(written)

        // The sentences are cut out on the server: only they travel, not the reports' bodies.
        // A photo credit's mentions take the credit as their sentence (`MentionSentences.credits`).
        var authorBinds = binds
        authorBinds.append(BylineAuthors.role)
        var appearances: [EntityPage.Appearance] = []
        var last: (article: Int64, entity: Int64)?
        var namedBothWays = Set<Int>()
        for row in try session.query("""
            SELECT a.id, p.entity_id, a.key, f.path, a.title, a.date, p.roles ? $2, m.block, m.start_at, m.end_at, m.sentence_start,
                   substr(a.body, m.block_start + m.sentence_start + 1, m.sentence_end - m.sentence_start), m.in_credit,
                   CASE WHEN m.in_credit THEN a.details END
            FROM appearance p
            JOIN article a ON a.id = p.article_id
            JOIN file f ON f.id = a.file_id
            LEFT JOIN mention m ON m.article_id = p.article_id AND m.entity_id = p.entity_id
            WHERE p.entity_id = ANY($1)
            ORDER BY p.article_id, p.entity_id, m.block, m.in_credit, m.start_at
            """, authorBinds) {
            guard let (articleId, entityId, id, path, title, date, wrote, block, start, end, sentenceStart, sentence, inCredit, details)
                    = try? row.decode((Int64, Int64, String, String, String, String?, Bool, Int?, Int?, Int?, Int?, String?, Bool?, String?).self)
            else { continue }
            if last?.article != articleId {
                appearances.append(EntityPage.Appearance(id: id, path: store.paths.path(for: path), title: title,
                                                         date: date.flatMap(ArticleDate.init(iso:)), mentions: [], wrote: wrote))
            } else if last?.entity != entityId {
                // A report naming the entity both ways (full name and surname): one entry.
                appearances[appearances.count - 1].wrote = appearances[appearances.count - 1].wrote || wrote
                namedBothWays.insert(appearances.count - 1)
            }
            last = (articleId, entityId)
            guard let block, let start, let end, let sentenceStart else { continue }
            var mention = MentionInContext(mention: Mention(block: block, start: start, end: end, inCredit: inCredit ?? false),
                                           sentence: sentence ?? "", start: start - sentenceStart, end: end - sentenceStart)
            if let details { mention = MentionSentences.credits([mention], details: details)[0] }
            appearances[appearances.count - 1].mentions.append(mention)
        }
        // Mentions of two forms of the name in one report, in text order (as the SQLite page).
        for i in namedBothWays {
            appearances[i].mentions.sort { ($0.mention.block, $0.mention.start) < ($1.mention.block, $1.mention.start) }
        }
        // The reports they wrote first; then newest first, undated last.
        let articles = appearances.sorted(by: EntityOrder.writtenThenNewest)
        return EntityPage(key: entity.key, name: entity.name, kind: entity.kind, aliases: aliases, roles: roles, articles: articles,
                          couldBe: try couldBe(ids[0], kind: entity.kind))
    }

    /// The canonical names of the people the person `id` could be, when it is left apart
    /// because there are several (`PersonVariants.couldBe`), most mentioned first.
    private func couldBe(_ id: Int64, kind: Entity.Kind) throws(PostgresStoreError) -> [String] {
        guard kind == .person, let ids = try shortForms().people.couldBe[id] else { return [] }
        var binds = PostgresBindings()
        binds.append(ids)
        return try session.query("SELECT name FROM entity WHERE id = ANY($1) ORDER BY mention_count DESC, name COLLATE \"C\"", binds)
            .compactMap { try? $0.decode(String.self) }
    }

    func summary(id: Int64) throws(PostgresStoreError) -> EntitySummary? {
        var binds = store.corpusBinds
        binds.append(id)
        return try summaries("SELECT \(Self.summaryColumns) FROM entity e WHERE e.corpus_id = $1 AND e.id = $2", binds).first?.1
    }

    private func summaries(_ sql: String, _ binds: PostgresBindings) throws(PostgresStoreError) -> [(Int64, EntitySummary)] {
        try session.query(sql, binds).compactMap { row in
            guard let (id, key, name, kindText, articles, mentions) = try? row.decode((Int64, String, String, String, Int, Int).self),
                  let kind = Entity.Kind(rawValue: kindText) else { return nil }
            return (id, EntitySummary(key: key, name: name, kind: kind, articles: articles, mentions: mentions))
        }
    }

    /// `text` for a `LIKE … ESCAPE '\'` pattern: its `%`, `_` and `\` match only themselves.
    static func escapedForLike(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
    }
}
