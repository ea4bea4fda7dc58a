import BylineCore
import Foundation
import GRDB

/// Connections and timelines: who is named with an entity, and when it is named, counted from
/// `reportEntities` (one small blob per report) rather than from `appearance`.
///
/// Counting runs over dense arrays indexed by entity id, so the page of a person named in
/// 20,000 reports reads 20,000 blobs and touches each of their entities once; names are read
/// only for the connections kept.
enum EntityConnections {
    /// - Parameter storedLinks: read the short forms' links from `entityLink` when current
    ///   (false works them out, as an index without them does; for benchmarks).
    static func relations(key: String, limit: Int, storedLinks: Bool = true, in db: Database) throws -> EntityRelations? {
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
        var canonical = [UInt32](repeating: 0, count: size)
        for i in 0..<size { canonical[i] = UInt32(i) }
        for (short, full) in links where short < size && full < size { canonical[Int(short)] = UInt32(full) }
        var isSelf = [Bool](repeating: false, count: size)
        for id in ids where id < size { isSelf[Int(id)] = true }

        var reports = [Int32](repeating: 0, count: size)
        var sentenceReports = [Int32](repeating: 0, count: size)
        var sentences = [Int32](repeating: 0, count: size)
        // The last report (its ordinal in this pass) that counted each entity.
        var seenIn = [Int32](repeating: -1, count: size)
        var sentenceSeenIn = [Int32](repeating: -1, count: size)
        var touched: [UInt32] = []
        var days: [Int] = []
        var undated = 0, reportCount: Int32 = 0
        var mine: [UInt32] = []

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
            let report = reportCount
            reportCount += 1
            if let day: Int = row[1] { days.append(day) } else { undated += 1 }
            try row.withUnsafeData(atIndex: 2) { data in
                guard let data else { return }
                data.withUnsafeBytes { bytes in
                    mine.removeAll(keepingCapacity: true)
                    ReportEntities.forEach(in: bytes) { id, theirs in
                        if Int(id) < size, isSelf[Int(canonical[Int(id)])] { mine += theirs }
                    }
                    if mine.count > 1 { mine.sort() }
                    ReportEntities.forEach(in: bytes) { id, theirs in
                        guard Int(id) < size else { return }
                        let c = Int(canonical[Int(id)])
                        guard !isSelf[c] else { return }
                        if seenIn[c] != report {
                            if seenIn[c] == -1 { touched.append(UInt32(c)) }
                            seenIn[c] = report
                            reports[c] += 1
                        }
                        let together = Self.intersectionCount(mine, theirs)
                        if together > 0 {
                            sentences[c] += Int32(together)
                            if sentenceSeenIn[c] != report {
                                sentenceSeenIn[c] = report
                                sentenceReports[c] += 1
                            }
                        }
                    }
                }
            }
        }
        guard reportCount > 0 else {
            return EntityRelations(key: entityKey, corpusReports: try ArticleListQuery.count(in: db), reports: 0, connections: [],
                                   timeline: EntityTimeline(days: [], undated: 0))
        }

        // Each connection's reports in the whole corpus, its short forms' added (a report naming
        // both forms is rare and counted twice).
        var shortsOf: [UInt32: [Int64]] = [:]
        for (short, full) in links where full < size && seenIn[Int(full)] >= 0 { shortsOf[UInt32(full), default: []].append(short) }
        // Most of the corpus's entities are touched for a person in a fifth of the reports: one
        // pass over the entity table's covering index beats looking each up.
        var corpusCount = [Int32](repeating: 0, count: size)
        let counts = try Row.fetchCursor(db, sql: "SELECT id, articleCount FROM entity")
        while let row = try counts.next() {
            let id: Int64 = row[0]
            if id >= 0, id < size { corpusCount[Int(id)] = row[1] }
        }
        let total = try ArticleListQuery.count(in: db)
        let a = Int(reportCount)
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
                               timeline: EntityTimeline(days: days, undated: undated))
    }

    /// How many numbers two ascending lists share.
    @inline(__always)
    static func intersectionCount(_ a: [UInt32], _ b: UnsafeBufferPointer<UInt32>) -> Int {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        var i = 0, j = 0, n = 0
        while i < a.count && j < b.count {
            if a[i] < b[j] { i += 1 } else if a[i] > b[j] { j += 1 } else {
                n += 1
                let v = a[i]
                while i < a.count && a[i] == v { i += 1 }
                j += 1
            }
        }
        return n
    }
}
