import BylineCore
import Foundation

/// An appearance's mentions, each with the sentence around it, stored in one column of
/// `appearance` (`appearance.mentions`) rather than a row each.
///
/// Offsets are Unicode scalars within the mention's block, as in `Mention`. Each mention is
/// five numbers, `block start length before after`, where `before` and `after` reach from the
/// mention to its sentence's ends, in block and start order. A mention in a caption's photo
/// credit has its offsets in the credit (`Mention.inCredit`), which is its own sentence.
///
/// The column holds the numbers packed (`packed`, migration 7): each a `Varint`, the length
/// doubled with 1 added for a mention in a credit, so a mention takes five to seven bytes.
/// Indexes before migration 7 held them as decimal text, mentions separated by commas and a
/// sixth number 1 for a credit, twice the size (23 MB of 100,000 reports' 64 MB of
/// appearances); `init(encoded:)` reads that form for the migration:
///
///     "0 12 14 12 40,3 0 5 0 77,4 0 15 0 4 1"
///
/// A row per mention was the indexer's largest table: 1.87 million rows at 100,000 reports,
/// each an insert into a B-tree ordered by entity, so every commit rewrote pages all over it.
/// Nothing queries a single mention: a report reads all of its own, an entity page all of its
/// entity's, and both reach them through `appearance`.
public struct MentionList: Sendable, Equatable {
    public struct Item: Sendable, Equatable {
        public var mention: Mention
        /// Block-relative, around the mention.
        public var sentence: Range<Int>

        public init(mention: Mention, sentence: Range<Int>) {
            self.mention = mention
            self.sentence = sentence
        }
    }

    public var items: [Item]

    public init(_ items: [Item]) {
        self.items = items
    }

    /// `mentions[i]` with `sentences[i]` around it.
    public init(mentions: [Mention], sentences: [Range<Int>]) {
        items = zip(mentions, sentences).map { Item(mention: $0, sentence: $1) }
    }

    /// The column's bytes.
    var packed: [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(items.count * 7)
        for item in items {
            let m = item.mention
            Varint.append(UInt64(clamping: m.block), to: &bytes)
            Varint.append(UInt64(clamping: m.start), to: &bytes)
            Varint.append(UInt64(clamping: m.end - m.start) << 1 | (m.inCredit ? 1 : 0), to: &bytes)
            Varint.append(UInt64(clamping: m.start - item.sentence.lowerBound), to: &bytes)
            Varint.append(UInt64(clamping: item.sentence.upperBound - m.end), to: &bytes)
        }
        return bytes
    }

    /// Reads the column back. A mention that cannot be read (the bytes end inside it), or whose
    /// sentence does not hold it, ends the list there.
    init(packed bytes: UnsafeRawBufferPointer) {
        items = []
        let limit = UInt64(Int.max / 4)
        var offset = 0
        while offset < bytes.count {
            guard let block = Varint.read(bytes, at: &offset), let start = Varint.read(bytes, at: &offset),
                  let doubled = Varint.read(bytes, at: &offset), let before = Varint.read(bytes, at: &offset),
                  let after = Varint.read(bytes, at: &offset) else { return }
            let length = doubled >> 1
            guard block < limit, start < limit, length < limit, after < limit, length > 0, before <= start else { return }
            let s = Int(start), e = Int(start + length)
            items.append(Item(mention: Mention(block: Int(block), start: s, end: e, inCredit: doubled & 1 == 1),
                              sentence: (s - Int(before))..<(e + Int(after))))
        }
    }

    /// The column read back from a row (`row[i] as Data`).
    init(packed data: Data) {
        self = data.withUnsafeBytes { MentionList(packed: $0) }
    }

    /// Reads the decimal text of an index before migration 7. An entry that cannot be read, or
    /// whose sentence does not hold its mention, ends the list there.
    init(encoded: some StringProtocol) {
        items = []
        var numbers: [Int] = []
        numbers.reserveCapacity(6)
        var value = 0, digits = false
        func finishNumber() -> Bool {
            guard digits else { return false }
            numbers.append(value)
            value = 0
            digits = false
            return true
        }
        func finishItem() -> Bool {
            guard numbers.count == 5 || (numbers.count == 6 && numbers[5] == 1), numbers[2] > 0 else { return false }
            let start = numbers[1], end = numbers[1] + numbers[2]
            guard numbers[3] <= start else { return false }
            items.append(Item(mention: Mention(block: numbers[0], start: start, end: end, inCredit: numbers.count == 6),
                              sentence: (start - numbers[3])..<(end + numbers[4])))
            numbers.removeAll(keepingCapacity: true)
            return true
        }
        for byte in encoded.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard value < Int.max / 100 else { return }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
                digits = true
            case UInt8(ascii: " "):
                guard finishNumber(), numbers.count < 6 else { return }
            case UInt8(ascii: ","):
                guard finishNumber(), finishItem() else { return }
            default:
                return
            }
        }
        if finishNumber() { _ = finishItem() }
    }
}
