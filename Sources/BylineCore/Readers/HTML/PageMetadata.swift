/// What a page says about its story outside the story text: title, date, byline, canonical
/// address and tags, from `<meta>`, `<title>`, `<link>`, `<time>`, `rel=author` and JSON-LD.
struct PageMetadata {
    var title: String?
    var dateText: String?
    var byline: String?
    var source: String?
    var tags: [String] = []
    var jsonLD: JSONLD?

    /// - Parameter root: the story element (see `StoryRoot`), searched first for `<h1>` and
    ///   `<time>`.
    init(page: HTMLElement, root: HTMLElement) {
        let meta = Self.metaValues(in: page)
        func first(_ keys: [String]) -> String? {
            for key in keys {
                if let value = meta[key]?.first(where: { !$0.isEmpty }) { return value }
            }
            return nil
        }
        jsonLD = JSONLD(page: page)

        let heading = (root.first { $0.name == "h1" } ?? page.first { $0.name == "h1" && !PageFurniture.isFurniture($0) })?.text.nonEmptyText
        let siteName = first(["og:site_name", "application-name"]) ?? jsonLD?.publisher
        let rawTitle = first(["og:title", "twitter:title"]) ?? page.first { $0.name == "title" }?.text.nonEmptyText
        title = rawTitle.map { PageTitle.clean($0, siteName: siteName, heading: heading) }.flatMap(\.nonEmptyText)
            ?? heading ?? jsonLD?.headline

        let time = root.first { $0.name == "time" && $0[attribute: "datetime"] != nil }
        dateText = first(["article:published_time", "og:article:published_time"]) ?? jsonLD?.datePublished
            ?? first(["datepublished"]) ?? time?[attribute: "datetime"]
            ?? first(["publish-date", "pubdate", "date", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date"])
        dateText = dateText?.normalizedSpacing.nonEmptyText

        let authorLinks = page.descendants.filter { $0.name == "a" && Self.relations($0).contains("author") }.map(\.text)
        byline = BylineNames.join(meta["author"] ?? [])
            ?? BylineNames.join(meta["article:author"] ?? [])
            ?? BylineNames.join(jsonLD?.authors ?? [])
            ?? BylineNames.join(authorLinks)
            ?? BylineNames.join((meta["parsely-author"] ?? []) + (meta["sailthru.author"] ?? []) + (meta["dc.creator"] ?? []))

        let canonical = page.first { $0.name == "link" && Self.relations($0).contains("canonical") }?[attribute: "href"]
        source = (canonical?.normalizedSpacing.nonEmptyText ?? first(["og:url"]) ?? jsonLD?.url)?.normalizedSpacing.nonEmptyText

        let keywords = (meta["keywords"] ?? []).flatMap { $0.split(separator: ",").map(String.init) }
        var seen = Set<String>()
        for tag in (meta["article:tag"] ?? []) + keywords + (jsonLD?.keywords ?? []) {
            let cleaned = tag.normalizedSpacing
            if !cleaned.isEmpty, seen.insert(cleaned.lowercased()).inserted { tags.append(cleaned) }
        }
    }

    /// `<meta>` contents by lower-cased `property`, `name` or `itemprop`, in page order.
    private static func metaValues(in page: HTMLElement) -> [String: [String]] {
        var values: [String: [String]] = [:]
        for meta in page.elements(named: "meta") {
            guard let content = meta[attribute: "content"] else { continue }
            for attribute in ["property", "name", "itemprop"] {
                if let key = meta[attribute: attribute]?.lowercased().normalizedSpacing, !key.isEmpty {
                    values[key, default: []].append(content.normalizedSpacing)
                }
            }
        }
        return values
    }

    /// The words of a `rel` attribute, lower-cased.
    private static func relations(_ element: HTMLElement) -> [String] {
        (element[attribute: "rel"] ?? "").lowercased().split(separator: " ").map(String.init)
    }
}
