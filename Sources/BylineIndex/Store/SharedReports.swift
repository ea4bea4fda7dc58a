import BylineCore
import Foundation
import GRDB

/// The reports naming two entities, with the sentences naming both (`byline with`, and Enter
/// on a connection in the reader).
public enum SharedReports {
    static func between(_ key: String, _ other: String, paths: ReportPaths, in db: Database) throws -> [SharedReport] {
        guard let first = try Int64.fetchOne(db, sql: "SELECT id FROM entity WHERE key = ?", arguments: [key]),
              let second = try Int64.fetchOne(db, sql: "SELECT id FROM entity WHERE key = ?", arguments: [other]) else { return [] }
        let mine = try EntityQueries.sameEntity(as: first, in: db), theirs = try EntityQueries.sameEntity(as: second, in: db)
        guard Set(mine).isDisjoint(with: theirs) else { return [] }
        let a = mine.map(String.init).joined(separator: ","), b = theirs.map(String.init).joined(separator: ",")
        let rows = try Row.fetchCursor(db, sql: """
            SELECT a.id, a.key, f.path, a.title, a.date, p.entityId, p.mentions, a.blocks, a.body
            FROM appearance p
            JOIN article a ON a.id = p.articleId
            JOIN file f ON f.id = a.fileId
            WHERE p.entityId IN (\(a),\(b))
              AND p.articleId IN (SELECT articleId FROM appearance WHERE entityId IN (\(a)))
              AND p.articleId IN (SELECT articleId FROM appearance WHERE entityId IN (\(b)))
            ORDER BY p.articleId
            """)
        let mineSet = Set(mine)
        var reports: [SharedReport] = []
        // The mentions of the report being read: whose, and where.
        var pending: (article: Int64, report: SharedReport, items: [(mine: Bool, item: MentionList.Item)], blocks: String, body: Data)?
        func finish() {
            guard let p = pending else { return }
            var report = p.report
            report.sentences = Self.sentencesNamingBoth(p.items) { kept in
                p.body.withUnsafeBytes { MentionSentences.cut(MentionList(kept), body: $0, blocks: p.blocks) }
            }
            reports.append(report)
            pending = nil
        }
        while let row = try rows.next() {
            let article: Int64 = row[0]
            if pending?.article != article {
                finish()
                pending = (article, SharedReport(id: row[1], path: paths.path(for: row[2]), title: row[3],
                                                 date: (row[4] as String?).flatMap(ArticleDate.init(iso:)), sentences: []),
                           [], row[7], row[8] as Data? ?? Data())
            }
            let isMine = mineSet.contains(row[5])
            pending?.items += MentionList(packed: row[6] as Data).items.map { (isMine, $0) }
        }
        finish()
        return reports.sorted(by: newestFirst)
    }

    /// Newest first, undated last, then by id.
    public static func newestFirst(_ x: SharedReport, _ y: SharedReport) -> Bool {
        switch (x.date, y.date) {
        case let (d?, e?): return d != e ? d > e : x.id < y.id
        case (_?, nil): return true
        case (nil, _?): return false
        case (nil, nil): return x.id < y.id
        }
    }

    /// The sentences that hold mentions of both sides, each once with all its mentions marked.
    /// `cut` gives the mentions kept their sentences, in order (`MentionSentences.cut` over the
    /// report's body, or another store's own).
    public static func sentencesNamingBoth(_ items: [(mine: Bool, item: MentionList.Item)],
                                           cut: ([MentionList.Item]) -> [MentionInContext]) -> [MarkedText] {
        struct Place: Hashable { var block: Int; var sentence: Range<Int> }
        var sides: [Place: (mine: Bool, theirs: Bool)] = [:]
        for (isMine, item) in items {
            let place = Place(block: item.mention.block, sentence: item.sentence)
            var s = sides[place] ?? (false, false)
            if isMine { s.mine = true } else { s.theirs = true }
            sides[place] = s
        }
        let kept = items.map(\.item).filter { sides[Place(block: $0.mention.block, sentence: $0.sentence)].map { $0.mine && $0.theirs } ?? false }
            .sorted { ($0.mention.block, $0.mention.start) < ($1.mention.block, $1.mention.start) }
        guard !kept.isEmpty else { return [] }
        let sentences = cut(kept)
        var result: [MarkedText] = []
        var last: Place?
        for (item, m) in zip(kept, sentences) {
            let place = Place(block: item.mention.block, sentence: item.sentence)
            let shown = m.shown
            if place == last, var text = result.popLast() {
                if let end = text.marks.last?.upperBound, shown.start >= end { text.marks.append(shown.start..<shown.end) }
                result.append(text)
            } else {
                result.append(MarkedText(text: shown.sentence, marks: [shown.start..<shown.end]))
            }
            last = place
        }
        return result
    }
}
