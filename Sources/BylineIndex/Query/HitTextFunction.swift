import Foundation
import GRDB
import GRDBSQLite

/// `bylineHit(articleText, tokens, ellipsis)`, an FTS5 function giving what a search shows of
/// the matching report (`HitText`) in one value: the snippet of the body (or the title with its
/// marks when only the title matches), where the snippet's first match lies in the body, and
/// the matched forms of both columns (`HitText.Parts`).
///
///     SELECT bylineHit(articleText, 24, '…') FROM articleText WHERE articleText MATCH ? AND rowid = ?
///
/// The columns are split with the table's tokenizer without its stemmer: `porter` changes
/// each token, never where tokens start or end, and the marks need only where they lie.
enum HitTextFunction {
    static let name = "bylineHit"

    /// FTS5's tokenizer interface and one tokenizer made with it, for the connection.
    final class Splitter {
        let methods: fts5_tokenizer
        let tokenizer: OpaquePointer

        init(methods: fts5_tokenizer, tokenizer: OpaquePointer) {
            self.methods = methods
            self.tokenizer = tokenizer
        }

        deinit { methods.xDelete(tokenizer) }

        /// The tokenizer for `db`'s full-text table, or nil (see `make(api:spec:)`).
        static func make(in db: Database) -> Splitter? {
            make(api: UnsafeMutablePointer(mutating: FTS5.api(db)), spec: IndexSchema.fullTextTokenizer)
        }

        /// `text`, a column of `size` tokens, split as far as its first `limit` tokens.
        func split(_ text: UnsafeBufferPointer<UInt8>, size: Int, limit: Int) -> HitText.Column? {
            gathered(text, size: size, limit: limit) { gathering in
                methods.xTokenize(tokenizer, gathering, FTS5_TOKENIZE_DOCUMENT,
                                  UnsafeRawPointer(text.baseAddress)?.assumingMemoryBound(to: CChar.self), Int32(text.count), gather)
            }
        }

        /// What a search shows of `hit`, whose report's title and body are `title` and `body`,
        /// of `sizes` tokens each; nil when they cannot be split.
        func parts(of hit: HitText, title: [UInt8], body: [UInt8], sizes: [Int], window: Int, ellipsis: [UInt8]) -> HitText.Parts? {
            guard sizes.count >= 2 else { return nil }
            return title.withUnsafeBufferPointer { title in
                body.withUnsafeBufferPointer { body in
                    guard let title = split(title, size: sizes[0], limit: .max),
                          let body = split(body, size: sizes[1], limit: hit.tokensNeeded(column: 1, window: window)) else { return nil }
                    return hit.parts(title: title, body: body, window: window, ellipsis: ellipsis)
                }
            }
        }

        /// The table's tokenizer without a leading `porter`: nil when the table's tokenizer
        /// is not `porter` over another one, or it cannot be made.
        static func make(api: UnsafeMutablePointer<fts5_api>, spec: String) -> Splitter? {
            let words = spec.split(separator: " ").map(String.init)
            guard words.count >= 2, words[0] == "porter" else { return nil }
            var methods = fts5_tokenizer()
            var context: UnsafeMutableRawPointer?
            guard api.pointee.xFindTokenizer(api, words[1], &context, &methods) == SQLITE_OK else { return nil }
            let arguments = words.dropFirst(2).map { strdup($0) }
            defer { arguments.forEach { free($0) } }
            var pointers = arguments.map { UnsafePointer<CChar>($0) }
            var tokenizer: OpaquePointer?
            let code = pointers.withUnsafeMutableBufferPointer { buffer in
                methods.xCreate(context, buffer.baseAddress, Int32(buffer.count), &tokenizer)
            }
            guard code == SQLITE_OK, let tokenizer else { return nil }
            return Splitter(methods: methods, tokenizer: tokenizer)
        }
    }

    /// Registers the function on `db` (each connection, as it opens).
    static func register(in db: Database) {
        let api = UnsafeMutablePointer(mutating: FTS5.api(db))
        let splitter = Splitter.make(api: api, spec: IndexSchema.fullTextTokenizer)
        let retained = splitter.map { Unmanaged.passRetained($0).toOpaque() }
        let code = api.pointee.xCreateFunction(api, name, retained, function) { data in
            if let data { Unmanaged<Splitter>.fromOpaque(data).release() }
        }
        // Not registered: FTS5 has not called the destructor.
        if code != SQLITE_OK, let retained { Unmanaged<Splitter>.fromOpaque(retained).release() }
    }

    /// Where a column's tokens are gathered, up to `limit` of them.
    private struct Gathering {
        var column: HitText.Column
        let limit: Int
    }

    /// `text`, a column of `size` tokens, split by `tokenize` (given the context to pass to
    /// `gather`) as far as its first `limit` tokens; nil when the tokenizer fails.
    private static func gathered(_ text: UnsafeBufferPointer<UInt8>, size: Int, limit: Int,
                                 tokenize: (UnsafeMutableRawPointer) -> Int32) -> HitText.Column? {
        var gathering = Gathering(column: HitText.Column(text: text, size: size), limit: max(1, limit))
        let code = tokenize(&gathering)
        return code == SQLITE_OK || code == SQLITE_DONE ? gathering.column : nil
    }

    private static let gather: @convention(c) (UnsafeMutableRawPointer?, Int32, UnsafePointer<CChar>?, Int32, Int32, Int32) -> Int32 = { data, flags, _, _, start, end in
        let gathering = data!.assumingMemoryBound(to: Gathering.self)
        if flags & FTS5_TOKEN_COLOCATED != 0 { return SQLITE_OK }
        gathering.pointee.column.append(start: Int(start), end: Int(end))
        return gathering.pointee.column.starts.count >= gathering.pointee.limit ? SQLITE_DONE : SQLITE_OK
    }

