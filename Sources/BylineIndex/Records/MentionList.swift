import BylineCore

/// An appearance's mentions, each with the sentence around it, stored in one column of
/// `appearance` (`appearance.mentions`) rather than a row each.
///
/// Offsets are Unicode scalars within the mention's block, as in `Mention`. Each mention is
/// five numbers, `block start length before after`, where `before` and `after` reach from the
/// mention to its sentence's ends; mentions are separated by commas, in block and start order.
/// A mention in a caption's photo credit has a sixth number, 1, and its offsets are in the
/// credit (`Mention.inCredit`), which is its own sentence:
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

    var encoded: String {
        var text = ""
        text.reserveCapacity(items.count * 16)
        for (i, item) in items.enumerated() {
            let m = item.mention
            if i > 0 { text += "," }
            text += "\(m.block) \(m.start) \(m.end - m.start) \(m.start - item.sentence.lowerBound) \(item.sentence.upperBound - m.end)"
            if m.inCredit { text += " 1" }
        }
        return text
    }

    /// Reads the column back. An entry that cannot be read, or whose sentence does not hold its
    /// mention, ends the list there.
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
