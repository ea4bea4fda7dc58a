import BylineCore
import BylineIndex
import PostgresNIO

/// The reports naming two entities, with the sentences naming both, as the SQLite index gives
/// them (`SharedReports`): the sentences cut out on the server, marked by the same rule.
struct PostgresSharedReports {
    let store: PostgresStore
    let forms: ShortForms

    func between(_ key: String, _ other: String) throws(PostgresStoreError) -> [SharedReport] {
        var keyBinds = store.corpusBinds
        keyBinds.append([key, other])
        var found: [String: Int64] = [:]
        for row in try store.session.query("SELECT key, id FROM entity WHERE corpus_id = $1 AND key = ANY($2)", keyBinds) {
            if let (k, id) = try? row.decode((String, Int64).self) { found[k] = id }
        }
        guard let first = found[key], let second = found[other] else { return [] }
        let mine = forms.sameEntity(as: first), theirs = forms.sameEntity(as: second)
        guard Set(mine).isDisjoint(with: theirs) else { return [] }
        var binds = PostgresBindings()
        binds.append(mine)
        binds.append(theirs)
        let mineSet = Set(mine)
        struct Pending {
            var report: SharedReport
            var items: [(mine: Bool, item: MentionList.Item)] = []
            /// Each mention's sentence, by block, start, end and sentence bounds.
            var sentences: [[Int]: String] = [:]
        }
        var reports: [Int64: Pending] = [:]
        var order: [Int64] = []
        for row in try store.session.query("""
            SELECT a.id, a.key, f.path, a.title, a.date, p.entity_id, m.block, m.start_at, m.end_at, m.in_credit, m.sentence_start, m.sentence_end,
                   substr(a.body, m.block_start + m.sentence_start + 1, m.sentence_end - m.sentence_start)
            FROM appearance p
            JOIN article a ON a.id = p.article_id
            JOIN file f ON f.id = a.file_id
            LEFT JOIN mention m ON m.article_id = p.article_id AND m.entity_id = p.entity_id
            WHERE (p.entity_id = ANY($1) OR p.entity_id = ANY($2))
              AND p.article_id IN (SELECT article_id FROM appearance WHERE entity_id = ANY($1))
              AND p.article_id IN (SELECT article_id FROM appearance WHERE entity_id = ANY($2))
            ORDER BY p.article_id, p.entity_id, m.block, m.in_credit, m.start_at
            """, binds) {
            guard let (article, id, path, title, date, entity, block, start, end, inCredit, sentenceStart, sentenceEnd, sentence)
                    = try? row.decode((Int64, String, String, String, String?, Int64, Int?, Int?, Int?, Bool?, Int?, Int?, String?).self) else { continue }
            if reports[article] == nil {
                order.append(article)
                reports[article] = Pending(report: SharedReport(id: id, path: store.paths.path(for: path), title: title,
                                                                date: date.flatMap(ArticleDate.init(iso:)), sentences: []))
            }
            guard let block, let start, let end, let sentenceStart, let sentenceEnd else { continue }
            let item = MentionList.Item(mention: Mention(block: block, start: start, end: end, inCredit: inCredit ?? false),
                                        sentence: sentenceStart..<sentenceEnd)
            reports[article]?.items.append((mineSet.contains(entity), item))
            reports[article]?.sentences[Self.place(item)] = sentence ?? ""
        }
        return order.compactMap { article -> SharedReport? in
            guard let pending = reports[article] else { return nil }
            var report = pending.report
            report.sentences = SharedReports.sentencesNamingBoth(pending.items) { kept in
                kept.map { item in
                    MentionInContext(mention: item.mention, sentence: pending.sentences[Self.place(item)] ?? "",
                                     start: item.mention.start - item.sentence.lowerBound, end: item.mention.end - item.sentence.lowerBound)
                }
            }
            return report
        }.sorted(by: SharedReports.newestFirst)
    }

    private static func place(_ item: MentionList.Item) -> [Int] {
        [item.mention.block, item.mention.start, item.mention.end, item.sentence.lowerBound, item.sentence.upperBound]
    }
}
