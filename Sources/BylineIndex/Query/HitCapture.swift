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
        var instances: [HitText.Instance]
        var sizes: [Int]
        var score: Double
    }

    /// The number of tokens of each phrase of the query.
    var phraseSizes: [Int] = []
    private(set) var matches: [Int64: Match] = [:]

    /// Keeps the current match, which has just entered the best `limit` with `score`; drops the
    /// kept matches that can no longer be among them (a score below `threshold`) when many
    /// have been kept.
    func record(api x: UnsafePointer<Fts5ExtensionApi>, fts: OpaquePointer, score: Double, threshold: Double, limit: Int) {
        var count: Int32 = 0
        guard x.pointee.xInstCount(fts, &count) == SQLITE_OK else { return }
        var instances: [HitText.Instance] = []
        instances.reserveCapacity(Int(count))
        for i in 0..<count {
            var phrase: Int32 = 0, column: Int32 = 0, offset: Int32 = 0
            guard x.pointee.xInst(fts, i, &phrase, &column, &offset) == SQLITE_OK else { return }
            instances.append(HitText.Instance(phrase: Int(phrase), column: Int(column), offset: Int(offset)))
        }
        var sizes: [Int] = []
        for column in 0..<x.pointee.xColumnCount(fts) {
            var size: Int32 = 0
            guard x.pointee.xColumnSize(fts, column, &size) == SQLITE_OK else { return }
            sizes.append(Int(size))
        }
        matches[x.pointee.xRowid(fts)] = Match(instances: instances, sizes: sizes, score: score)
        if matches.count > 4 * limit + 16 { matches = matches.filter { $0.value.score >= threshold } }
    }
}
