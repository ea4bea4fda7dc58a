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
        let (key, simple) = normalized(line)
        if key.utf8.count <= maxWholeKeyBytes {
            if relatedHeaders.contains(key) { return .relatedList }
            if whole.contains(key) || networks.contains(key) { return .line }
        }
        // In a simple key every scalar is a character, so its first space is its first space byte.
        let firstSpace = simple ? key.utf8.firstIndex(of: 0x20) : key.firstIndex(of: " ")
        if isNetworkList(key, firstSpace: firstSpace) { return .line }
        if let first = key.unicodeScalars.first, prefixStarts.contains(first),
           prefixes.contains(where: { startsWith(key, $0) }), line.count <= 160 { return .line }
        if startsWith(key, "your email address will not be published") { return .line }
        if isCommentCount(key, firstSpace: firstSpace) { return .line }
        return nil
    }

    /// The longest line that may be furniture, in characters.
    static let maxLength = 400

    /// Lower-cased, with spacing collapsed and decorative marks (`»`, `•`, `|`) dropped; `simple`
    /// when it came from `simpleNormalized`.
    private static func normalized(_ line: String) -> (key: String, simple: Bool) {
        if let key = simpleNormalized(line) { return (key, true) }
        let words = line.lowercased().split(whereSeparator: { $0.isWhitespace || decorations.contains($0) })
        return (words.joined(separator: " "), false)
    }

    private static let decorations: Set<Character> = ["»", "«", "•", "|", "›", "▶", "→", "►", "·"]
    private static let decorationScalars: Set<UInt32> = Set(decorations.map { $0.unicodeScalars.first!.value })

    /// `normalized` for the common line, in one pass over its bytes: lower-cased scalar by
    /// scalar as `lowercased()` does, and when every scalar of the result is one that never
    /// joins its neighbours into a grapheme cluster (`LineShape.standsAlone`), its characters
    /// are its scalars and splitting on either gives the same words. Nil for any other line.
    private static func simpleNormalized(_ line: String) -> String? {
        var line = line
        return line.withUTF8 { bytes in
            var key = KeyBuilder()
            key.bytes.reserveCapacity(bytes.count)
            var i = 0
            while i < bytes.count {
                let byte = bytes[i]
                if byte < 0x80 {
                    key.add(ascii: byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
                    i += 1
                    continue
                }
                let (scalar, length) = ScalarText.decode(bytes, at: i)
                for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                    guard key.add(lower) else { return nil }
                }
                i += length
            }
            return String(decoding: key.bytes, as: UTF8.self)
        }
    }

    /// The UTF-8 of a key being built: words separated by one space.
    private struct KeyBuilder {
        var bytes: [UInt8] = []
        var pendingSpace = false

        /// Adds a lower-cased ASCII scalar; white space and `|` separate words.
        mutating func add(ascii byte: UInt8) {
            if (0x09...0x0D).contains(byte) || byte == 0x20 || byte == 0x7C {
                pendingSpace = !bytes.isEmpty
            } else {
                separate()
                bytes.append(byte)
            }
        }

        /// Adds a lower-cased scalar; false when it may join its neighbours into one character.
        mutating func add(_ scalar: Unicode.Scalar) -> Bool {
            let v = scalar.value
            if v < 0x80 {
                add(ascii: UInt8(v))
                return true
            }
            guard LineShape.standsAlone(v) else { return false }
            if scalar.properties.isWhitespace || decorationScalars.contains(v) {
                pendingSpace = !bytes.isEmpty
            } else {
                separate()
                bytes.append(contentsOf: UTF8.encode(scalar)!)
            }
            return true
        }

        /// Puts down the space owed before a word's next scalar.
        private mutating func separate() {
            if pendingSpace {
                bytes.append(0x20)
                pendingSpace = false
            }
        }
    }

    /// `key.hasPrefix(prefix)` for the leading phrases, mostly on bytes: their scalars (ASCII,
    /// `»`, `–`, `©`) have no other canonically equivalent spelling, so equal bytes are equal
    /// characters, unless the key goes on with a scalar that may extend the prefix's last
    /// character; only then is `hasPrefix` asked.
    private static func startsWith(_ key: String, _ prefix: String) -> Bool {
        guard key.utf8.first == prefix.utf8.first, key.utf8.starts(with: prefix.utf8) else { return false }
        guard let next = key.utf8.dropFirst(prefix.utf8.count).first, next >= 0x80 else { return true }
        return key.hasPrefix(prefix)
    }

    /// `Facebook Twitter WhatsApp` on one line: every word a network or sharing verb.
    private static func isNetworkList(_ key: String, firstSpace: String.Index?) -> Bool {
        // Most lines fail on their first word; only those are worth splitting whole.
        guard let firstSpace, isSharingWord(key[..<firstSpace]) else { return false }
        let words = key.split(separator: " ")
        return words.count >= 2 && words.allSatisfy(isSharingWord)
    }

    private static func isSharingWord(_ word: Substring) -> Bool {
        let word = word.trimmed(sharingWordMarks)
        return networks.contains(word) || word == "share" || word == "on"
    }

    private static let sharingWordMarks: Set<Character> = [",", ":", "(", ")"]

    /// `3 Comments`, `No comments yet`.
    private static func isCommentCount(_ key: String, firstSpace: String.Index?) -> Bool {
        // The first word decides most lines before the key is split.
        guard let firstSpace else { return false }
        let first = key[..<firstSpace]
        guard Int(first) != nil || first == "no" || first == "one" else { return false }
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
