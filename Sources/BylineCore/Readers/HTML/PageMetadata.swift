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

    init(page: HTMLElement) {
        let meta = Self.metaValues(in: page)
        func first(_ keys: [String]) -> String? {
            for key in keys {
                if let value = meta[key]?.last(where: { !$0.isEmpty }) { return HTMLEntities.decode(value).normalizedSpacing }
            }
            return nil
        }
        let documentTitle = page.first { $0.name == "title" }?.text.nonEmptyText
        let headings = page.descendants.filter { ($0.name == "h1" || $0.name == "h2") && !PageFurniture.isFurniture($0) }.map(\.text)
        let metaSiteName = first(["og:site_name", "application-name"])
        // JSON-LD's `name` and `headline` are told apart by the `<title>` without the site's name.
        jsonLD = JSONLD(page: page, documentTitle: documentTitle.map { PageTitle.clean($0, siteName: metaSiteName, headings: headings) })
        siteName = jsonLD?.publisher ?? metaSiteName
        language = page[attribute: "lang"]?.normalizedSpacing.nonEmptyText ?? first(["og:locale", "language", "dc:language"])

        title = jsonLD?.headline
            ?? first(["dc:title", "dcterm:title", "og:title", "weibo:article:title", "weibo:webpage:title", "title", "twitter:title", "parsely-title"])
            ?? documentTitle.map { PageTitle.clean($0, siteName: siteName, headings: headings) }.flatMap(\.nonEmptyText)
            ?? page.descendants.first { $0.name == "h1" && !PageFurniture.isFurniture($0) }?.text.nonEmptyText
        title = title?.nonEmptyText

        let time = (page.first { $0.name == "article" } ?? page).first { $0.name == "time" && $0[attribute: "datetime"] != nil }
        dateText = first(["article:published_time", "og:article:published_time"]) ?? jsonLD?.datePublished
            ?? first(["datepublished"]) ?? time?[attribute: "datetime"]
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
        authorLinks = BylineNames.list(page.descendants.filter { $0.name == "a" && Self.relations($0).contains("author") }.map(\.text))

        let canonical = page.first { $0.name == "link" && Self.relations($0).contains("canonical") }?[attribute: "href"]
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
    private static func metaValues(in page: HTMLElement) -> [String: [String]] {
        var values: [String: [String]] = [:]
        for meta in page.elements(named: "meta") {
            guard let content = meta[attribute: "content"] else { continue }
            var keys: [Substring] = []
            for attribute in ["property", "name", "itemprop"] {
                if let value = meta[attribute: attribute] { keys += value.split(whereSeparator: \.isWhitespace) }
            }
            for key in Set(keys.map { String($0.lowercased().map { $0 == "." ? ":" : $0 }) }) {
                values[key, default: []].append(content.normalizedSpacing)
            }
        }
        return values
    }

    /// The words of a `rel` attribute, lower-cased.
    private static func relations(_ element: HTMLElement) -> [String] {
        (element[attribute: "rel"] ?? "").lowercased().split(separator: " ").map(String.init)
    }
}
