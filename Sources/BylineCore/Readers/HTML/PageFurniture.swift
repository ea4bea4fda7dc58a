/// Decides which parts of a page are site furniture rather than the story: scripts, styles,
/// navigation, headers and footers, asides, forms (comments, newsletter sign-ups), share
/// bars, cookie banners, hidden elements and the like.
enum PageFurniture {
    /// Whether `element` and everything inside it is furniture; with `byName` false, only its
    /// tag, role and visibility are judged, not its class and id.
    static func isFurniture(_ element: HTMLElement, byName: Bool = true) -> Bool {
        isFurniture(name: element.name, attributes: element.attributes, byName: byName)
    }

    /// `isFurniture` for an element given by its name and attributes (a `PageTree` node).
    static func isFurniture(name: String, attributes: HTMLAttributes, byName: Bool = true) -> Bool {
        if tags.contains(name) { return true }
        if let role = attributes["role"]?.lowercased(), roles.contains(role) { return true }
        if attributes["hidden"] != nil || attributes["aria-hidden"]?.lowercased() == "true" { return true }
        if let style = attributes["style"], styleHides(style) { return true }
        // `<article class="story has-sidebar-layout">` names its neighbours; the elements that
        // hold content by definition are judged by tag and role only.
        return byName && !contentTags.contains(name) && hasFurnitureName(attributes)
    }

    /// Whether an inline style hides the element (`display: none`, `visibility:hidden`),
    /// compared lower-cased and without whitespace.
    static func styleHides(_ style: String) -> Bool {
        guard style.utf8.allSatisfy({ $0 < 0x80 }) else {
            let compact = style.lowercased().filter { !$0.isWhitespace }
            return compact.contains("display:none") || compact.contains("visibility:hidden")
        }
        // ASCII (every real style): the same test on bytes, without the Unicode tables.
        var compact: [UInt8] = []
        compact.reserveCapacity(style.utf8.count)
        for byte in style.utf8 where byte != 0x20 && !(0x09...0x0D).contains(byte) { compact.append(byte) }
        return compact.withUnsafeBufferPointer { bytes in
            ContentHints.contains(bytes, hiddenDisplay) || ContentHints.contains(bytes, hiddenVisibility)
        }
    }

    private static let hiddenDisplay = Array("display:none".utf8)
    private static let hiddenVisibility = Array("visibility:hidden".utf8)

    /// A newsletter, subscription, cookie or paywall box, which scoring cannot tell from
    /// story: its text is prose and it holds few links.
    static func isSignUpBox(_ element: HTMLElement) -> Bool {
        guard !contentTags.contains(element.name) else { return false }
        // Each word of a class name or id is a piece of it: a class list and id that hold
        // none of the words, in any case, are not split into words to find that out.
        guard mayHoldSignUpWord(element[attribute: "class"]) || mayHoldSignUpWord(element[attribute: "id"]) else { return false }
        let names = element.classNames + (element[attribute: "id"].map { [Substring($0)] } ?? [])
        return names.contains { name in words(of: name).contains(where: signUpWords.contains) }
    }

    /// False when `value` is absent, or ASCII without any of `signUpWords` in it.
    private static func mayHoldSignUpWord(_ value: String?) -> Bool {
        guard var value else { return false }
        return value.withUTF8 { bytes in
            !bytes.allSatisfy { $0 < 0x80 } || signUpWordBytes.contains { ContentHints.contains(bytes, $0) }
        }
    }

    private static let signUpWordBytes = signUpWords.map { Array($0.utf8) }

    private static let signUpWords: Set<String> = ["newsletter", "subscribe", "subscription", "signup", "cookie", "cookies", "consent", "paywall"]

    private static let contentTags: Set<String> = ["article", "main", "body"]

    /// Whether the element's class or id names it as furniture (`share-bar`, `cookie_banner`,
    /// `c-newsletter`, `comments`). Names are cut at `-`, `_` and case changes and compared
    /// word by word, so `header-image` is not `ad` and `shareholders` is not `share`.
    ///
    /// State and modifier classes describe the element's neighbours, not the element:
    /// `has-comments`, `is-sharing` and the `--with-share` of `story--with-share` are ignored.
    static func hasFurnitureName(_ attributes: HTMLAttributes) -> Bool {
        let names = attributes.classNames + (attributes["id"].map { [Substring($0)] } ?? [])
        for name in names {
            let lowered = name.lowercased()
            if wholeNames.contains(lowered) { return true }
            if statePrefixes.contains(where: { lowered.hasPrefix($0) }) { continue }
            let block = name.split(separator: "--", omittingEmptySubsequences: false).first ?? name
            if words(of: block).contains(where: nameWords.contains) { return true }
        }
        return false
    }

    private static let statePrefixes = ["has-", "is-", "with-", "no-", "show-", "hide-", "js-", "u-", "l-"]

    /// `articleShareBar` → `article`, `share`, `bar`; `cookie_banner` → `cookie`, `banner`.
    static func words<S: StringProtocol>(of name: S) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        var previousWasLower = false
        func endWord() {
            if !current.isEmpty { words.append(String(current).lowercased()) }
            current = String.UnicodeScalarView()
        }
        for scalar in name.unicodeScalars {
            if scalar == "-" || scalar == "_" || scalar == ":" || scalar == "." {
                endWord()
                previousWasLower = false
                continue
            }
            // Class names are ASCII nearly always; the Unicode tables are asked only otherwise.
            let isUpper = scalar.isASCII ? (0x41...0x5A).contains(scalar.value) : scalar.properties.isUppercase
            if isUpper && previousWasLower { endWord() }
            current.append(scalar)
            previousWasLower = scalar.isASCII
                ? (0x61...0x7A).contains(scalar.value) || (0x30...0x39).contains(scalar.value)
                : scalar.properties.isLowercase || scalar.properties.numericType != nil
        }
        endWord()
        return words
    }

    private static let tags: Set<String> = [
        "script", "style", "noscript", "template", "link", "meta", "nav", "header", "footer", "aside",
        "form", "button", "input", "select", "textarea", "label", "iframe", "svg", "canvas", "object",
        "embed", "dialog", "menu", "audio", "video", "map", "head", "title",
    ]

    private static let roles: Set<String> = [
        "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog",
        "menu", "menubar", "toolbar", "form", "button",
    ]

    private static let wholeNames: Set<String> = [
        "sr-only", "visually-hidden", "screen-reader-text", "screenreader", "hidden", "skip-link",
        "ad", "ads", "adsbygoogle",
    ]

    private static let nameWords: Set<String> = [
        "share", "sharing", "sharebar", "social", "cookie", "cookies", "consent", "gdpr",
        "newsletter", "subscribe", "subscription", "signup", "comment", "comments", "respond", "disqus",
        "related", "recommended", "recirculation", "promo", "advert", "advertisement", "sponsor", "sponsored",
        "breadcrumb", "breadcrumbs", "nav", "navbar", "navigation", "menu", "sidebar", "footer", "masthead",
        "popup", "modal", "overlay", "paywall", "byline", "toolbar", "tags", "outbrain", "taboola",
        "meta", "timestamp", "pubdate", "ad", "ads",
    ]
}
