/// Site furniture: lines a scraper copied from around the story (sharing buttons, comment
/// forms, advertising labels, links to other stories). None of it is shown or indexed.
///
/// Lines are matched whole (`Facebook`, `Share this:`), or by a leading phrase when short
/// (`Read more: …`, `Click to share on X`), so a story sentence that merely mentions Facebook
/// is kept.
enum Furniture {
    /// What a furniture line means for the lines after it.
    enum Kind: Equatable {
        /// Drop this line only.
        case line
        /// Drop this line and the headline-shaped lines listed under it (`Related`).
        case relatedList
    }

    /// The kind of furniture `line` is, or nil when it is (or may be) story text.
    static func classify(_ line: String) -> Kind? {
        // The longest furniture (a comment form's notice, a row of sharing links) is well under
        // this; a long paragraph is story text without being lower-cased and split four times.
        guard LineShape.isShort(line, maxCharacters: maxLength) else { return nil }
        let key = normalized(line)
        if key.utf8.count <= maxWholeKeyBytes {
            if relatedHeaders.contains(key) { return .relatedList }
            if whole.contains(key) || networks.contains(key) { return .line }
        }
        if isNetworkList(key) { return .line }
        if let first = key.unicodeScalars.first, prefixStarts.contains(first),
           prefixes.contains(where: { key.hasPrefix($0) }), line.count <= 160 { return .line }
        if key.hasPrefix("your email address will not be published") { return .line }
        if isCommentCount(key) { return .line }
        return nil
    }

    /// The longest line that may be furniture, in characters.
    static let maxLength = 400

    /// Lower-cased, with spacing collapsed and decorative marks (`»`, `•`, `|`) dropped.
    private static func normalized(_ line: String) -> String {
        if let key = simpleNormalized(line) { return key }
        let words = line.lowercased().split(whereSeparator: { $0.isWhitespace || decorations.contains($0) })
        return words.joined(separator: " ")
    }

    private static let decorations: Set<Character> = ["»", "«", "•", "|", "›", "▶", "→", "►", "·"]
    private static let decorationScalars: Set<UInt32> = Set(decorations.map { $0.unicodeScalars.first!.value })

