/// A file's text as Unicode scalars, to check that a block's text is an exact slice of it.
///
/// `Block.sourceOffset` promises that the block's text starts at that scalar offset in the
/// file; readers only set it after `offset(of:near:)` has confirmed the slice matches.
struct SourceScalars: Sendable {
    private let scalars: [Unicode.Scalar]

    init(_ text: String) {
        scalars = ScalarText.scalars(of: text)
    }

    /// Whether `text` appears in the file starting exactly at `offset`.
    func matches(_ text: String, at offset: Int) -> Bool {
        guard offset >= 0 else { return false }
        var text = text
        return text.withUTF8 { bytes in
            // Compared scalar by scalar as decoded from the bytes, ASCII without decoding.
            var i = offset, k = 0
            while k < bytes.count {
                guard i < scalars.count else { return false }
                let byte = bytes[k]
                if byte < 0x80 {
                    guard scalars[i].value == UInt32(byte) else { return false }
                    k += 1
                } else {
                    let (scalar, length) = ScalarText.decode(bytes, at: k)
                    guard scalars[i] == scalar else { return false }
                    k += length
                }
                i += 1
            }
            return true
        }
    }

    /// How many positions of a line `offset(of:within:length:)` searches.
    static let searchWindow = 1_000

    /// `offset` when `text` starts there, else the first place `text` starts within the line
    /// that begins at `offset` and runs `length` scalars (searching its first thousand
    /// positions); nil when it is not an exact slice.
    func offset(of text: String, within offset: Int, length: Int) -> Int? {
        guard !text.isEmpty else { return nil }
        if matches(text, at: offset) { return offset }
        guard let first = text.unicodeScalars.first else { return nil }
        // Markup before a block's text is short (`## `, `> `, `- `, `![alt](src "`), so a
        // bounded window keeps a long line from costing time quadratic in its length.
        let end = min(scalars.count, offset + min(length, Self.searchWindow))
        var i = offset
        while i < end {
            if scalars[i] == first && matches(text, at: i) { return i }
            i += 1
        }
        return nil
    }
}
