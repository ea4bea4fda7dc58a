import BylineCore
import GRDB

/// Where each block of a report lies in `article.body`, stored compactly in `article.blocks`
/// as a kind letter and a length in Unicode scalars per block: `p292,s12,c116`. Blocks follow
/// each other in the body with a line break between them, so their starts follow; SQL gets a
/// block's start with `bylineBlockStart(blocks, n)`.
///
/// A column rather than a table: a report has a dozen blocks, and a row each would cost the
/// indexer a dozen inserts per report, and the database a tenth more space, for data that is
/// only ever read whole.
public struct BlockLayout: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public var kind: Block.Kind
        public var start: Int
        public var length: Int
    }

    public var entries: [Entry]

    /// Lays out blocks of these kinds and lengths one after the other, `separator` scalars apart.
    init(kinds: [Block.Kind], lengths: [Int], separator: Int = 1) {
        var start = 0
        entries = zip(kinds, lengths).map { kind, length in
            defer { start += length + separator }
            return Entry(kind: kind, start: start, length: length)
        }
    }

    /// `p292,s12,c116`
    var encoded: String {
        entries.map { Self.letter(for: $0.kind) + String($0.length) }.joined(separator: ",")
    }

    /// Reads the column back; an entry that cannot be read ends the layout there.
    public init(encoded: String) {
        var kinds: [Block.Kind] = [], lengths: [Int] = []
        for item in encoded.split(separator: ",") {
            guard let letter = item.first, let length = Int(item.dropFirst()), length >= 0 else { break }
            kinds.append(Self.kind(for: letter))
            lengths.append(length)
        }
        self.init(kinds: kinds, lengths: lengths)
    }

    /// `bylineBlockStart(blocks, n)` for SQL: where block `n` starts in the body, or NULL.
    /// Called for every mention on an entity page, so it adds lengths straight from the bytes.
    static let sqlFunction = DatabaseFunction("bylineBlockStart", argumentCount: 2, pure: true) { values in
        guard case let .string(encoded) = values[0].storage, case let .int64(n) = values[1].storage, n >= 0 else { return nil }
        return start(ofBlock: Int(n), inEncoded: encoded)
    }

    /// Where block `n` starts, from the encoded layout, or nil when there is no such block.
    static func start(ofBlock n: Int, inEncoded encoded: String, separator: Int = 1) -> Int? {
        var start = 0, entry = 0, length = 0, digits = false
        for byte in encoded.utf8 {
            switch byte {
            case UInt8(ascii: ","):
                if entry == n { return digits ? start : nil }
                start += length + separator
                entry += 1
                length = 0
                digits = false
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                length = length * 10 + Int(byte - UInt8(ascii: "0"))
                digits = true
            default:
                continue  // the kind letter
            }
        }
        return entry == n && digits ? start : nil
    }

    /// The block holding the body's scalar offset `offset`.
    public func block(at offset: Int) -> Int? {
        entries.lastIndex { $0.start <= offset }
    }

    static func letter(for kind: Block.Kind) -> String {
        switch kind {
        case .paragraph: return "p"
        case .subhead: return "s"
        case .quote: return "q"
        case .caption: return "c"
        }
    }

    static func kind(for letter: Character) -> Block.Kind {
        switch letter {
        case "s": return .subhead
        case "q": return .quote
        case "c": return .caption
        default: return .paragraph
        }
    }
}
