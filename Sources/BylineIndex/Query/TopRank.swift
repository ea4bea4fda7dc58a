import Foundation
import GRDB
import GRDBSQLite

/// `bylineTopRank(k, titleWeight, bodyWeight)`, an FTS5 ranking function: for the reports that
/// can be among the best `k`, FTS5's own BM25 (`bm25(articleText, titleWeight, bodyWeight)`,
/// to the last bit), and for every other match 1, which ranks it after them, without reading
/// its length.
///
///     SELECT rowid, bylineTopRank(articleText, 10, 5.0, 1.0) FROM articleText WHERE articleText MATCH ?
///     SELECT rowid, rank FROM articleText
///     WHERE articleText MATCH ? AND rank MATCH 'bylineTopRank(10, 5.0, 1.0)' ORDER BY rank LIMIT 10
///
/// BM25 scores each match from its weighted count of each phrase and its length in tokens,
/// which FTS5 reads from `articleText_docsize`, one lookup per match: for a word in 45,748 of
/// 100,000 reports most of the time of a search. A longer report scores lower for the same
/// counts, and a report is at least as long as the offset of its last match in each column;
/// so the score computed with that length is an upper bound, from the position lists FTS5
/// reads anyway. Matches come in rowid order; once `k` have been scored, a match whose bound is
/// below the `k`-th best score so far cannot be among the best `k` and is not scored. The best
/// `k` are then exactly the ones `bm25()` ranks first (ties aside), with its scores. Only for
/// the best `k` of every match (`best(match:limit:in:)`, or `ORDER BY rank LIMIT k` with no
/// other condition): a filter applied after ranking could drop the matches that pushed the
/// others out.
///
/// The bound prunes little when a word stands once in most reports that hold it (a name: the
/// best are then just the shortest), so the lengths it does need are read cheaply: FTS5 reads
/// each with an SQL statement stepped and reset per match (about 3,500 instructions; 75 of
/// 153 million for a name in 21,546 of 100,000 reports, whole process), this function through
/// one blob handle moved from row to row (about 1,700).
///
/// `bm25()` also counts the reports holding each phrase, for its inverse document frequency,
/// by reading the phrase's matches a second time (`xQueryPhrase`: 15 million instructions for
/// a word in 52,424 of 100,000 reports). A caller that knows those counts passes them
/// (`phraseReports(of:in:)`: a word's stem count, kept by the indexer); FTS5 counts the rest.
enum TopRank {
    static let name = "bylineTopRank"
    /// Where FTS5 keeps each report's length of `articleText`, the table this function ranks:
    /// one varint per column in `sz`, row by row.
    static let sizeTable = "articleText_docsize"

    /// The `rank MATCH` argument for the best `limit` by the index's weights.
    static func rankMatch(limit: Int) -> String {
        "\(name)(\(limit), \(IndexSchema.titleWeight), \(IndexSchema.bodyWeight))"
    }

