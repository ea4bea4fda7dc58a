import GRDBSQLite

/// What `TopRank` keeps of the matches it ranks among the best, so that the search can show
/// them (`HitText`) without matching each one again: for each, its matches as `xInst` gives
/// them and the length of each column in tokens.
///
/// Matching a hit again by its rowid (`MATCH ? AND rowid = ?`) cost about 0.4 million
/// instructions a hit, most of what was left of a hit's cost once its text came from one pass
/// of the tokenizer. `TopRank` has the match at hand when it scores it.
final class HitCapture {
    /// The type name SQLite checks when the capture is passed to `bylineTopRank` as a pointer
    /// (`sqlite3_bind_pointer`).
    static let pointerType: StaticString = "bylineHitCapture"
    static var pointerTypeName: UnsafePointer<CChar> {
        UnsafeRawPointer(pointerType.utf8Start).assumingMemoryBound(to: CChar.self)
    }

    struct Match {
        var rowid: Int64
        var instances: [HitText.Instance]
        var sizes: [Int]
        var score: Double
    }

    /// The number of tokens of each phrase of the query.
    var phraseSizes: [Int] = []
    /// In the order kept. An array, not a dictionary by rowid: the first dictionary of a key
    /// type costs a scan of every protocol conformance in the binary (0.56 million
    /// instructions, for `Hashable`), and at most `4 × limit + 16` are kept and ten looked up.
    private(set) var matches: [Match] = []

    /// What was kept of the match `rowid`.
    func match(_ rowid: Int64) -> Match? {
        matches.last { $0.rowid == rowid }
    }

    /// Keeps the current match, which has just entered the best `limit` with `score`; drops the
    /// kept matches that can no longer be among them (a score below `threshold`) when many
    /// have been kept.
    func record(api x: UnsafePointer<Fts5ExtensionApi>, fts: OpaquePointer, score: Double, threshold: Double, limit: Int) {
        guard let instances = HitText.instances(api: x, fts: fts) else { return }
        var sizes: [Int] = []
        for column in 0..<x.pointee.xColumnCount(fts) {
            var size: Int32 = 0
            guard x.pointee.xColumnSize(fts, column, &size) == SQLITE_OK else { return }
            sizes.append(Int(size))
        }
        matches.append(Match(rowid: x.pointee.xRowid(fts), instances: instances, sizes: sizes, score: score))
        if matches.count > 4 * limit + 16 { matches.removeAll { $0.score < threshold } }
    }
}
