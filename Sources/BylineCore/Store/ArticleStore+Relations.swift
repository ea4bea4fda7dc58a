/// Connections and shared reports worked out from `entityPage` and `article(id:)`, for stores
/// with no faster way (the in-memory store, a store being written). They read every report
/// naming the entity; the index counts from a table kept for it instead.
extension ArticleStore {
    public func relations(key: String, limit: Int) throws -> EntityRelations? {
        guard let page = try entityPage(key: key) else { return nil }
        var tally = RelationsTally()
        for appearance in page.articles {
            let article = try self.article(id: appearance.id)
            // The entity's sentences, as (block, scalar range in the block); another entity
            // shares a sentence when one of its mentions lies inside one of them.
            let mine = appearance.mentions.map { m -> (block: Int, range: Range<Int>) in
                let start = m.mention.start - m.start
                return (m.mention.block, start..<(start + m.sentence.unicodeScalars.count))
            }
            var others: [String: Set<Int>] = [:]
            for entity in article.entities where entity.key != page.key {
                var shared = others[entity.key] ?? []
                for m in entity.mentions where !m.inCredit {
                    for (i, s) in mine.enumerated() where s.block == m.block && s.range.contains(m.start) { shared.insert(i) }
                }
                others[entity.key] = shared
            }
            tally.add(day: appearance.date?.dayNumber, sentences: Set(mine.indices), others: others)
        }
        var info: [String: RelationsTally.Info] = [:]
        for e in try entities(kind: nil, limit: .max) where info[e.key] == nil {
            info[e.key] = RelationsTally.Info(name: e.name, kind: e.kind, reports: e.articles)
        }
        return tally.relations(key: page.key, corpusReports: try summaryCount(), limit: limit) { info[$0] }
    }

    private typealias Place = SentencePlace

    public func sharedReports(key: String, with other: String) throws -> [SharedReport] {
        guard let mine = try entityPage(key: key), let theirs = try entityPage(key: other), mine.key != theirs.key else { return [] }
        let theirsByID = Dictionary(theirs.articles.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        return mine.articles.compactMap { a -> SharedReport? in
            guard let b = theirsByID[a.id] else { return nil }
            func place(_ m: MentionInContext) -> Place { Place(block: m.mention.block, start: m.mention.start - m.start) }
            let theirPlaces = Set(b.mentions.map(place))
            let myPlaces = Set(a.mentions.map(place))
            var sentences: [Place: MarkedText] = [:]
            for m in (a.mentions + b.mentions) where myPlaces.contains(place(m)) && theirPlaces.contains(place(m)) {
                let shown = m.shown
                sentences[place(m), default: MarkedText(text: shown.sentence)].marks.append(shown.start..<shown.end)
            }
            let ordered = sentences.sorted { ($0.key.block, $0.key.start) < ($1.key.block, $1.key.start) }.map { entry in
                var text = entry.value
                text.marks.sort { $0.lowerBound < $1.lowerBound }
                text.marks = text.marks.reduce(into: []) { kept, r in if r.lowerBound >= (kept.last?.upperBound ?? 0) { kept.append(r) } }
                return text
            }
            return SharedReport(id: a.id, path: a.path, title: a.title, date: a.date, sentences: ordered)
        }
    }
}

/// A sentence by its block and its first scalar in the block.
private struct SentencePlace: Hashable {
    var block: Int
    var start: Int
}
