/// What one entity shares with every other, counted in dense arrays indexed by entity id: the
/// working state of `EntityConnections`.
///
/// The entity is a set of ids (`isSelf`: its full name and the short forms standing for it),
/// and so is every other (`canonical` maps a short form to the entity it stands for), so a
/// report naming two forms of one entity counts once. Counts come either report by report from
/// the packed blobs (`addReport`) or from the stored per-form pair counts (`addPair`), with
/// the reports naming two forms counted again from their blobs (`recount`).
struct ConnectionCounts {
    let size: Int
    /// Each id's entity: itself, or the full name a short form stands for.
    var canonical: [UInt32]
    /// Whether an entity (by canonical id) is the one whose connections are counted.
    var isSelf: [Bool]
    var reports: [Int32]
    var sentenceReports: [Int32]
    var sentences: [Int32]
    /// The entities counted so far, in the order first met.
    var touched: [UInt32] = []
    /// Reports naming the entity, per day (`ArticleDate.dayNumber`).
    var days: [Int: Int] = [:]
    /// Reports naming the entity, dated or not.
    var reportCount: Int32 = 0

    // The last report (its ordinal among those read from blobs) that counted each entity.
    private var seenIn: [Int32]
    private var sentenceSeenIn: [Int32]
    private var reportsRead: Int32 = 0
    private var isTouched: [Bool]
    private var mine: [UInt32] = []

    /// - Parameters: `size` one more than the largest entity id; `links` short form to entity;
    ///   `ids` the entity's own forms.
    init(size: Int, links: [Int64: Int64], ids: [Int64]) {
        self.size = size
        canonical = (0..<size).map { UInt32($0) }
        for (short, full) in links where short < size && full < size { canonical[Int(short)] = UInt32(full) }
        isSelf = [Bool](repeating: false, count: size)
        for id in ids where id >= 0 && id < size { isSelf[Int(id)] = true }
        reports = [Int32](repeating: 0, count: size)
        sentenceReports = reports
        sentences = reports
        seenIn = [Int32](repeating: -1, count: size)
        sentenceSeenIn = seenIn
        isTouched = isSelf.map { _ in false }
    }

    /// Whether raw id `id` is one of the entity's own forms.
    @inline(__always)
    func isOwn(_ id: UInt32) -> Bool {
        Int(id) < size && isSelf[Int(canonical[Int(id)])]
    }

    @inline(__always)
    private mutating func touch(_ c: Int) {
        if !isTouched[c] {
            isTouched[c] = true
            touched.append(UInt32(c))
        }
    }

    /// Counts one report naming the entity, from its packed entities: each other entity once,
    /// with the sentences naming it and any of the entity's forms.
    mutating func addReport(_ bytes: UnsafeRawBufferPointer, day: Int?) {
        let report = reportsRead
        reportsRead += 1
        reportCount += 1
        if let day { days[day, default: 0] += 1 }
        mine.removeAll(keepingCapacity: true)
        ReportEntities.forEach(in: bytes) { id, theirs in
            if isOwn(id) { mine += theirs }
        }
        if mine.count > 1 { mine.sort() }
        ReportEntities.forEach(in: bytes) { id, theirs in
            guard Int(id) < size else { return }
            let c = Int(canonical[Int(id)])
            guard !isSelf[c] else { return }
            if seenIn[c] != report {
                touch(c)
                seenIn[c] = report
                reports[c] += 1
            }
            let together = EntityConnections.intersectionCount(mine, theirs)
            if together > 0 {
                sentences[c] += Int32(together)
                if sentenceSeenIn[c] != report {
                    sentenceSeenIn[c] = report
                    sentenceReports[c] += 1
                }
            }
        }
    }

    /// Adds a stored pair count: the reports naming form `other` with one of the entity's forms.
    @inline(__always)
    mutating func addPair(other: Int64, reports r: Int32, sentenceReports sr: Int32, sentences s: Int32) {
        guard other >= 0, other < size else { return }
        let c = Int(canonical[Int(other)])
        guard !isSelf[c] else { return }
        touch(c)
        reports[c] += r
        sentenceReports[c] += sr
        sentences[c] += s
    }

    /// Adds the stored count of the entity's form on `day`.
    mutating func addDay(_ day: Int, reports r: Int) {
        days[day, default: 0] += r
    }

    /// Replaces what the stored pair counts said of a report naming two forms of one entity
    /// (each pair of forms counted apart) with what counting the report once says.
    mutating func recount(_ bytes: UnsafeRawBufferPointer, day: Int?) {
        var own = 0
        ReportEntities.forEach(in: bytes) { id, ownSentences in
            guard isOwn(id) else { return }
            own += 1
            ReportEntities.forEach(in: bytes) { other, theirs in
                guard Int(other) < size else { return }
                let c = Int(canonical[Int(other)])
                guard !isSelf[c] else { return }
                let together = Int32(EntityConnections.intersectionCount(ownSentences, theirs))
                reports[c] -= 1
                if together > 0 {
                    sentenceReports[c] -= 1
                    sentences[c] -= together
                }
            }
        }
        guard own > 0 else { return }
        reportCount -= Int32(own)
        if let day { days[day, default: 0] -= own }
        addReport(bytes, day: day)
    }

    /// Reports naming the entity with no date.
    var undated: Int {
        Int(reportCount) - days.values.reduce(0, +)
    }

    /// The days as a list, a day once per report, for `EntityTimeline`.
    var dayList: [(day: Int, reports: Int)] {
        days.filter { $0.value > 0 }.map { (day: $0.key, reports: $0.value) }
    }
}
