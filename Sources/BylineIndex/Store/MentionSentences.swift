import BylineCore

/// Cuts each mention's sentence out of a report body read as UTF-8 bytes straight from SQLite.
///
/// An entity page shows every sentence naming the entity: 64,000 of them across 21,800
/// reports for the most named person of 100,000. Offsets are Unicode scalars, so each report's
/// bytes are walked once, up to its last sentence, to turn them into byte offsets; only the
/// sentences become `String`s.
public enum MentionSentences {
    /// The mentions of `list` with their sentences, in `list`'s order. `body` is the report's
    /// `article.body` and `blocks` its `BlockLayout`, encoded; a sentence reaching past the body
    /// (a damaged row) is cut at its end.
    public static func cut(_ list: MentionList, body: UnsafeRawBufferPointer, blocks: String) -> [MentionInContext] {
        let layout = BlockLayout(encoded: blocks).entries
        let ranges = list.items.map { item -> Range<Int> in
            let start = item.mention.block < layout.count ? layout[item.mention.block].start : Int.max / 2
            return (start + item.sentence.lowerBound)..<(start + item.sentence.upperBound)
        }
        let bytes = byteOffsets(ofScalars: ranges.flatMap { [$0.lowerBound, $0.upperBound] }, in: body)
        return list.items.enumerated().map { i, item in
            let text = String(decoding: body[bytes[2 * i]..<max(bytes[2 * i], bytes[2 * i + 1])], as: UTF8.self)
            return MentionInContext(mention: item.mention, sentence: text,
                                    start: item.mention.start - item.sentence.lowerBound,
                                    end: item.mention.end - item.sentence.lowerBound)
        }
    }

    /// The byte offset in `utf8` of each scalar offset (`utf8.count` past the end), in the
    /// order given.
    static func byteOffsets(ofScalars offsets: [Int], in utf8: UnsafeRawBufferPointer) -> [Int] {
        var result = [Int](repeating: utf8.count, count: offsets.count)
        guard let base = utf8.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return result }
        let count = utf8.count
        var scalar = 0, byte = 0
        for i in offsets.indices.sorted(by: { offsets[$0] < offsets[$1] }) {
            // Each byte that is not a continuation byte (10xxxxxx) starts a scalar.
            while scalar < offsets[i] && byte < count {
                byte += 1
                while byte < count && base[byte] & 0xC0 == 0x80 { byte += 1 }
                scalar += 1
            }
            guard byte < count else { break }
            result[i] = byte
        }
        return result
    }
}
