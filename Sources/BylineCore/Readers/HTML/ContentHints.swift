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

    /// Whether one of `words` (lower-case ASCII) is part of `hints`, ignoring ASCII case.
    ///
    /// Compared byte by byte: this runs several times for every element of every page, and
    /// `String.contains` goes through Foundation's locale-aware search, which took a third of
    /// a page's reading time.
    /// Whether `word` (lower-case ASCII) is part of `text`, ignoring ASCII case.
    static func mentions(_ text: String, _ word: String) -> Bool {
        var text = text, word = word
        return text.withUTF8 { text in word.withUTF8 { contains(text, $0) } }
    }

    /// Whether `word` (lower-case ASCII) occurs in `text`, ignoring ASCII case.
    static func contains(_ text: UnsafeBufferPointer<UInt8>, _ word: [UInt8]) -> Bool {
        word.withUnsafeBufferPointer { contains(text, $0) }
    }

    /// Whether `word` (lower-case ASCII) occurs in `text`, ignoring ASCII case.
    static func contains(_ text: UnsafeBufferPointer<UInt8>, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = word.first, text.count >= word.count else { return false }
        var start = 0
        while start + word.count <= text.count {
            if lowered(text[start]) == first {
                var matched = 1
                while matched < word.count, lowered(text[start + matched]) == word[matched] { matched += 1 }
                if matched == word.count { return true }
            }
            start += 1
        }
        return false
    }

    private static func matches(_ hints: String, _ words: WordList) -> Bool {
        var hints = hints
        return hints.withUTF8 { words.occurs(in: $0) }
    }

    /// Words grouped by their first byte, so one walk over a name tries at each position only
    /// the words that can start there.
    private struct WordList {
        private let words: [[UInt8]]
        private var startingWith: [[Int]] = Array(repeating: [], count: 256)

        init(_ list: [String]) {
            words = list.map { Array($0.utf8) }
            for (index, word) in words.enumerated() {
                if let first = word.first { startingWith[Int(first)].append(index) }
            }
        }

        func occurs(in text: UnsafeBufferPointer<UInt8>) -> Bool {
            for start in 0..<text.count {
                for index in startingWith[Int(lowered(text[start]))] {
                    let word = words[index]
                    guard start + word.count <= text.count else { continue }
                    var matched = 1
                    while matched < word.count, lowered(text[start + matched]) == word[matched] { matched += 1 }
                    if matched == word.count { return true }
                }
            }
            return false
        }
    }

    private static func lowered(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    private static func bytes(_ words: [String]) -> WordList { WordList(words) }

    private static let unlikely = bytes([
        "-ad-", "ai2html", "banner", "breadcrumbs", "combx", "comment", "community", "cover-wrap", "disqus",
        "extra", "footer", "gdpr", "header", "legends", "menu", "related", "remark", "replies", "rss",
        "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental", "ad-break", "agegate",
        "pagination", "pager", "popup", "yom-remote",
    ])

    private static let maybeContent = bytes(["and", "article", "body", "column", "content", "main", "mathjax", "shadow"])

    private static let positive = bytes([
        "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "pagination", "post",
        "text", "blog", "story",
    ])

    private static let negative = bytes([
        "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "footer", "gdpr", "masthead",
        "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar",
        "skyscraper", "sponsor", "shopping", "tags", "widget",
    ])

    private static let byline = bytes(["byline", "author", "dateline", "writtenby", "p-author"])
}
