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
        guard line.utf8.count <= 240 else { return false }  // story paragraphs, the common case
        let lowered = line.lowercased().normalizedSpacing
        // Stripping the ends takes no letter away, so a line with more ASCII letters than the
        // longest label is no label, and is not cut into characters to find that out.
        var letters = 0
        for byte in lowered.utf8 where (0x61...0x7A).contains(byte) {
            letters += 1
            if letters > longestLabel { break }
        }
        if letters <= longestLabel {
            let bare = lowered.strippingEnds(":.…>»|·•-– ")
            if exact.contains(bare) { return true }
        }
        guard lowered.count <= 160 else { return false }
        return prefixes.contains { lowered.hasPrefix($0) }
    }

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
