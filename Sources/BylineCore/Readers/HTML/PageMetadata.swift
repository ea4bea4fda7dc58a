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
        func isFurniture(_ index: Int) -> Bool { PageFurniture.isFurniture(name: page.name(index), attributes: page[index].attributes) }
        let meta = Self.metaValues(in: page)
        func first(_ keys: [String]) -> String? {
            for key in keys {
                if let value = meta[key]?.last(where: { !$0.isEmpty }) { return HTMLEntities.decode(value).normalizedSpacing }
            }
            return nil
        }
        let documentTitle = page.first(in: root, named: ["title"]).map(page.innerText)?.nonEmptyText
        let headings = page.elements(in: root, named: ["h1", "h2"]).filter { !isFurniture($0) }.map(page.innerText)
        let metaSiteName = first(["og:site_name", "application-name"])
        // JSON-LD's `name` and `headline` are told apart by the `<title>` without the site's name.
        jsonLD = JSONLD(page: page, documentTitle: documentTitle.map { PageTitle.clean($0, siteName: metaSiteName, headings: headings) })
        siteName = jsonLD?.publisher ?? metaSiteName
        language = page.attribute(root, "lang")?.normalizedSpacing.nonEmptyText ?? first(["og:locale", "language", "dc:language"])

        title = jsonLD?.headline
            ?? first(["dc:title", "dcterm:title", "og:title", "weibo:article:title", "weibo:webpage:title", "title", "twitter:title", "parsely-title"])
            ?? documentTitle.map { PageTitle.clean($0, siteName: siteName, headings: headings) }.flatMap(\.nonEmptyText)
            ?? page.first(in: root, named: ["h1"], where: { !isFurniture($0) }).map(page.innerText)?.nonEmptyText
        title = title?.nonEmptyText

        let scope = page.first(in: root, named: ["article"]) ?? root
        let time = page.first(in: scope, named: ["time"], where: { page.attribute($0, "datetime") != nil })
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
        let authors = page.elements(in: root, named: ["a"]).filter { Self.relations(page.attribute($0, "rel")).contains("author") }
        authorLinks = BylineNames.list(authors.map(page.innerText))

        let canonical = page.first(in: root, named: ["link"], where: { Self.relations(page.attribute($0, "rel")).contains("canonical") })
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
    private static func metaValues(in page: PageTree) -> [String: [String]] {
        var values: [String: [String]] = [:]
        for meta in page.elements(in: page.root, named: ["meta"]) {
            guard let content = page.attribute(meta, "content") else { continue }
            var keys: [Substring] = []
            for attribute in ["property", "name", "itemprop"] {
                if let value = page.attribute(meta, attribute) { keys += value.split(whereSeparator: \.isWhitespace) }
            }
            for key in Set(keys.map { String($0.lowercased().map { $0 == "." ? ":" : $0 }) }) {
                values[key, default: []].append(content.normalizedSpacing)
            }
        }
        return values
    }

    /// The words of a `rel` attribute, lower-cased.
    private static func relations(_ rel: String?) -> [String] {
        (rel ?? "").lowercased().split(separator: " ").map(String.init)
    }
}