    /// Column `index` of the current match, split as far as its first `limit` tokens.
    private static func column(_ index: Int32, limit: Int, api x: UnsafePointer<Fts5ExtensionApi>, fts: OpaquePointer) -> HitText.Column? {
        var text: UnsafePointer<CChar>?, bytes: Int32 = 0, size: Int32 = 0
        guard x.pointee.xColumnText(fts, index, &text, &bytes) == SQLITE_OK,
              x.pointee.xColumnSize(fts, index, &size) == SQLITE_OK else { return nil }
        let buffer = UnsafeBufferPointer(start: UnsafeRawPointer(text)?.assumingMemoryBound(to: UInt8.self), count: text == nil ? 0 : Int(bytes))
        if let data = x.pointee.xUserData(fts) {
            return Unmanaged<Splitter>.fromOpaque(data).takeUnretainedValue().split(buffer, size: Int(size), limit: limit)
        }
        return gathered(buffer, size: Int(size), limit: limit) { x.pointee.xTokenize(fts, text, bytes, $0, gather) }
    }

    private static let function: fts5_extension_function = { api, fts, context, count, values in
        guard let api, let fts else { return }
        guard count >= 2, let values else {
            sqlite3_result_error(context, "\(name) needs the snippet's length in tokens and its ellipsis", -1)
            return
        }
        let window = max(1, Int(sqlite3_value_int64(values[0])))
        let ellipsis = sqlite3_value_text(values[1]).map { Array(UnsafeBufferPointer(start: $0, count: Int(sqlite3_value_bytes(values[1])))) } ?? []
        let x = api.pointee
        guard let instances = HitText.instances(api: api, fts: fts) else {
            sqlite3_result_error(context, "\(name): cannot read the matches", -1)
            return
        }
        let hit = HitText(instances: instances, phraseSizes: (0..<x.xPhraseCount(fts)).map { Int(x.xPhraseSize(fts, $0)) })
        guard let title = column(0, limit: .max, api: api, fts: fts),
              let body = column(1, limit: hit.tokensNeeded(column: 1, window: window), api: api, fts: fts) else {
            sqlite3_result_error(context, "\(name): cannot read the report's text", -1)
            return
        }
        let parts = hit.parts(title: title, body: body, window: window, ellipsis: ellipsis)
        let encoded = parts.encoded()
        encoded.withUnsafeBufferPointer { buffer in
            sqlite3_result_text(context, UnsafeRawPointer(buffer.baseAddress)?.assumingMemoryBound(to: CChar.self), Int32(buffer.count), sqliteTransient)
        }
    }
}

extension HitText {
    /// The current match's matches of each phrase, as `xInst` gives them; nil when FTS5
    /// cannot read them.
    static func instances(api x: UnsafePointer<Fts5ExtensionApi>, fts: OpaquePointer) -> [Instance]? {
        var count: Int32 = 0
        guard x.pointee.xInstCount(fts, &count) == SQLITE_OK else { return nil }
        var instances: [Instance] = []
        instances.reserveCapacity(Int(count))
        for i in 0..<count {
            var phrase: Int32 = 0, column: Int32 = 0, offset: Int32 = 0
            guard x.pointee.xInst(fts, i, &phrase, &column, &offset) == SQLITE_OK else { return nil }
            instances.append(Instance(phrase: Int(phrase), column: Int(column), offset: Int(offset)))
        }
        return instances
    }

    /// What `bylineHit` gives: the snippet with STX/ETX marks, the offset in Unicode scalars of
    /// its first match in the body (nil when it is the title's), and the matched forms.
    struct Parts: Equatable {
        var snippet: [UInt8]
        var firstMatch: Int?
        var words: [String]

        /// Each field as its length in bytes, a colon and its bytes: the text may hold any
        /// character, separators included.
        func encoded() -> [UInt8] {
            var out: [UInt8] = []
            func field(_ bytes: some Collection<UInt8>) {
                out += Array(String(bytes.count).utf8)
                out.append(UInt8(ascii: ":"))
                out += bytes
            }
            field(snippet)
            field(firstMatch.map { Array(String($0).utf8) } ?? [])
            for word in words { field(Array(word.utf8)) }
            return out
        }

        /// The fields of `encoded()`; nil when `bytes` is not such a value.
        init?(encoded bytes: some Collection<UInt8>) {
            var fields: [[UInt8]] = []
            var rest = Array(bytes)[...]
            while !rest.isEmpty {
                guard let colon = rest.firstIndex(of: UInt8(ascii: ":")),
                      let length = Int(String(decoding: rest[..<colon], as: UTF8.self)),
                      length >= 0, rest.index(after: colon) + length <= rest.endIndex else { return nil }
                let from = rest.index(after: colon)
                fields.append(Array(rest[from..<(from + length)]))
                rest = rest[(from + length)...]
            }
            guard fields.count >= 2 else { return nil }
            snippet = fields[0]
            firstMatch = fields[1].isEmpty ? nil : Int(String(decoding: fields[1], as: UTF8.self))
            words = fields.dropFirst(2).map { String(decoding: $0, as: UTF8.self) }
        }

        init(snippet: [UInt8], firstMatch: Int?, words: [String]) {
            self.snippet = snippet
            self.firstMatch = firstMatch
            self.words = words
        }
    }
}
