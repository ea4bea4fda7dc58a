/// Furniture labels that end up inside a story's own container: an `<p>Advertisement</p>`
/// between paragraphs, a `Share this:` with no class to give it away. Whole elements are
/// dropped by `PageFurniture` before text is read; this is the last net, so it only matches
/// short labels, never a sentence that merely mentions them. (Scraped plain text goes through
/// the raw text format's longer list, `Furniture`, first.)
enum FurnitureText {
    /// Whether a whole paragraph or line is furniture (`Advertisement`, `Share this:`,
    /// `Read more: …`, a lone `Facebook`). Story sentences that merely mention these words
    /// are kept.
    static func isFurniture(_ line: String) -> Bool {
        isFurniture(line, readingBytes: true)
    }

    /// `isFurniture`; with `readingBytes`, the line's bytes answer first where they can (see
    /// `answerFromBytes`), with the answers of the general path (`readingBytes: false`), which
    /// asks Unicode about every character: for each paragraph of every page, that took longer
    /// than the rest of reading the story's text into blocks.
    static func isFurniture(_ line: String, readingBytes: Bool) -> Bool {
        guard line.utf8.count <= 240 else { return false }  // story paragraphs, the common case
        if readingBytes, let answer = answerFromBytes(line) { return answer }
        let lowered = line.lowercased().normalizedSpacing
        // Stripping the ends takes no letter away, so a line with more ASCII letters than the
        // longest label is no label, and is not cut into characters to find that out.
        var letters = 0
        for byte in lowered.utf8 where (0x61...0x7A).contains(byte) {
            letters += 1
            if letters > longestLabel { break }
        }
        if letters <= longestLabel {
            let bare = lowered.strippingEnds(endMarks)
            if exact.contains(bare) { return true }
        }
        guard lowered.count <= 160 else { return false }
        return prefixes.contains { lowered.hasPrefix($0) }
    }

    /// The answer for `line` from its bytes, or nil when only the general path can tell.
    ///
    /// An ASCII line is lower-cased, collapsed, stripped and compared byte by byte: once its
    /// whitespace is collapsed (no CR LF pair left), each of its characters is one byte, and
    /// equal characters are equal bytes. A line beyond ASCII is answered only when it cannot
    /// be a label: more ASCII letters than the longest label (lower-casing keeps every one),
    /// and a first character that starts no prefix.
    private static func answerFromBytes(_ line: String) -> Bool? {
        var line = line
        return line.withUTF8 { bytes -> Bool? in
            var letters = 0, ascii = true
            for byte in bytes {
                if byte >= 0x80 { ascii = false } else if (byte | 0x20) &- 0x61 < 26 { letters += 1 }
            }
            guard ascii else {
                guard letters > longestLabel, let first = bytes.first, first < 0x80, !isASCIISpace(first) else { return nil }
                return prefixInitials.contains(lowered(first)) ? nil : false
            }
            // Lower-cased, with each run of whitespace one space and none at the ends.
            var text: [UInt8] = []
            text.reserveCapacity(bytes.count)
            var pendingSpace = false
            for byte in bytes {
                if isASCIISpace(byte) {
                    pendingSpace = !text.isEmpty
                    continue
                }
                if pendingSpace { text.append(0x20) }
                pendingSpace = false
                text.append(lowered(byte))
            }
            if letters <= longestLabel {
                let start = text.firstIndex { !asciiEndMarks.contains($0) } ?? text.count
                let end = text.lastIndex { !asciiEndMarks.contains($0) }.map { $0 + 1 } ?? start
                if start < end, exact.contains(String(decoding: text[start..<end], as: UTF8.self)) { return true }
            }
            guard text.count <= 160 else { return false }
            return prefixBytes.contains { text.starts(with: $0) }
        }
    }

    @inline(__always)
    private static func isASCIISpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }

    @inline(__always)
    private static func lowered(_ byte: UInt8) -> UInt8 { (0x41...0x5A).contains(byte) ? byte | 0x20 : byte }

    /// Marks a label may have at either end (`Share this:`, `» Related`).
    private static let endMarks = ":.…>»|·•-– "
    private static let asciiEndMarks = Set(endMarks.utf8.filter { $0 < 0x80 })
    private static let prefixBytes = prefixes.map { Array($0.utf8) }
    private static let prefixInitials = Set(prefixes.compactMap(\.utf8.first))

    private static let exact: Set<String> = [
        "advertisement", "advertisements", "ad", "sponsored", "sponsored content", "promoted",
        "share", "share this", "share this article", "share this story", "share on", "click to share",
        "related", "related articles", "related stories", "related posts", "related coverage", "more on this story",
        "leave a reply", "leave a comment", "comments", "show comments", "add a comment", "cancel reply",
        "read more", "continue reading", "see also", "source link", "most read", "most popular", "trending",
        "skip to content", "skip to main content", "skip advertisement", "listen to this article",
        "subscribe", "sign up", "sign in", "log in", "print", "email", "copy link", "copied",
        "facebook", "twitter", "x", "linkedin", "whatsapp", "telegram", "reddit", "pinterest", "tumblr",
        "messenger", "threads", "bluesky", "mastodon", "instagram", "youtube", "tiktok",
    ]

    private static let longestLabel = exact.map(\.utf8.count).max() ?? 0

    private static let prefixes = [
        "your email address will not be published", "read more:", "read more at", "also read:", "related:",
        "see also:", "click here to", "subscribe to our", "sign up for our", "sign up to our", "share this:",
        "we use cookies", "this site uses cookies", "this website uses cookies", "follow us on",
        "you must be logged in to post a comment",
    ]
}
