/// The schema.org description of an article that pages embed as
/// `<script type="application/ld+json">`.
struct JSONLD: Equatable {
    var headline: String?
    var datePublished: String?
    var authors: [String] = []
    var url: String?
    var keywords: [String] = []
    var articleBody: String?
    var publisher: String?

    /// Types that describe the page's story, in schema.org's article family.
    static let articleTypes: Set<String> = [
        "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
        "backgroundnewsarticle", "reviewnewsarticle", "askpublicnewsarticle", "advertisercontentarticle",
        "satiricalarticle", "blogposting", "liveblogposting", "discussionforumposting", "socialmediaposting",
        "report", "scholarlyarticle", "medicalscholarlyarticle", "techarticle",
    ]

    /// The first article described in the page's JSON-LD blocks, or nil when there is none.
    /// `scripts` are the page's `<script>` elements, in page order.
    /// Blocks that are not valid JSON are ignored, as browsers and search engines do.
    ///
    /// - Parameter documentTitle: the page's `<title>` without the site's name, which decides between an article's
    ///   `name` and `headline` when they differ (sites put the SEO title in one of them).
    init?(scripts: [Int], of page: PageTree, documentTitle: String? = nil) {
        let blocks = scripts.filter { page.attribute($0, "type")?.lowercased().normalizedSpacing == "application/ld+json" }
        for script in blocks {
            guard let tree = try? JSONParser.parse(Self.unwrapped(page.textContent(script))) else { continue }
            if let article = Self.objects(in: tree).first(where: Self.isArticle) {
                self.init(article, documentTitle: documentTitle)
                return
            }
        }
        return nil
    }

    /// The JSON inside a script that pages written as XHTML wrap in `<![CDATA[ … ]]>` (or in
    /// an HTML comment, for old browsers), which is not JSON itself.
    static func unwrapped(_ script: String) -> String {
        var text = script.drop(while: \.isWhitespace)
        while let last = text.last, last.isWhitespace { text = text.dropLast() }
        for (open, close) in [("<![CDATA[", "]]>"), ("<!--", "-->")] where text.hasPrefix(open) {
            text = text.dropFirst(open.count)
            if text.hasSuffix(close) { text = text.dropLast(close.count) }
        }
        return String(text)
    }

    private init(_ object: JSONValue, documentTitle: String?) {
        let name = object["name"].flatMap(ScraperFields.text)?.normalizedSpacing.nonEmptyText
        let headline = object["headline"].flatMap(ScraperFields.text)?.normalizedSpacing.nonEmptyText
        if let name, let headline, name != headline, let documentTitle {
            let headlineMatches = TextSimilarity.of(headline, documentTitle) > 0.75
            self.headline = headlineMatches && !(TextSimilarity.of(name, documentTitle) > 0.75) ? headline : name
        } else {
            self.headline = headline ?? name
        }
        datePublished = object["datePublished"]?.scalarText?.normalizedSpacing.nonEmptyText
        authors = object["author"].map(Self.names) ?? []
        url = object["url"].flatMap(ScraperFields.text) ?? object["mainEntityOfPage"].flatMap { $0.string ?? $0["@id"]?.string }
        articleBody = object["articleBody"].flatMap(ScraperFields.text)
        publisher = object["publisher"].flatMap { $0.string ?? $0["name"]?.string }?.normalizedSpacing.nonEmptyText
        switch object["keywords"] {
        case .string(let s)?: keywords = s.split(separator: ",").map(\.normalizedSpacing).filter { !$0.isEmpty }
        case .array(let items)?: keywords = items.compactMap(\.string).map(\.normalizedSpacing).filter { !$0.isEmpty }
        default: break
        }
    }

    /// Every object in a block: the block itself, the items of a list, and an `@graph`.
    private static func objects(in tree: JSONValue) -> [JSONValue] {
        switch tree {
        case .array(let items): return items.flatMap(objects)
        case .object: return [tree] + (tree["@graph"]?.array ?? []).flatMap(objects)
        default: return []
        }
    }

    private static func isArticle(_ object: JSONValue) -> Bool {
        let types: [String]
        switch object["@type"] {
        case .string(let s)?: types = [s]
        case .array(let items)?: types = items.compactMap(\.string)
        default: types = []
        }
        return types.contains { articleTypes.contains($0.lowercased()) }
    }

    private static func names(_ value: JSONValue) -> [String] {
        switch value {
        case .string(let s): return [s]
        case .object: return value["name"].flatMap(ScraperFields.text).map { [$0] } ?? []
        case .array(let items): return items.flatMap(names)
        default: return []
        }
    }
}
