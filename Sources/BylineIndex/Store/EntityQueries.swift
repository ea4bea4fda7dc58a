import BylineCore
import Foundation
import GRDB

/// Entity lists, lookups by name and entity pages.
enum EntityQueries {
    private static let summaryColumns = "e.id, e.key, e.name, e.kind, e.articleCount, e.mentionCount"
    private static let ranking = "ORDER BY e.mentionCount DESC, e.articleCount DESC, e.name, e.key"

    /// Entities, most mentioned first. A person named only by surname in some reports, or a
    /// place or organisation only by its initials, is counted with the entity it stands for
    /// (`SurnameLinks`, `AcronymLinks`, stored by `EntityLinks`), not listed apart.
    static func list(kind: Entity.Kind?, limit: Int, in db: Database) throws -> [EntitySummary] {
        let limit = max(0, limit)
        let filter = kind == nil ? "" : "WHERE e.kind = ?"
        // Stored when the last run ended (`EntityLinks`); a link between entities of another
        // kind finds no row below and is passed over.
        let links = try EntityLinks.all(in: db)
        // Dropping the linked surnames leaves at most `links.count` fewer rows; the people they
        // stand for are read whatever their rank, as their counts grow.
        let arguments: StatementArguments = kind.map { [$0.rawValue, limit + links.count] } ?? [limit + links.count]
        var rows = try Row.fetchAll(db, sql: "SELECT \(summaryColumns) FROM entity e \(filter) \(ranking) LIMIT ?", arguments: arguments)
        guard !links.isEmpty else { return rows.compactMap(summary) }
        let ids = Set(links.keys).union(links.values)
        rows += try Row.fetchAll(db, sql: """
            SELECT \(summaryColumns) FROM entity e WHERE e.id IN (\(ids.map(String.init).joined(separator: ","))) \(kind == nil ? "" : "AND e.kind = ?")
            """, arguments: StatementArguments(kind.map { [$0.rawValue] } ?? []))
        var byId: [Int64: EntitySummary] = [:]
        for row in rows { byId[row[0]] = summary(row) }
        var merged: [Int64: [Int64]] = [:]
        for (short, full) in links where byId[full] != nil {
            guard let counts = byId.removeValue(forKey: short) else { continue }
            byId[full]?.mentions += counts.mentions
            merged[full, default: [full]].append(short)
        }
        // A report may give both forms (`United Nations`, then `UN`): reports are counted once.
        let reports = try db.cachedStatement(sql: "SELECT count(DISTINCT articleId) FROM appearance WHERE entityId IN (SELECT value FROM json_each(?))")
        for (full, ids) in merged {
            byId[full]?.articles = try Int.fetchOne(reports, arguments: ["[" + ids.map(String.init).joined(separator: ",") + "]"]) ?? 0
        }
        let ranked = byId.values.sorted(by: EntityOrder.mostMentioned)
        return Array(ranked.prefix(limit))
    }

    /// Entities named `name`, ignoring case and accents: by any name or alias the corpus gives
    /// them, failing that by another spelling or script of one (`EntityKey`), failing that
    /// (for people) by surname, i.e. the last words of a name, and failing that by any word
    /// after the first. Most mentioned first. A short form (a surname alone, initials) is given
    /// as the entity it stands for.
    static func matching(name: String, kind: Entity.Kind?, in db: Database) throws -> [EntityMatch] {
        var seen = Set<Int64>()
        var rows = try found(name: name, kind: kind, in: db)
        // `Mr Okafor` is Okafor: the honorific is how the reader wrote it, not part of a name.
        let bare = HonorificStripping.stripped(name)
        if rows.isEmpty && bare != name && kind != .place && kind != .organisation { rows = try found(name: bare, kind: .person, in: db) }
        return try rows.compactMap { row -> EntityMatch? in
            let id: Int64 = row[0]
            let same = try sameEntity(as: id, in: db)
            guard seen.insert(same[0]).inserted else { return nil }
            let shown = same[0] == id ? row : try Row.fetchOne(db, sql: "SELECT \(summaryColumns) FROM entity e WHERE e.id = ?", arguments: [same[0]])
            return shown.flatMap(summary).map { EntityMatch(id: same[0], summary: $0, ids: same) }
        }
    }

    private static func found(name: String, kind: Entity.Kind?, in db: Database) throws -> [Row] {
        let folded = NameFolding.fold(name)
        guard !folded.isEmpty else { return [] }
        let kindFilter = kind == nil ? "" : "AND e.kind = ?"
        let kindArgument: [any DatabaseValueConvertible] = kind.map { [$0.rawValue] } ?? []
        let exact = try Row.fetchAll(db, sql: """
            SELECT \(summaryColumns) FROM entity e
            WHERE e.id IN (SELECT entityId FROM alias WHERE folded = ?) \(kindFilter) \(ranking)
            """, arguments: StatementArguments([folded] + kindArgument))
        // The one entity whose own name it is wins over those that use it as a shorter form.
        let own = exact.filter { NameFolding.fold($0[2]) == folded }
        if own.count == 1 { return own }
        if !exact.isEmpty { return exact }
        // Another spelling of a name the corpus has: `Dmitry Volkov` for `Dmitri Volkov`,
        // `Назарбаев` for `Nazarbayev`.
        let keys = (kind.map { [$0] } ?? Entity.Kind.allCases).map { EntityKey.make(kind: $0, name: name) }
        let spelled = try Row.fetchAll(db, sql: """
            SELECT \(summaryColumns) FROM entity e WHERE e.key IN (\(databaseQuestionMarks(count: keys.count))) \(ranking)
            """, arguments: StatementArguments(keys))
        if !spelled.isEmpty { return spelled }
        guard kind == nil || kind == .person else { return [] }
        let escaped = escapedForLike(folded)
        let people = """
            SELECT \(summaryColumns) FROM entity e
            WHERE e.kind = 'person' AND e.id IN (SELECT entityId FROM alias WHERE folded LIKE ? ESCAPE '\\') \(ranking)
            """
        let bySurname = try Row.fetchAll(db, sql: people, arguments: ["% " + escaped])
        if !bySurname.isEmpty { return bySurname }
        // Failing that, a later word of the name: `Peña` of `José Ignacio Peña Álvarez`, whose
        // surname is two words.
        return try Row.fetchAll(db, sql: people, arguments: ["% " + escaped + " %"])
    }

