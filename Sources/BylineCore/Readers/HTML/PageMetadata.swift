/// What a page says about its story outside the story text: title, date, byline, canonical
/// address, site name, language and tags, from JSON-LD, `<meta>` (Open Graph, `article:`,
/// Dublin Core, Parse.ly), `<title>`, `<h1>`, `<link>`, `<time>` and `rel=author`.
struct PageMetadata {
    var title: String?
    var dateText: String?
    /// The authors the page's metadata names, as a list (`Ana Ruiz, Tomás Vidal`).
    var byline: String?
    /// The text of the page's `rel=author` links: the byline of last resort, after the
    /// metadata and the story's own byline element.
    var authorLinks: String?
    var source: String?
    var siteName: String?
    var language: String?
    var tags: [String] = []
    var jsonLD: JSONLD?

    init(page: PageTree) {
        let root = page.root
        func isFurniture(_ index: Int) -> Bool { PageFurniture.isFurniture(name: page.name(index), attributes: page.attributes(index)) }
        // One walk finds every element read below, in page order.
        let found = page.elements(in: root, named: ["title", "h1", "h2", "article", "time", "a", "link", "meta", "script"])
        func named(_ name: String) -> [Int] { found.filter { page.name($0) == name } }
        let meta = Self.metaValues(of: named("meta"), in: page)
        func first(_ keys: [String]) -> String? {
            for key in keys {
                if let value = meta[key]?.last(where: { !$0.isEmpty }) { return HTMLEntities.decode(value).normalizedSpacing }
            }
            return nil
        }
        let documentTitle = found.first { page.name($0) == "title" }.map(page.innerText)?.nonEmptyText
        let headings = found.filter { (page.name($0) == "h1" || page.name($0) == "h2") && !isFurniture($0) }.map(page.innerText)
        let metaSiteName = first(["og:site_name", "application-name"])
        // JSON-LD's `name` and `headline` are told apart by the `<title>` without the site's name.
        let cleanTitle = documentTitle.map { PageTitle.clean($0, siteName: metaSiteName, headings: headings) }
        jsonLD = JSONLD(scripts: named("script"), of: page, documentTitle: cleanTitle)
        siteName = jsonLD?.publisher ?? metaSiteName
        language = page.attribute(root, "lang")?.normalizedSpacing.nonEmptyText ?? first(["og:locale", "language", "dc:language"])

        title = jsonLD?.headline
            ?? first(["dc:title", "dcterm:title", "og:title", "weibo:article:title", "weibo:webpage:title", "title", "twitter:title", "parsely-title"])
            ?? (siteName == metaSiteName ? cleanTitle : documentTitle.map { PageTitle.clean($0, siteName: siteName, headings: headings) })
                .flatMap(\.nonEmptyText)
            ?? found.first { page.name($0) == "h1" && !isFurniture($0) }.map(page.innerText)?.nonEmptyText
        title = title?.nonEmptyText

        // The first `<time datetime>` inside the first `<article>`, or in the page when it has none.
        let article = found.first { page.name($0) == "article" }
        let time = found.first { index in
            page.name(index) == "time" && page.attribute(index, "datetime") != nil && article.map { page.ancestors(index).contains($0) } != false
        }
        dateText = first(["article:published_time", "og:article:published_time"]) ?? jsonLD?.datePublished
            ?? first(["datepublished"]) ?? time.flatMap { page.attribute($0, "datetime") }
            ?? first(["publish-date", "pubdate", "date", "dc:date", "dc:date:issued", "dcterms:created", "sailthru:date", "parsely-pub-date"])
        dateText = dateText?.normalizedSpacing.nonEmptyText

        let articleAuthors = ((meta["article:author"] ?? []) + (meta["og:article:author"] ?? []))
            .filter { !$0.contains("://") && !$0.hasPrefix("www.") }
        byline = BylineNames.list(jsonLD?.authors ?? [])
            ?? BylineNames.list(meta["dc:creator"] ?? [])
            ?? BylineNames.list(meta["dcterm:creator"] ?? [])
            ?? BylineNames.list(meta["author"] ?? [])
            ?? BylineNames.list(meta["parsely-author"] ?? [])
            ?? BylineNames.list(articleAuthors)
            ?? BylineNames.list(meta["sailthru:author"] ?? [])
        let authors = named("a").filter { Self.relations(page.attribute($0, "rel")).contains("author") }
        authorLinks = BylineNames.list(authors.map(page.innerText))

        let canonical = named("link").first { Self.relations(page.attribute($0, "rel")).contains("canonical") }
            .flatMap { page.attribute($0, "href") }
        source = (canonical?.normalizedSpacing.nonEmptyText ?? first(["og:url"]) ?? jsonLD?.url)?.normalizedSpacing.nonEmptyText

        let keywords = (meta["keywords"] ?? []).flatMap { $0.split(separator: ",").map(String.init) }
        var seen = Set<String>()
        for tag in (meta["article:tag"] ?? []) + keywords + (jsonLD?.keywords ?? []) {
            let cleaned = tag.normalizedSpacing
            if !cleaned.isEmpty, seen.insert(cleaned.lowercased()).inserted { tags.append(cleaned) }
        }
    }

    /// `<meta>` contents by `property`, `name` or `itemprop`, in page order. Keys are
    /// lower-cased with `.` read as `:` (`DC.title` is `dc:title`); a `property` may name
    /// several keys at once (`property="og:title twitter:title"`).
    private static func metaValues(of metas: [Int], in page: PageTree) -> [String: [String]] {
        var values: [String: [String]] = [:]
        for meta in metas {
            guard let content = page.attribute(meta, "content") else { continue }
            var keys: [String] = []
            for attribute in ["property", "name", "itemprop"] {
                if let value = page.attribute(meta, attribute) { keys += metaKeys(value) }
            }
            for key in Set(keys) {
                values[key, default: []].append(content.normalizedSpacing)
            }
        }
        return values
    }

    /// The keys a `<meta>`'s `property`, `name` or `itemprop` gives: its words, lower-cased,
    /// with `.` read as `:` (`DC.date` is `dc:date`).
    static func metaKeys(_ value: String, readingBytes: Bool = true) -> [String] {
        // An ASCII value (all of them, in practice) is split and lower-cased on its bytes:
        // there each character but CR LF is one byte, and CR and LF are whitespace either way.
        // Asking Unicode about every character took half of reading a page's metadata.
        guard readingBytes, value.utf8.allSatisfy({ $0 < 0x80 }) else {
            return value.split(whereSeparator: \.isWhitespace).map { String($0.lowercased().map { $0 == "." ? ":" : $0 }) }
        }
        return value.utf8.split(whereSeparator: { $0 == 0x20 || (0x09...0x0D).contains($0) }).map { word in
            String(decoding: word.map { $0 == 0x2E ? 0x3A : (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }, as: UTF8.self)
        }
    }

    /// The words of a `rel` attribute, lower-cased.
    private static func relations(_ rel: String?) -> [String] {
        (rel ?? "").lowercased().split(separator: " ").map(String.init)
    }
}
