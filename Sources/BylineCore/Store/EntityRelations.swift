import Foundation

/// Who else the reports name around one entity, and when the entity is named.
///
/// `ArticleStore.relations(key:limit:)` gives it; the entity page shows it as a timeline row
/// and a table of connections, and `byline person --json` as `with` and `timeline`.
public struct EntityRelations: Sendable, Equatable {
    public var key: String
    /// Reports in the whole corpus: the N against which each count is weighed.
    public var corpusReports: Int
    /// Reports naming the entity.
    public var reports: Int
    /// Everyone and everything named in a report with the entity, best first by `score`.
    public var connections: [Connection]
    public var timeline: EntityTimeline

    public init(key: String, corpusReports: Int, reports: Int, connections: [Connection], timeline: EntityTimeline) {
        self.key = key
        self.corpusReports = corpusReports
        self.reports = reports
        self.connections = connections
        self.timeline = timeline
    }

    /// The connections best first for `scope`: by report score, or (`.sentence`) only those
    /// sharing a sentence, by sentence score.
    public func ranked(_ scope: Connection.Scope) -> [Connection] {
        switch scope {
        case .report: return connections
        case .sentence: return connections.filter { $0.sentenceReports > 0 }.sorted(by: Connection.better(.sentence))
        }
    }
}

/// One entity named in reports with another, and how strongly.
public struct Connection: Sendable, Equatable {
    /// Together in one report, or in one sentence.
    public enum Scope: String, Sendable, CaseIterable {
        case report, sentence
    }

    public var key: String
    public var name: String
    public var kind: Entity.Kind
    /// Reports naming both.
    public var reports: Int
    /// Of those, the reports where one sentence names both.
    public var sentenceReports: Int
    /// Sentences naming both, across the shared reports.
    public var sentences: Int
    /// Reports naming this entity in the whole corpus.
    public var otherReports: Int
    /// `ConnectionScore` of `reports`.
    public var score: Double
    /// `ConnectionScore` of `sentenceReports`.
    public var sentenceScore: Double

    public init(key: String, name: String, kind: Entity.Kind, reports: Int, sentenceReports: Int, sentences: Int,
                otherReports: Int, score: Double, sentenceScore: Double) {
        self.key = key
        self.name = name
        self.kind = kind
        self.reports = reports
        self.sentenceReports = sentenceReports
        self.sentences = sentences
        self.otherReports = otherReports
        self.score = score
        self.sentenceScore = sentenceScore
    }

    /// Higher score first, then more shared, then by name and key, so the order is stable.
    public static func better(_ scope: Scope) -> (Connection, Connection) -> Bool {
        { a, b in
            let (sa, sb) = scope == .report ? (a.score, b.score) : (a.sentenceScore, b.sentenceScore)
            if sa != sb { return sa > sb }
            let (ca, cb) = scope == .report ? (a.reports, b.reports) : (a.sentences, b.sentences)
            if ca != cb { return ca > cb }
            if a.name != b.name { return a.name.utf8.lexicographicallyPrecedes(b.name.utf8) }
            return a.key.utf8.lexicographicallyPrecedes(b.key.utf8)
        }
    }
}

/// How strongly two entities go together: the count of reports naming both, weighed against
/// how many would name both if each were spread over the corpus at random.
///
/// This is local mutual information, `shared × log₂(shared × N / (a × b))`: the pointwise
/// mutual information of the pair, which alone would put any entity named once (with the one
/// person) at the top, multiplied by the count, which alone would put the wire agency named in
/// every other report at the top. An agency named in half the corpus shares about half of any
/// person's reports, as chance would have it, so its logarithm is near 0 and so is its score;
/// a name found in three reports, all of them with the person, scores `3 × log₂(N / a)`.
/// Pairs named together less often than chance score below zero.
public enum ConnectionScore {
    /// - Parameters: `shared` reports naming both, `a` and `b` reports naming each, `total`
    ///   reports in the corpus. Counts are clamped to be consistent (`shared ≤ a, b ≤ total`).
    public static func score(shared: Int, a: Int, b: Int, total: Int) -> Double {
        guard shared > 0 else { return 0 }
        let n = Double(max(total, a, b, shared))
        let ab = Double(shared), x = Double(max(a, shared)), y = Double(max(b, shared))
        return ab * log2(ab * n / (x * y))
    }
}

/// Two entities' shared reports, each with the sentences naming both (`byline with`).
public struct SharedReport: Sendable, Equatable {
    public var id: String
    public var path: String
    public var title: String
    public var date: ArticleDate?
    /// The sentences naming both, with every mention of either marked, in text order.
    public var sentences: [MarkedText]

    public init(id: String, path: String, title: String, date: ArticleDate?, sentences: [MarkedText]) {
        self.id = id
        self.path = path
        self.title = title
        self.date = date
        self.sentences = sentences
    }
}
