import BylineCore
import Foundation
import GRDB

/// Connections and timelines: who is named with an entity, and when it is named.
///
/// They are read from the co-occurrence counts the indexer keeps (`CoOccurrence`): one row
/// per entity named with each of the entity's forms, and one per day, so the page of a person
/// named in 20,000 reports reads some ten thousand small rows rather than 20,000 reports'
/// blobs. The few reports naming two forms of one entity, which those counts count once per
/// form, are counted again from their blobs (`entityLinkReport`). While an indexing run is
/// writing (the stored links are stale), or for a benchmark, they are counted report by report
/// from `reportEntities` (one small blob per report) instead, with the same answer.
///
/// Counting runs over dense arrays indexed by entity id (`ConnectionCounts`); names are read
/// only for the connections kept.
enum EntityConnections {
    /// Where the counts come from.
    enum Source: Sendable {
        /// The stored counts, when current (else the reports).
        case storedCounts
        /// Every report naming the entity, from its blob.
        case reports
    }

    /// - Parameter storedLinks: read the short forms' links from `entityLink` when current
    ///   (false works them out, as an index without them does, and counts from the reports;
    ///   for benchmarks).
    static func relations(key: String, limit: Int, storedLinks: Bool = true, source: Source = .storedCounts,
                          in db: Database) throws -> EntityRelations? {
        guard let found = try Int64.fetchOne(db, sql: "SELECT id FROM entity WHERE key = ?", arguments: [key]) else { return nil }
        // A short form (a surname alone, initials) is counted as the entity it stands for.
        let stored = storedLinks ? try EntityLinks.stored(in: db) : nil
        let links = try stored ?? EntityLinks.computed(in: db)
        // The entity and its short forms: from the stored links when there are, which is what
        // `sameEntity` works out from the names (a scan of the aliases) otherwise.
        let ids: [Int64]
        if stored != nil {
            let root = links[found] ?? found
            ids = [root] + links.filter { $0.value == root }.map(\.key).sorted()
        } else {
            ids = try EntityQueries.sameEntity(as: found, in: db)
        }
        guard let entityKey = try String.fetchOne(db, sql: "SELECT key FROM entity WHERE id = ?", arguments: [ids[0]]) else { return nil }
        let size = Int(try Int64.fetchOne(db, sql: "SELECT coalesce(max(id), 0) FROM entity") ?? 0) + 1
        var counts = ConnectionCounts(size: size, links: links, ids: ids)
        // The stored counts are corrected by the reports naming two forms, stored with the
        // links; a link to a short form (none is made) would need more than that correction.
        if source == .storedCounts, stored != nil, !links.values.contains(where: { links[$0] != nil }) {
            try countFromPairs(&counts, ids: ids, in: db)
        } else {
            try countFromReports(&counts, ids: ids, in: db)
        }
        guard counts.reportCount > 0 else {
            return EntityRelations(key: entityKey, corpusReports: try ArticleListQuery.count(in: db), reports: 0, connections: [],
                                   timeline: EntityTimeline(days: [], undated: 0))
        }
        let (reports, sentenceReports, sentences, touched) = (counts.reports, counts.sentenceReports, counts.sentences, counts.touched)

        // Each connection's reports in the whole corpus, its short forms' added (a report naming
        // both forms is rare and counted twice).
        var shortsOf: [UInt32: [Int64]] = [:]
        for (short, full) in links where full < size && reports[Int(full)] > 0 { shortsOf[UInt32(full), default: []].append(short) }
        // Most of the corpus's entities are touched for a person in a fifth of the reports: one
        // pass over the entity table's covering index beats looking each up.
        var corpusCount = [Int32](repeating: 0, count: size)
        let entityRows = try Row.fetchCursor(db, sql: "SELECT id, articleCount FROM entity")
        while let row = try entityRows.next() {
            let id: Int64 = row[0]
            if id >= 0, id < size { corpusCount[Int(id)] = row[1] }
        }
        let total = try ArticleListQuery.count(in: db)
        let a = Int(counts.reportCount)
        // Scores for every entity touched (most of the corpus), but a `Connection`, with its
        // strings, only for those that can make either list.
        let others = touched.map { c -> Int in
            Int(corpusCount[Int(c)]) + (shortsOf[c] ?? []).reduce(0) { $0 + ($1 < size ? Int(corpusCount[Int($1)]) : 0) }
        }
        let reportScore = touched.indices.map { n in ConnectionScore.score(shared: Int(reports[Int(touched[n])]), a: a, b: others[n], total: total) }
        let sentenceScore = touched.indices.map { n in
            ConnectionScore.score(shared: Int(sentenceReports[Int(touched[n])]), a: a, b: others[n], total: total)
        }
        func best(_ score: [Double], _ count: [Int32], sentencesOnly: Bool) -> ArraySlice<Int> {
            var order = Array(touched.indices)
            if sentencesOnly { order.removeAll { sentenceReports[Int(touched[$0])] == 0 } }
            order.sort { x, y in
                if score[x] != score[y] { return score[x] > score[y] }
                let cx = count[Int(touched[x])], cy = count[Int(touched[y])]
                return cx != cy ? cx > cy : touched[x] < touched[y]
            }
            return order.prefix(limit + 8)
        }
        let chosen = Set(best(reportScore, reports, sentencesOnly: false)).union(best(sentenceScore, sentences, sentencesOnly: true))
        let scored: [Connection] = chosen.sorted().map { n in
            let i = Int(touched[n])
            return Connection(key: String(i), name: "", kind: .person, reports: Int(reports[i]), sentenceReports: Int(sentenceReports[i]),
                              sentences: Int(sentences[i]), otherReports: others[n], score: reportScore[n], sentenceScore: sentenceScore[n])
        }
        let names = try Row.fetchAll(db, sql: "SELECT id, key, name, kind FROM entity WHERE id IN (SELECT value FROM json_each(?))",
                                     arguments: ["[" + scored.map(\.key).joined(separator: ",") + "]"])
        var byId: [String: Row] = [:]
        for row in names { byId[String(row[0] as Int64)] = row }
        let named = scored.compactMap { c -> Connection? in
            guard let row = byId[c.key], let kind = Entity.Kind(rawValue: row[3]) else { return nil }
            var c = c
            c.key = row[1]
            c.name = row[2]
            c.kind = kind
            return c
        }
        return EntityRelations(key: entityKey, corpusReports: total, reports: a,
                               connections: RelationsTally.best(named, limit: limit),
                               timeline: EntityTimeline(dayCounts: counts.dayList, undated: counts.undated))
    }

