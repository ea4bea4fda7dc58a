/// Collects a report's blocks in reading order and keeps captions pointing at their blocks.
///
/// Offsets given to it are checked against the file's text: a block only keeps a
/// `sourceOffset` when its text really is the slice of the file starting there.
struct StoryBuilder {
    private struct Entry {
        var block: Block
        var caption: Caption?
    }

    private var entries: [Entry] = []
    private let source: SourceScalars

    init(text: String) {
        source = SourceScalars(text)
    }

    var isEmpty: Bool { entries.isEmpty }

    /// The blocks so far, in order.
    var blocks: [Block] { entries.map(\.block) }

    /// Adds a block; `offset` is where its text starts in the file, if it is an exact slice.
    mutating func append(_ kind: Block.Kind, _ text: String, offset: Int?) {
        entries.append(Entry(block: Block(kind: kind, text: text, sourceOffset: checked(text, offset))))
    }

    /// Adds a caption block and its caption at the end, or at `position` in the blocks.
    mutating func appendCaption(alt: String?, text: String, credit: String?, image: String? = nil, offset: Int?, at position: Int? = nil) {
        let block = Block(kind: .caption, text: text, sourceOffset: checked(text, offset))
        let entry = Entry(block: block, caption: Caption(alt: alt, text: text, credit: credit, blockIndex: 0, image: image))
        entries.insert(entry, at: min(position ?? entries.count, entries.count))
    }

    /// Replaces the text of the last block, a caption, with the line that follows its image.
    mutating func replaceLastCaptionText(_ text: String, offset: Int?) {
        guard var last = entries.last, last.block.kind == .caption else { return }
        last.block.text = text
        last.block.sourceOffset = checked(text, offset)
        last.caption?.text = text
        entries[entries.count - 1] = last
    }

    /// Puts a subhead at `index`, moving later blocks (and their captions) down.
    mutating func insertSubhead(_ text: String, offset: Int?, at index: Int) {
        entries.insert(Entry(block: Block(kind: .subhead, text: text, sourceOffset: checked(text, offset))), at: min(index, entries.count))
    }

    /// Where `text` starts in the file when it is an exact slice of `line`, else nil.
    func locate(_ text: String, in line: SourceLine) -> Int? {
        // Counting only as far as the search goes: a line with many images is located once per
        // piece, and counting it whole each time made a long line cost time quadratic in its length.
        let length = line.text.unicodeScalars.prefix(SourceScalars.searchWindow).count
        return source.offset(of: text, within: line.offset, length: length)
    }

    /// The index of the first paragraph, if any.
    var firstParagraphIndex: Int? { entries.firstIndex { $0.block.kind == .paragraph } }

    /// The blocks and the captions with their final block positions.
    func finish() -> (blocks: [Block], captions: [Caption]) {
        var captions: [Caption] = []
        for (i, entry) in entries.enumerated() {
            guard var caption = entry.caption else { continue }
            caption.blockIndex = i
            captions.append(caption)
        }
        return (blocks, captions)
    }

    private func checked(_ text: String, _ offset: Int?) -> Int? {
        guard let offset, source.matches(text, at: offset) else { return nil }
        return offset
    }
}
