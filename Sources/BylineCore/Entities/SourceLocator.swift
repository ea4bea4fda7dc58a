/// Maps entity mentions in a report's blocks back to offsets in the file's text.
///
/// A block's `sourceOffset` says where its text starts in the file; a block without one (a
/// reader that rewrote the text) is looked for in the file after the previous block, verbatim
/// or else as the file writes it (`SourceAlignment`: character references, JSON escapes, tags,
/// collapsed spacing), and failing that each of its names is looked for after the previous
/// one. Credits are looked for after their caption's text. A mention's span then covers what
/// the file writes for the name (`O&rsquo;Brien`) and its `text` is the name as read
/// (`O’Brien`), as `show --json` gives it.
struct SourceLocator {
    let scalars: [Unicode.Scalar]

    init(fileText: String) {
        scalars = ScalarText.scalars(of: fileText)
    }

    /// Where a block's text is in the file.
    private enum Placement {
        /// A verbatim slice starting here.
        case verbatim(Int)
        /// Written otherwise: the file offset of each of its scalars, and of its end.
        case aligned([Int])
        /// Not found whole.
        case missing
    }

    /// Every mention of every entity of `article`, as spans of the file's text, in file order.
    func fileSpans(of article: Article) -> [EntitySpan] {
        let alignment = SourceAlignment(file: scalars)
        var placements: [Placement] = []
        var blockTexts: [[Unicode.Scalar]] = []
        // For each block, where it ends in the file, or for one not found whole, where the
        // last block found before it ends.
        var placedEnd: [Int] = []
        var cursor = 0
        for block in article.blocks {
            let text = ScalarText.scalars(of: block.text)
            blockTexts.append(text)
            // A block is looked for after the one before it, then anywhere (a scraper's JSON
            // keeps captions apart from the text they sit in).
            var placement = Placement.missing
            if let offset = block.sourceOffset, offset >= 0, offset + text.count <= scalars.count {
                placement = .verbatim(offset)
            } else if let start = find(text, from: cursor) ?? find(text, from: 0) {
                placement = .verbatim(start)
            } else if let offsets = alignment.align(text, from: cursor) ?? alignment.align(text, from: 0) {
                placement = .aligned(offsets)
            }
            placements.append(placement)
            var end = cursor
            if case .verbatim(let start) = placement { end = start + text.count }
            if case .aligned(let offsets) = placement { end = offsets[offsets.count - 1] }
            placedEnd.append(end)
            // A caption (stored with the images) does not move where the story's text is looked for.
            if block.kind != .caption { cursor = end }
        }
        // Mentions in reading order, so that names of a block found one by one are found in turn.
        var mentions: [(kind: Entity.Kind, mention: Mention)] = []
        for entity in article.entities {
            for m in entity.mentions { mentions.append((entity.kind, m)) }
        }
        mentions.sort { ($0.mention.block, $0.mention.inCredit ? 1 : 0, $0.mention.start) < ($1.mention.block, $1.mention.inCredit ? 1 : 0, $1.mention.start) }
        // Where the last name looked for on its own was found: names of blocks not found
        // whole are looked for after it, so that two blocks never claim one place.
        var searchFrom = 0
        var creditOffsets: [Int: [Int]] = [:]
        var spans: [EntitySpan] = []
        for (kind, m) in mentions where placements.indices.contains(m.block) {
            let source: [Unicode.Scalar]
            if m.inCredit {
                guard let credit = article.captions.first(where: { $0.blockIndex == m.block })?.credit else { continue }
                source = ScalarText.scalars(of: credit)
            } else {
                source = blockTexts[m.block]
            }
            guard m.start >= 0, m.start < m.end, m.end <= source.count else { continue }
            let name = Array(source[m.start..<m.end])
            var range: Range<Int>?
            switch placements[m.block] {
            case _ where m.inCredit:
                // The credit after its caption's text, then the name in it.
                if let offsets = creditOffsets[m.block] ?? alignment.align(source, from: placedEnd[m.block]) ?? alignment.align(source, from: 0) {
                    creditOffsets[m.block] = offsets
                    range = offsets[m.start]..<offsets[m.end]
                }
            case .verbatim(let base):
                range = (base + m.start)..<(base + m.end)
            case .aligned(let offsets):
                range = offsets[m.start]..<offsets[m.end]
            case .missing:
                // The name itself, after the last name found in the block.
                let from = max(searchFrom, placedEnd[m.block])
                range = alignment.find(name, from: from) ?? alignment.find(name, from: 0)
                if let r = range { searchFrom = r.upperBound }
            }
            guard let r = range, r.upperBound <= scalars.count else { continue }
            var text = String.UnicodeScalarView()
            text.append(contentsOf: name)
            spans.append(EntitySpan(kind: kind, start: r.lowerBound, end: r.upperBound, text: String(text)))
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