    /// `normalized` for the common line, in one pass: lower-cased scalar by scalar as
    /// `lowercased()` does, and when every scalar of the result is one that never joins its
    /// neighbours into a grapheme cluster, its characters are its scalars and splitting on
    /// either gives the same words. Nil for any other line.
    private static func simpleNormalized(_ line: String) -> String? {
        var key: [UInt8] = []
        key.reserveCapacity(line.utf8.count)
        var pendingSpace = false
        func add(_ scalar: Unicode.Scalar) -> Bool {
            let v = scalar.value
            let isSeparator: Bool
            if v < 0x80 {
                isSeparator = (0x09...0x0D).contains(v) || v == 0x20 || v == 0x7C  // whitespace, `|`
            } else {
                guard joinsNoNeighbour(v) else { return false }
                isSeparator = scalar.properties.isWhitespace || decorationScalars.contains(v)
            }
            if isSeparator {
                pendingSpace = !key.isEmpty
                return true
            }
            if pendingSpace {
                key.append(0x20)
                pendingSpace = false
            }
            if v < 0x80 {
                key.append(UInt8(v))
            } else {
                key.append(contentsOf: UTF8.encode(scalar)!)
            }
            return true
        }
        for scalar in line.unicodeScalars {
            if scalar.value < 0x80 {
                let byte = UInt8(scalar.value)
                _ = add(Unicode.Scalar((0x41...0x5A).contains(byte) ? byte + 0x20 : byte))
                continue
            }
            for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                guard add(lower) else { return nil }
            }
        }
        return String(decoding: key, as: UTF8.self)
    }

    /// Scalars that always stand alone as a character: Latin, Latin-1 and IPA letters, general
    /// punctuation (quotes, dashes, spaces; not the joiners U+200C and U+200D), arrows and
    /// geometric shapes.
    private static func joinsNoNeighbour(_ v: UInt32) -> Bool {
        v < 0x300 || (0x2000...0x206F).contains(v) && v != 0x200C && v != 0x200D
            || (0x2190...0x21FF).contains(v) || (0x25A0...0x25FF).contains(v)
    }

    /// `Facebook Twitter WhatsApp` on one line: every word a network or sharing verb.
    private static func isNetworkList(_ key: String) -> Bool {
        // Most lines fail on their first word; only those are worth splitting whole.
        guard let firstSpace = key.firstIndex(of: " "), isSharingWord(key[..<firstSpace]) else { return false }
        let words = key.split(separator: " ")
        return words.count >= 2 && words.allSatisfy(isSharingWord)
    }

    private static func isSharingWord(_ word: Substring) -> Bool {
        let word = word.trimmed([",", ":", "(", ")"])
        return networks.contains(word) || word == "share" || word == "on"
    }

    /// `3 Comments`, `No comments yet`.
    private static func isCommentCount(_ key: String) -> Bool {
        let words = key.split(separator: " ", maxSplits: 4)
        guard (2...4).contains(words.count), words[1].hasPrefix("comment") else { return false }
        return Int(words[0]) != nil || words[0] == "no" || words[0] == "one"
    }

    private static let relatedHeaders: Set<String> = [
        "related", "related:", "related posts", "related posts:", "related articles", "related stories",
        "related news", "related content", "you may also like", "you might also like",
        "more stories", "more from this author", "recommended", "recommended for you", "most read",
        "trending", "trending now", "popular posts", "latest news", "read next",
    ]

    /// Lone social networks and sharing targets.
    static let networks: Set<String> = [
        "facebook", "twitter", "x", "whatsapp", "telegram", "linkedin", "email", "e-mail", "print",
        "reddit", "pinterest", "tumblr", "pocket", "skype", "threads", "bluesky", "mastodon", "vk",
        "messenger", "viber", "line", "wechat", "weibo", "flipboard", "copy link", "mail", "sms",
    ]

    private static let whole: Set<String> = [
        "leave a reply", "leave a reply cancel reply", "leave a comment", "cancel reply", "comments",
        "comment", "post comment", "required fields are marked *", "name *", "email *", "website",
        "advertisement", "advertisement:", "sponsored", "sponsored content", "ad", "share this:",
        "share this", "share", "share:", "share this article", "share this story", "like this:",
        "like", "loading...", "loading…", "like loading...", "like loading…", "print this page", "post navigation", "previous post",
        "next post", "previous article", "next article", "skip to content", "menu", "search",
        "home", "tags", "tags:", "δ", "continue reading", "show comments", "view comments",
        "follow us", "follow us:", "newsletter", "scroll to top", "back to top", "top stories",
        "more", "close", "©", "all rights reserved",
    ]

    /// A bound on the UTF-8 length of a key equal to a member of the sets above, so that a
    /// paragraph is not hashed three times. String equality is canonical equivalence, but a
    /// member's scalars (ASCII, `δ`, `©`, `…`, `–`) have no decomposed forms longer than four
    /// bytes each.
    private static let maxWholeKeyBytes = 4 * (relatedHeaders.union(whole).union(networks).map { $0.unicodeScalars.count }.max() ?? 0)

    /// The first scalars of `prefixes`. `hasPrefix` compares characters up to canonical
    /// equivalence, but no other character is equivalent to these ASCII letters and marks.
    private static let prefixStarts = Set(prefixes.compactMap(\.unicodeScalars.first))

    /// Leading phrases of short furniture lines.
    private static let prefixes: [String] = [
        "read more:", "read more »", "read more ", "read also:", "also read:", "see also:",
        "related:", "click to share", "click to email", "click to print", "click to tweet",
        "share on ", "share via ", "subscribe ", "subscribe:", "sign up for ", "sign up to ",
        "follow us on ", "follow @", "required fields are marked", "save my name, email",
        "this entry was posted in ", "posted in ", "filed under ", "tagged ", "tags: ",
        "previous post:", "next post:", "previous article:", "next article:", "copyright ",
        "© ", "all rights reserved", "get our newsletter", "join our newsletter", "download our app",
        "advertisement -", "advertisement –", "- advertisement", "story continues below",
        "article continues below", "you may also like:", "watch:", "listen:", "listen to this article",
    ]
}
