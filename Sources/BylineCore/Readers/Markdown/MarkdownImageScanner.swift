/// Finds `![alt](src "caption")` images in a paragraph and the text around them.
enum MarkdownImageScanner {
    enum Segment: Equatable {
        case text(String)
        case image(MarkdownLink)
    }

    /// The paragraph cut into text and images, in order; text segments keep their markup.
    static func segments(_ markdown: String) -> [Segment] {
        // On bytes rather than with Foundation's `contains`: where Foundation would not see
        // `![` (a mark joined to the bracket), the scan below finds no image either.
        guard hasImageOpening(markdown.utf8) else { return [.text(markdown)] }
        let chars = Array(markdown)
        let pairs = BracketPairs(chars)
        var segments: [Segment] = []
        var textStart = 0
        var i = 0
        while i < chars.count {
            if chars[i] == "!", i + 1 < chars.count, chars[i + 1] == "[",
               (i == 0 || chars[i - 1] != "\\"),
               let link = MarkdownLink.parse(chars, at: i + 1, pairs: pairs), link.destination != nil {
                if textStart < i { segments.append(.text(String(chars[textStart..<i]))) }
                segments.append(.image(link))
                i = link.end
                textStart = i
            } else {
                i += 1
            }
        }
        if textStart < chars.count { segments.append(.text(String(chars[textStart...]))) }
        return segments.filter { if case .text(let t) = $0 { return !t.trimmed().isEmpty } else { return true } }
    }

    /// Whether the bytes hold `![`.
    private static func hasImageOpening(_ bytes: String.UTF8View) -> Bool {
        var previous: UInt8 = 0
        for b in bytes {
            if previous == UInt8(ascii: "!") && b == UInt8(ascii: "[") { return true }
            previous = b
        }
        return false
    }
}