    /// The number of reports matching `match`, and the best `limit` of them by BM25 with the
    /// index's weights (`rank`: the negated score, lowest first; ties by rowid).
    ///
    /// The function is called on every match in rowid order, and this keeps the best `limit`
    /// of those it scored: no `ORDER BY rank`, which makes FTS5 sort every match (73,000 for a
    /// word in most reports), and no `count(*)`, which would read the matches again.
    ///
    /// `phrases` (`phraseReports(of:in:)`, for the query `match` was made from) gives the
    /// number of reports holding each one-word phrase, which `bm25()` otherwise counts by
    /// reading the phrase's matches once more; nil: every phrase is counted so. `capture`, when
    /// given, keeps the matches and column lengths of the best, for their snippets.
    static func best(match: String, limit: Int, phrases: String? = nil, capture: HitCapture? = nil, in db: Database) throws -> (total: Int, hits: [(rowid: Int64, rank: Double)]) {
        let statement = try db.cachedStatement(sql: """
            SELECT rowid, \(name)(articleText, ?, \(IndexSchema.titleWeight), \(IndexSchema.bodyWeight), ?, ?) FROM articleText WHERE articleText MATCH ?
            """)
        statement.setUncheckedArguments([limit, phrases, nil, match])
        let handle = statement.sqliteStatement
        if let capture {
            // Held by the caller until the statement is reset, below.
            sqlite3_bind_pointer(handle, 3, Unmanaged.passUnretained(capture).toOpaque(), HitCapture.pointerTypeName, nil)
        }
        defer { sqlite3_reset(handle) }
        var total = 0
        var hits: [(rowid: Int64, rank: Double)] = []
        while true {
            let code = sqlite3_step(handle)
            if code == SQLITE_DONE { break }
            guard code == SQLITE_ROW else {
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)), sql: statement.sql)
            }
            total += 1
            // 1: the match cannot be among the best.
            let rank = sqlite3_column_double(handle, 1)
            guard rank < 0 else { continue }
            let rowid = sqlite3_column_int64(handle, 0)
            if hits.count == limit, let last = hits.last, (last.rank, last.rowid) < (rank, rowid) { continue }
            let at = hits.firstIndex { (rank, rowid) < ($0.rank, $0.rowid) } ?? hits.endIndex
            hits.insert((rowid, rank), at: at)
            if hits.count > limit { hits.removeLast() }
        }
        return (total, hits)
    }

    /// Registers the function on `db` (each connection, as it opens).
    static func register(in db: Database) {
        let api = FTS5.api(db)
        _ = api.pointee.xCreateFunction(UnsafeMutablePointer(mutating: api), name, nil, rank, nil)
    }

    /// What one query keeps from match to match (FTS5's auxiliary data). A struct behind a
    /// pointer rather than a class: a class's mutable fields are checked for overlapping access
    /// on every read and write, which took a third of the function's time for a common word.
    struct State {
        let limit: Int
        /// Each column's weight: a buffer like `frequencies`, read for every position.
        let weights: UnsafeMutableBufferPointer<Double>
        let averageLength: Double
        /// `bm25()`'s inverse document frequency of each phrase.
        let idf: [Double]
        /// The best scores so far (positive), at most `limit`.
        var best: [Double] = []
        /// The lowest of `best` once it holds `limit` scores.
        var threshold = -Double.infinity
        /// The match's weighted count of each phrase and last offset in each column, rewritten
        /// for every match: buffers of their own, as an array's element writes each checked
        /// whether the array was shared (a tenth of the function's instructions), and set
        /// element by element (a `memset` call costs more for two elements).
        let frequencies: UnsafeMutableBufferPointer<Double>
        let lastOffsets: UnsafeMutableBufferPointer<Int32>
        /// `sizeTable`'s `sz` column, open on the last report whose length was read.
        var sizes: OpaquePointer?
        /// Set when `sizes` could not be opened: FTS5 reads the lengths.
        var sizesUnreadable = false
        /// Where the matches that enter the best are kept, if the caller asked.
        var capture: HitCapture?

        init(limit: Int, weights: [Double], averageLength: Double, idf: [Double], columns: Int) {
            self.limit = limit
            self.weights = .allocate(capacity: weights.count)
            _ = self.weights.initialize(from: weights)
            self.averageLength = averageLength
            self.idf = idf
            frequencies = .allocate(capacity: idf.count)
            frequencies.initialize(repeating: 0)
            lastOffsets = .allocate(capacity: columns)
            lastOffsets.initialize(repeating: -1)
        }

        /// Frees what `init` allocated and the blob handle (FTS5's destructor of the state).
        func release() {
            weights.deallocate()
            frequencies.deallocate()
            lastOffsets.deallocate()
            sqlite3_blob_close(sizes)
        }

        /// BM25 from `frequencies` and a length of `length` tokens, summed as FTS5 sums it.
        func score(length: Double) -> Double {
            let k1 = 1.2, b = 0.75
            var score = 0.0
            for i in idf.indices {
                score += idf[i] * ((frequencies[i] * (k1 + 1.0)) / (frequencies[i] + k1 * (1 - b + b * length / averageLength)))
            }
            return score
        }

        /// The length in tokens of the report `rowid`, all columns together, as FTS5's
        /// `xColumnSize(-1)` gives it, read from `sizeTable` through one blob handle moved from
        /// row to row; nil when it cannot be read there.
        mutating func length(of rowid: Int64, in db: OpaquePointer) -> Int64? {
            if let sizes {
                guard sqlite3_blob_reopen(sizes, rowid) == SQLITE_OK else {
                    // A handle that failed to move is aborted: the next report opens another.
                    sqlite3_blob_close(sizes)
                    self.sizes = nil
                    return nil
                }
            } else {
                guard !sizesUnreadable else { return nil }
                guard sqlite3_blob_open(db, "main", TopRank.sizeTable, "sz", rowid, 0, &sizes) == SQLITE_OK else {
                    sqlite3_blob_close(sizes)
                    sizes = nil
                    sizesUnreadable = true
                    return nil
                }
            }
            // One varint per column, as FTS5 writes them (at most 5 bytes each for 32 bits).
            var buffer: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
            let bytes = Int(sqlite3_blob_bytes(sizes))
            return withUnsafeMutableBytes(of: &buffer) { raw -> Int64? in
                guard bytes <= raw.count, sqlite3_blob_read(sizes, raw.baseAddress, Int32(bytes), 0) == SQLITE_OK else { return nil }
                var total: Int64 = 0, value: Int64 = 0
                for byte in raw.prefix(bytes) {
                    value = value << 7 | Int64(byte & 0x7F)
                    if byte < 0x80 {
                        total += value
                        value = 0
                    }
                }
                return value == 0 ? total : nil
            }
        }

        /// Adds `score` to `best` if it is among the best so far; whether it was.
        @discardableResult
        mutating func keep(_ score: Double) -> Bool {
            if best.count < limit {
                best.append(score)
                if best.count == limit { threshold = best.min()! }
                return true
            } else if score > threshold, let i = best.firstIndex(of: threshold) {
                best[i] = score
                threshold = best.min()!
                return true
            }
            return false
        }
    }

    /// The number of reports holding each phrase, from the function's argument after the
    /// weights (`phraseReports(of:in:)`): nil for a phrase it does not give, and nil for all
    /// when it does not describe this expression's phrases (their count and number of tokens
    /// each) or counts more reports than the index holds.
    static func knownReports(_ value: OpaquePointer?, phrases: Int32, rows: Int64, api x: Fts5ExtensionApi, fts: OpaquePointer) -> [Int64?]? {
        guard let value, sqlite3_value_type(value) == SQLITE_TEXT, let text = sqlite3_value_text(value) else { return nil }
        let entries = String(cString: text).split(separator: " ")
        guard entries.count == Int(phrases) else { return nil }
        var known: [Int64?] = []
        for (phrase, entry) in entries.enumerated() {
            let parts = entry.split(separator: ":", omittingEmptySubsequences: false)
            guard parts.count == 2, let size = Int32(parts[0]), size == x.xPhraseSize(fts, Int32(phrase)) else { return nil }
            if parts[1].isEmpty {
                known.append(nil)
                continue
            }
            guard let reports = Int64(parts[1]), (0...rows).contains(reports) else { return nil }
            known.append(reports)
        }
        return known
    }

    private static let rank: fts5_extension_function = { api, fts, context, count, values in
        guard let api, let fts else { return }
        // The functions read through the pointer: a copy of the table (`api.pointee`) is a
        // `memcpy` of its 200 bytes for every match.
        let state: UnsafeMutablePointer<State>
        if let data = api.pointee.xGetAuxdata(fts, 0) {
            state = data.assumingMemoryBound(to: State.self)
        } else {
            guard count >= 1, let values else {
                sqlite3_result_error(context, "\(name) needs the number of results", -1)
                return
            }
            let x = api.pointee
            let limit = Int(sqlite3_value_int64(values[0]))
            let columns = Int(x.xColumnCount(fts))
            let weights = (0..<columns).map { $0 + 1 < count ? sqlite3_value_double(values[$0 + 1]) : 1.0 }
            var rows: sqlite3_int64 = 0, tokens: sqlite3_int64 = 0
            guard x.xRowCount(fts, &rows) == SQLITE_OK, x.xColumnTotalSize(fts, -1, &tokens) == SQLITE_OK else {
                sqlite3_result_error(context, "\(name): cannot read the index's totals", -1)
                return
            }
            let phrases = x.xPhraseCount(fts)
            let known = columns + 1 < count ? knownReports(values[columns + 1], phrases: phrases, rows: rows, api: x, fts: fts) : nil
            var idf: [Double] = []
            for phrase in 0..<phrases {
                var hits: sqlite3_int64 = 0
                if let reports = known?[Int(phrase)] {
                    hits = reports
                } else {
                    // `bm25()`'s own count: a second pass over the phrase's matches.
                    let code = x.xQueryPhrase(fts, phrase, &hits) { _, _, data in
                        data!.assumingMemoryBound(to: sqlite3_int64.self).pointee += 1
                        return SQLITE_OK
                    }
                    guard code == SQLITE_OK else {
                        sqlite3_result_error_code(context, code)
                        return
                    }
                }
                let others: Double = Double(rows) - Double(hits) + 0.5
                let value: Double = Foundation.log(others / (Double(hits) + 0.5))
                idf.append(value <= 0 ? 1e-6 : value)
            }
            state = .allocate(capacity: 1)
            state.initialize(to: State(limit: max(1, limit), weights: weights, averageLength: Double(tokens) / Double(rows), idf: idf, columns: columns))
            if columns + 2 < count, let pointer = sqlite3_value_pointer(values[columns + 2], HitCapture.pointerTypeName) {
                let capture = Unmanaged<HitCapture>.fromOpaque(pointer).takeUnretainedValue()
                capture.phraseSizes = (0..<phrases).map { Int(x.xPhraseSize(fts, $0)) }
                state.pointee.capture = capture
            }
            // On failure FTS5 calls the destructor itself.
            guard x.xSetAuxdata(fts, state, { data in
                let state = data!.assumingMemoryBound(to: State.self)
                state.pointee.release()
                state.deinitialize(count: 1)
                state.deallocate()
            }) == SQLITE_OK else {
                sqlite3_result_error_nomem(context)
                return
            }
        }

        // Each phrase's positions straight from its position list, which `xInst` would first
        // merge into one array of every phrase's (a third of the function's instructions for
        // a common word). A phrase's positions come in the same order either way, so its
        // weighted count is summed in the same order as `bm25()` sums it.
        let frequencies = state.pointee.frequencies, lastOffsets = state.pointee.lastOffsets, weights = state.pointee.weights
        for c in lastOffsets.indices { lastOffsets[c] = -1 }
        var code = SQLITE_OK
        for p in frequencies.indices {
            var positions = Fts5PhraseIter(), column: Int32 = 0, offset: Int32 = 0
            code = api.pointee.xPhraseFirst(fts, Int32(p), &positions, &column, &offset)
            guard code == SQLITE_OK else { break }
            var frequency = 0.0
            while column >= 0 {
                let c = Int(column)
                frequency += c < weights.count ? weights[c] : 1.0
                if c < lastOffsets.count && offset > lastOffsets[c] { lastOffsets[c] = offset }
                api.pointee.xPhraseNext(fts, &positions, &column, &offset)
            }
            frequencies[p] = frequency
        }
        guard code == SQLITE_OK else {
            sqlite3_result_error_code(context, code)
            return
        }
        if state.pointee.best.count == state.pointee.limit {
            let shortest = lastOffsets.reduce(0.0) { $0 + Double($1 + 1) }
            if state.pointee.score(length: shortest) < state.pointee.threshold {
                sqlite3_result_double(context, 1)
                return
            }
        }
        var length: Int32 = 0
        if let db = sqlite3_context_db_handle(context), let read = state.pointee.length(of: api.pointee.xRowid(fts), in: db) {
            length = Int32(clamping: read)
        } else {
            code = api.pointee.xColumnSize(fts, -1, &length)
            guard code == SQLITE_OK else {
                sqlite3_result_error_code(context, code)
                return
            }
        }
        let score = state.pointee.score(length: Double(length))
        if state.pointee.keep(score), let capture = state.pointee.capture {
            capture.record(api: api, fts: fts, score: score, threshold: state.pointee.threshold, limit: state.pointee.limit)
        }
        sqlite3_result_double(context, -1.0 * score)
    }
}
