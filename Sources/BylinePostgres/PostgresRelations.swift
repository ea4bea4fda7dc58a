import BylineCore
import BylineIndex
import PostgresNIO

/// Who is named with an entity and when it is named, counted as the SQLite index counts them
/// (`EntityConnections`): a short form (a surname alone, initials) counts as the entity it
/// stands for, two entities share a sentence when mentions of both have the same sentence
/// start in the same block, and an entity's reports in the corpus are its own plus its short
/// forms'. The mentions of the reports naming the entity are read in one query.
struct PostgresRelations {
    let store: PostgresStore
    let forms: ShortForms

    func relations(key: String, limit: Int) throws(PostgresStoreError) -> EntityRelations? {
        var keyBinds = store.corpusBinds
        keyBinds.append(key)
        guard let found = try store.session.query("SELECT id FROM entity WHERE corpus_id = $1 AND key = $2", keyBinds)
            .first.flatMap({ try? $0.decode(Int64.self) }) else { return nil }
        let ids = forms.sameEntity(as: found)
        let isSelf = Set(ids)
        let links = forms.links
        func canonical(_ id: Int64) -> Int64 { links[id] ?? id }

        struct Report {
            var day: Int?
            var sentences: [Int64: Set<[Int]>] = [:]
        }
        var reports: [Int64: Report] = [:]
        var binds = PostgresBindings()
        binds.append(ids)
        let naming = "SELECT article_id FROM appearance WHERE entity_id = ANY($1)"
        for row in try store.session.query("SELECT id, date FROM article WHERE id IN (\(naming))", binds) {
            guard let (id, date) = try? row.decode((Int64, String?).self) else { continue }
            reports[id] = Report(day: date.flatMap(ArticleDate.init(iso:))?.dayNumber)
        }
        // Every entity of those reports (one named without mentions still shares the report).
        for row in try store.session.query("SELECT article_id, entity_id FROM appearance WHERE article_id IN (\(naming))", binds) {
            guard let (article, entity) = try? row.decode((Int64, Int64).self) else { continue }
            reports[article]?.sentences[entity, default: []].formUnion([])
        }
        for row in try store.session.query("SELECT article_id, entity_id, block, sentence_start FROM mention WHERE article_id IN (\(naming))", binds) {
            guard let (article, entity, block, start) = try? row.decode((Int64, Int64, Int, Int).self) else { continue }
            reports[article]?.sentences[entity, default: []].insert([block, start])
        }

        var shared: [Int64: RelationsTally.Shared] = [:]
        var days: [Int] = []
        var undated = 0
        for report in reports.values {
            if let day = report.day { days.append(day) } else { undated += 1 }
            let mine = report.sentences.filter { isSelf.contains(canonical($0.key)) }.values.reduce(into: Set<[Int]>()) { $0.formUnion($1) }
            // Each other entity once per report; its sentences shared with the entity added up
            // over its forms, as the SQLite index does.
            var together: [Int64: Int] = [:]
            for (entity, theirs) in report.sentences where !isSelf.contains(canonical(entity)) {
                together[canonical(entity), default: 0] += theirs.intersection(mine).count
            }
            for (other, count) in together { shared[other, default: RelationsTally.Shared()].add(together: count) }
        }
        let total = try store.session.query("SELECT count(*) FROM article WHERE corpus_id = $1", store.corpusBinds)
            .first.flatMap { try? $0.decode(Int.self) } ?? 0
        let a = reports.count
        guard a > 0, let entity = try PostgresEntities(store: store).summary(id: ids[0]) else {
            return EntityRelations(key: key, corpusReports: total, reports: 0, connections: [], timeline: EntityTimeline(days: [], undated: 0))
        }

        // Each connection's reports in the corpus: its own and its short forms'.
        var shortsOf: [Int64: [Int64]] = [:]
        for (short, full) in links where shared[full] != nil { shortsOf[full, default: []].append(short) }
        var rows = PostgresBindings()
        rows.append(Array(shared.keys) + shortsOf.values.flatMap { $0 })
        var info: [Int64: (key: String, name: String, kind: Entity.Kind, reports: Int)] = [:]
        for row in try store.session.query("SELECT id, key, name, kind, article_count FROM entity WHERE id = ANY($1)", rows) {
            guard let (id, key, name, kindText, count) = try? row.decode((Int64, String, String, String, Int).self),
                  let kind = Entity.Kind(rawValue: kindText) else { continue }
            info[id] = (key, name, kind, count)
        }
        let connections = shared.compactMap { id, s -> Connection? in
            guard let i = info[id] else { return nil }
            let b = i.reports + (shortsOf[id] ?? []).reduce(0) { $0 + (info[$1]?.reports ?? 0) }
            return Connection(key: i.key, name: i.name, kind: i.kind, reports: s.reports, sentenceReports: s.sentenceReports,
                              sentences: s.sentences, otherReports: b,
                              score: ConnectionScore.score(shared: s.reports, a: a, b: b, total: total),
                              sentenceScore: ConnectionScore.score(shared: s.sentenceReports, a: a, b: b, total: total))
        }
        return EntityRelations(key: entity.key, corpusReports: total, reports: a, connections: RelationsTally.best(connections, limit: limit),
                               timeline: EntityTimeline(days: days, undated: undated))
    }
}
