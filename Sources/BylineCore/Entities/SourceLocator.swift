/// Maps entity mentions in a report's blocks back to offsets in the file's text.
///
/// A block's `sourceOffset` says where its text starts in the file; a block without one (a
/// reader that rewrote the text) is looked for in the file after the previous block, and its
/// mentions are left out when its text is not there verbatim. Credits are looked for after
/// their caption's text.
struct SourceLocator {
    let scalars: [Unicode.Scalar]

    init(fileText: String) {
        scalars = ScalarText.scalars(of: fileText)
    }

    /// Every mention of every entity of `article`, as spans of the file's text, in file order.
    func fileSpans(of article: Article) -> [EntitySpan] {
        var blockStart = [Int?](repeating: nil, count: article.blocks.count)
        var cursor = 0
        for (i, block) in article.blocks.enumerated() {
            let text = ScalarText.scalars(of: block.text)
            if let offset = block.sourceOffset, offset >= 0, offset + text.count <= scalars.count {
                blockStart[i] = offset
            } else {
                blockStart[i] = find(text, from: cursor)
            }
            if let start = blockStart[i] { cursor = start + text.count }
        }
        var spans: [EntitySpan] = []
        for entity in article.entities {
            for m in entity.mentions {
                guard let base = blockStart[m.block] else { continue }
                var start = base + m.start
                if m.inCredit {
                    guard let credit = article.captions.first(where: { $0.blockIndex == m.block })?.credit,
                          let at = find(ScalarText.scalars(of: credit), from: base) else { continue }
                    start = at + m.start
                }
                let end = start + (m.end - m.start)
                guard end <= scalars.count else { continue }
                var text = String.UnicodeScalarView()
                text.append(contentsOf: scalars[start..<end])
                spans.append(EntitySpan(kind: entity.kind, start: start, end: end, text: String(text)))
            }
        }
        return spans.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
    }

    private func find(_ needle: [Unicode.Scalar], from start: Int) -> Int? {
        guard !needle.isEmpty, needle.count <= scalars.count else { return nil }
        var i = max(0, start)
        while i + needle.count <= scalars.count {
            if scalars[i] == needle[0] && scalars[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }
}