    /// Everything the index knows about one entity, reports newest first. The reports that
    /// name it by a short form (a surname alone, initials) are included, and the page of a
    /// short form is the page of the entity it stands for.
    static func page(key: String, paths: ReportPaths, in db: Database) throws -> EntityPage? {
        guard let found = try Int64.fetchOne(db, sql: "SELECT id FROM entity WHERE key = ?", arguments: [key]) else { return nil }
        let ids = try sameEntity(as: found, in: db)
        guard let row = try Row.fetchOne(db, sql: "SELECT \(summaryColumns) FROM entity e WHERE e.id = ?", arguments: [ids[0]]),
              let entity = summary(row) else { return nil }
        let list = ids.map(String.init).joined(separator: ",")
        let aliases = try String.fetchAll(db, sql: """
            SELECT name FROM alias WHERE entityId IN (\(list)) AND name != ?
            GROUP BY name ORDER BY sum(articleCount) DESC, name
            """, arguments: [entity.name])
        // `chief negotiator` and `Chief negotiator` (at the start of a sentence), `CEO` and
        // `chief executive` are one role each (`RoleForms` says which spelling is shown).
        let written = try Row.fetchAll(db, sql: """
            SELECT role, sum(articleCount) FROM role WHERE entityId IN (\(list)) GROUP BY role ORDER BY sum(articleCount) DESC, lower(role), role DESC
            """).map { (role: $0[0] as String, weight: $0[1] as Int) }
        let roles = RoleForms.merged(written)

        // One pass over the reports naming it: each is read once for its title and its sentences.
        var appearances: [EntityPage.Appearance] = []
        let rows = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT a.id, a.key, f.path, a.title, a.date, p.mentions, a.blocks, a.body, p.roles, a.details
            FROM appearance p
            JOIN article a ON a.id = p.articleId
            JOIN file f ON f.id = a.fileId
            WHERE p.entityId IN (\(list))
            ORDER BY p.articleId
            """))
        while let row = try rows.next() {
            let list = MentionList(packed: row[5] as Data)
            var mentions = try row.withUnsafeData(atIndex: 7) { body in
                (body ?? Data()).withUnsafeBytes { MentionSentences.cut(list, body: $0, blocks: row[6]) }
            }
            if list.items.contains(where: \.mention.inCredit) { mentions = MentionSentences.credits(mentions, details: row[9]) }
            let id: String = row[1]
            let wrote = BylineAuthorship.wrote(roles: row[8])
            if let last = appearances.last, last.id == id {
                appearances[appearances.count - 1].wrote = last.wrote || wrote
                // A report naming the person both ways: one entry, its mentions in text order.
                appearances[appearances.count - 1].mentions = (last.mentions + mentions).sorted { ($0.mention.block, $0.mention.start) < ($1.mention.block, $1.mention.start) }
                continue
            }
            appearances.append(EntityPage.Appearance(
                id: id, path: paths.path(for: row[2]), title: row[3],
                date: (row[4] as String?).flatMap(ArticleDate.init(iso:)), mentions: mentions, wrote: wrote))
        }
        // The reports they wrote first; then newest first, undated last.
        let articles = appearances.sorted(by: EntityOrder.writtenThenNewest)
        return EntityPage(key: entity.key, name: entity.name, kind: entity.kind, aliases: aliases, roles: roles, articles: articles,
                          couldBe: try couldBe(ids[0], kind: entity.kind, in: db))
    }

    /// `id`, or the entity it is a short form of (`SurnameLinks`, `AcronymLinks`), first; then
    /// the short forms that stand for that one.
    static func sameEntity(as id: Int64, in db: Database) throws -> [Int64] {
        if try String.fetchOne(db, sql: "SELECT kind FROM entity WHERE id = ?", arguments: [id]) == Entity.Kind.person.rawValue {
            return try PersonLinks.around(id, in: db).members(of: id)
        }
        let full = try AcronymLinks.fullName(for: id, in: db) ?? id
        return [full] + (try AcronymLinks.acronyms(for: full, in: db))
    }

    /// `text` for a `LIKE … ESCAPE '\'` pattern: its `%`, `_` and `\` match only themselves.
    static func escapedForLike(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
    }

    private static func summary(_ row: Row) -> EntitySummary? {
        guard let kind = Entity.Kind(rawValue: row[3]) else { return nil }
        return EntitySummary(key: row[1], name: row[2], kind: kind, articles: row[4], mentions: row[5])
    }

}
