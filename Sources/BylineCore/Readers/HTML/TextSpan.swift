/// The measure of a run of page text as the content scorer reads it: its length once runs of
/// whitespace are one space and the ends are trimmed (in UTF-16 units), and its commas.
///
/// Spans join without the text: an element's span is its children's spans appended in order,
/// so `PageTree` measures each node once and keeps the answer until the subtree changes,
/// instead of reading a page's outer containers (most of the page) again for every question.
struct TextSpan: Equatable {
    /// UTF-16 units of the collapsed, trimmed text.
    private(set) var length = 0
    /// Commas in the text (see `ContentScorer.Pass.isComma`).
    private(set) var commas = 0
    /// Whether the text holds anything but whitespace.
    private(set) var hasContent = false
    /// Whitespace before the first visible character; for a span of only whitespace, whether
    /// there is any.
    private(set) var leadingSpace = false
    /// Whitespace after the last visible character; for a span of only whitespace, whether
    /// there is any.
    private(set) var trailingSpace = false

    init() {}

    /// The span of one run of text.
    init(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            var i = 0
            while i < bytes.count {
                let byte = bytes[i]
                // ASCII, most of every page, without decoding.
                if byte < 0x80 {
                    i += 1
                    if byte == 0x20 || (0x09...0x0D).contains(byte) {
                        addSpace()
                        continue
                    }
                    addCharacter(units: 1, isComma: byte == 0x2C)
                    continue
                }
                let width = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
                var value = UInt32(byte) & (width == 4 ? 0x07 : width == 3 ? 0x0F : 0x1F)
                var j = 1
                while j < width, i + j < bytes.count {
                    value = value << 6 | UInt32(bytes[i + j] & 0x3F)
                    j += 1
                }
                i += width
                guard let scalar = Unicode.Scalar(value) else { continue }
                if scalar.isWebWhitespace {
                    addSpace()
                    continue
                }
                addCharacter(units: value > 0xFFFF ? 2 : 1, isComma: ContentScorer.Pass.isComma(scalar))
            }
        }
    }

    /// The span of this text followed by `next`'s.
    mutating func append(_ next: TextSpan) {
        guard next.hasContent else {
            if next.trailingSpace { addSpace() }
            return
        }
        guard hasContent else {
            let space = trailingSpace || next.leadingSpace
            self = next
            leadingSpace = space
            return
        }
        length += next.length + (trailingSpace || next.leadingSpace ? 1 : 0)
        commas += next.commas
        trailingSpace = next.trailingSpace
    }

    private mutating func addSpace() {
        if !hasContent { leadingSpace = true }
        trailingSpace = true
    }

    private mutating func addCharacter(units: Int, isComma: Bool) {
        if hasContent, trailingSpace { length += 1 }
        hasContent = true
        trailingSpace = false
        length += units
        if isComma { commas += 1 }
    }
}
