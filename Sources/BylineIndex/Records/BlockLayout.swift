import BylineCore

/// Where each block of a report lies in `article.body`, stored compactly in `article.blocks`
/// as a kind letter and a length in Unicode scalars per block: `p292,s12,c116`. Blocks follow
/// each other in the body with a blank line between them, so their starts follow.
///
/// A column rather than a table: a report has a dozen blocks, and a row each would cost the
/// indexer a dozen inserts per report, and the database a tenth more space, for data that is
/// only ever read whole.
struct BlockLayout: Sendable, Equatable {
    struct Entry: Sendable, Equatable {
        var kind: Block.Kind
        var start: Int
        var length: Int
    }

    var entries: [Entry]

    /// Lays out blocks of these kinds and lengths one after the other, `separator` scalars apart.
    init(kinds: [Block.Kind], lengths: [Int], separator: Int = 2) {
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
    init(encoded: String) {
        var kinds: [Block.Kind] = [], lengths: [Int] = []
        for item in encoded.split(separator: ",") {
            guard let letter = item.first, let length = Int(item.dropFirst()), length >= 0 else { break }
            kinds.append(Self.kind(for: letter))
            lengths.append(length)
        }
        self.init(kinds: kinds, lengths: lengths)
    }

    /// The block holding the body's scalar offset `offset`.
    func block(at offset: Int) -> Int? {
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
