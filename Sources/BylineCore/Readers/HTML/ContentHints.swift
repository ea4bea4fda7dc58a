/// The words in a `class` or `id` that say what an element holds, as the content scorer
/// (`ContentScorer`) reads them. They are matched as parts of the name, not whole words,
/// because sites glue them into longer names (`articleBody`, `commentlist`, `postcontent`).
enum ContentHints {
    /// Names of blocks that are rarely the story: comment threads, sidebars, footers, menus,
    /// related-story rails, social bars, pagers.
    static func isUnlikely(_ hints: String) -> Bool { matches(hints, unlikely) }

    /// Names that rescue an element `isUnlikely` picked, since they also name story
    /// containers (`article-comments-and-body`, `main-column`).
    static func mayBeContent(_ hints: String) -> Bool { matches(hints, maybeContent) }

    /// Names of containers of story text.
    static func isPositive(_ hints: String) -> Bool { matches(hints, positive) }

    /// Names of blocks around the story: comments, share bars, promos, widgets, tags.
    static func isNegative(_ hints: String) -> Bool {
        matches(hints, negative) || hints.split(separator: " ").contains("hid")
    }

    /// Names of author lines (`byline`, `author-name`, `dateline`).
    static func isByline(_ hints: String) -> Bool { matches(hints, byline) }

    /// Names of share buttons and bars.
    static func isShare(_ hints: String) -> Bool {
        let words = hints.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        return words.contains { $0 == "share" || $0 == "sharedaddy" }
    }

    /// Weight of an element's class and id: −25 for each that reads as furniture, +25 for
    /// each that reads as content.
    static func weight(class className: String?, id: String?) -> Double {
        var weight = 0.0
        for name in [className, id] {
            guard let name, !name.isEmpty else { continue }
            if isNegative(name) { weight -= 25 }
            if isPositive(name) { weight += 25 }
        }
        return weight
    }

    private static func matches(_ hints: String, _ words: [String]) -> Bool {
        let lowered = hints.lowercased()
        return words.contains { lowered.contains($0) }
    }

    private static let unlikely = [
        "-ad-", "ai2html", "banner", "breadcrumbs", "combx", "comment", "community", "cover-wrap", "disqus",
        "extra", "footer", "gdpr", "header", "legends", "menu", "related", "remark", "replies", "rss",
        "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental", "ad-break", "agegate",
        "pagination", "pager", "popup", "yom-remote",
    ]

    private static let maybeContent = ["and", "article", "body", "column", "content", "main", "mathjax", "shadow"]

    private static let positive = [
        "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "pagination", "post",
        "text", "blog", "story",
    ]

    private static let negative = [
        "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "footer", "gdpr", "masthead",
        "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar",
        "skyscraper", "sponsor", "shopping", "tags", "widget",
    ]

    private static let byline = ["byline", "author", "dateline", "writtenby", "p-author"]
}