    /// Counts from `entityPair` and `entityDay`, then again the reports naming two forms.
    private static func countFromPairs(_ counts: inout ConnectionCounts, ids: [Int64], in db: Database) throws {
        let pairs = try db.cachedStatement(sql: "SELECT otherId, reports, sentenceReports, sentences FROM entityPair WHERE entityId = ?")
        let days = try db.cachedStatement(sql: "SELECT day, reports FROM entityDay WHERE entityId = ?")
        for id in ids {
            let rows = try Row.fetchCursor(pairs, arguments: [id])
            while let row = try rows.next() {
                counts.addPair(other: row[0], reports: row[1], sentenceReports: row[2], sentences: row[3])
            }
            let dayRows = try Row.fetchCursor(days, arguments: [id])
            while let row = try dayRows.next() { counts.addDay(row[0], reports: row[1]) }
        }
        let list = ids.map(String.init).joined(separator: ",")
        counts.reportCount = Int32(try Int.fetchOne(db, sql: "SELECT coalesce(sum(articleCount), 0) FROM entity WHERE id IN (\(list))") ?? 0)
        let twice = try Row.fetchCursor(db, sql: """
            SELECT r.day, r.entities FROM entityLinkReport m JOIN reportEntities r ON r.articleId = m.articleId
            WHERE EXISTS (SELECT 1 FROM appearance p WHERE p.articleId = m.articleId AND p.entityId IN (\(list)))
            """)
        while let row = try twice.next() {
            let day: Int? = row[0]
            try row.withUnsafeData(atIndex: 1) { data in
                data?.withUnsafeBytes { counts.recount($0, day: day) }
            }
        }
    }

    /// Counts every report naming one of `ids`, from its blob.
    private static func countFromReports(_ counts: inout ConnectionCounts, ids: [Int64], in db: Database) throws {
        let list = ids.map(String.init).joined(separator: ",")
        let rows = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT p.articleId, r.day, r.entities FROM appearance p JOIN reportEntities r ON r.articleId = p.articleId
            WHERE p.entityId IN (\(list)) ORDER BY p.articleId
            """))
        var lastArticle: Int64 = -1
        while let row = try rows.next() {
            let article: Int64 = row[0]
            // A report naming the entity both ways (full name and surname) is one report.
            guard article != lastArticle else { continue }
            lastArticle = article
            let day: Int? = row[1]
            try row.withUnsafeData(atIndex: 2) { data in
                data?.withUnsafeBytes { counts.addReport($0, day: day) }
            }
        }
    }

    /// How many numbers two ascending lists share (a number repeated in either counts once).
    static func intersectionCount(_ a: UnsafeBufferPointer<UInt32>, _ b: UnsafeBufferPointer<UInt32>) -> Int {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        var i = 0, j = 0, n = 0
        while i < a.count && j < b.count {
            if a[i] < b[j] { i += 1 } else if a[i] > b[j] { j += 1 } else {
                n += 1
                let v = a[i]
                while i < a.count && a[i] == v { i += 1 }
                while j < b.count && b[j] == v { j += 1 }
            }
        }
        return n
    }

    @inline(__always)
    static func intersectionCount(_ a: [UInt32], _ b: UnsafeBufferPointer<UInt32>) -> Int {
        a.withUnsafeBufferPointer { intersectionCount($0, b) }
    }

    @inline(__always)
    static func intersectionCount(_ a: [UInt32], _ b: [UInt32]) -> Int {
        a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { intersectionCount(a, $0) } }
    }
}
