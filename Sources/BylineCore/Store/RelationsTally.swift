/// Counts, report by report, who is named with one entity, and turns the counts into
/// `EntityRelations`. A store with no faster way feeds it each report naming the entity.
///
///     var tally = RelationsTally()
///     tally.add(day: date?.dayNumber, sentences: [0, 3], others: ["person:ana": [3], "org:reuters": [7]])
///     let relations = tally.relations(key: key, corpusReports: 120, limit: 50) { key in info[key] }
public struct RelationsTally: Sendable {
    /// What one other entity shares with the entity.
    public struct Shared: Sendable, Equatable {
        public var reports = 0
        public var sentenceReports = 0
        public var sentences = 0
        public init() {}
    }

    /// What a store knows of an entity: its name, kind and reports in the whole corpus.
    public struct Info: Sendable {
        public var name: String
        public var kind: Entity.Kind
        public var reports: Int
        public init(name: String, kind: Entity.Kind, reports: Int) {
            self.name = name
            self.kind = kind
            self.reports = reports
        }
    }

    public private(set) var shared: [String: Shared] = [:]
    public private(set) var days: [Int] = []
    public private(set) var undated = 0
    public private(set) var reports = 0

    public init() {}

    /// One report naming the entity on `day` (`ArticleDate.dayNumber`, nil when undated):
    /// `sentences` identifies the sentences naming it, and `others` the sentences naming each
    /// other entity the report names (any numbering, the same within the report).
    public mutating func add(day: Int?, sentences: Set<Int>, others: [String: Set<Int>]) {
        reports += 1
        if let day { days.append(day) } else { undated += 1 }
        for (key, theirs) in others {
            let together = theirs.isEmpty || sentences.isEmpty ? 0 : theirs.intersection(sentences).count
            shared[key, default: Shared()].add(together: together)
        }
    }

    /// The counts so far, ranked. `info` names each other entity; one it does not know is left out.
    public func relations(key: String, corpusReports: Int, limit: Int, info: (String) -> Info?) -> EntityRelations {
        let connections = shared.compactMap { other, s -> Connection? in
            guard let i = info(other) else { return nil }
            return Connection(key: other, name: i.name, kind: i.kind, reports: s.reports, sentenceReports: s.sentenceReports,
                              sentences: s.sentences, otherReports: i.reports,
                              score: ConnectionScore.score(shared: s.reports, a: reports, b: i.reports, total: corpusReports),
                              sentenceScore: ConnectionScore.score(shared: s.sentenceReports, a: reports, b: i.reports, total: corpusReports))
        }
        return EntityRelations(key: key, corpusReports: corpusReports, reports: reports,
                               connections: Self.best(connections, limit: limit),
                               timeline: EntityTimeline(days: days, undated: undated))
    }

    /// The `limit` best connections by report score, and every one of the `limit` best by
    /// sentence score too, so that switching the page to sentences loses none of them.
    public static func best(_ connections: [Connection], limit: Int) -> [Connection] {
        let limit = max(0, limit)
        let byReport = connections.sorted(by: Connection.better(.report))
        guard byReport.count > limit else { return byReport }
        let kept = Set(byReport.prefix(limit).map(\.key))
            .union(connections.filter { $0.sentenceReports > 0 }.sorted(by: Connection.better(.sentence)).prefix(limit).map(\.key))
        return byReport.filter { kept.contains($0.key) }
    }
}

extension RelationsTally.Shared {
    /// One more shared report, where `together` sentences name both.
    public mutating func add(together: Int) {
        reports += 1
        if together > 0 {
            sentenceReports += 1
            sentences += together
        }
    }
}
