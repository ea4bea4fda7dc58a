/// Where article scrapers put each part of a report, and how to read each field's shapes.
///
/// Names come from newspaper3k (`text`, `authors`, `publish_date`, `top_image`), news-please
/// (`maintext`, `date_publish`, `image_url`), trafilatura, Mozilla Readability (`content`,
/// `textContent`, `excerpt`), schema.org (`headline`, `articleBody`, `datePublished`), the
/// WordPress REST API (`{"rendered": "…"}` values) and news APIs (`urlToImage`).
/// Keys are compared without regard to case; earlier names win.
enum ScraperFields {
    static let titleKeys = ["title", "headline"]
    static let bodyKeys = ["text", "body", "content", "maintext", "article", "articleBody", "textContent",
                           "article_text", "full_text", "fulltext", "paragraphs"]
    static let authorKeys = ["authors", "author", "byline", "creator", "author_name"]
    static let dateKeys = ["date", "publish_date", "date_publish", "published", "datePublished", "published_at",
                           "publishedAt", "date_published", "publication_date", "pubDate", "published_date"]
    static let urlKeys = ["url", "source_url", "link", "canonical_link", "canonical_url", "permalink", "article_url"]
    static let topImageKeys = ["top_image", "image_url", "urlToImage", "lead_image_url", "image", "top_img"]
    static let imagesKeys = ["images", "image_list", "media"]
    static let imageCaptionsKeys = ["image_captions", "captions"]
    static let descriptionKeys = ["description", "summary", "excerpt", "dek", "standfirst", "abstract", "subtitle"]
    static let tagKeys = ["tags", "keywords", "meta_keywords", "categories"]

    /// The title, with character references decoded.
    static func title(_ record: JSONValue) -> String? {
        record.member(titleKeys).flatMap(text)?.normalizedSpacing.nonEmptyText
    }

    /// The body field's raw value, which may be text, HTML, or a list of paragraphs.
    static func bodyValue(_ record: JSONValue) -> JSONValue? {
        guard let value = record.member(bodyKeys) else { return nil }
        if let rendered = value["rendered"] { return rendered }
        switch value {
        case .string(let s) where s.normalizedSpacing.isEmpty: return nil
        case .array(let items) where items.isEmpty: return nil
        default: return value
        }
    }

    /// The byline: `authors` as a list of names or of `{"name": …}` objects, or one string.
    static func byline(_ record: JSONValue) -> String? {
        guard let value = record.member(authorKeys) else { return nil }
        return BylineNames.join(names(in: value))
    }

    /// The date as written, and the day it names when it can be read.
    static func date(_ record: JSONValue) -> (text: String, day: ArticleDate?)? {
        guard let value = record.member(dateKeys) else { return nil }
        switch value {
        case .int, .double:
            return (value.scalarText ?? "", value.number.flatMap(PublishedDate.fromTimestamp))
        case .string(let s) where !s.normalizedSpacing.isEmpty:
            let written = s.normalizedSpacing
            if written.allSatisfy(\.isNumber), let seconds = Double(written) { return (written, PublishedDate.fromTimestamp(seconds)) }
            return (written, PublishedDate.parse(written))
        case .object:
            // `{"$date": "…"}` from MongoDB exports.
            return value.member(["$date", "date", "value"]).flatMap { date(.object([("date", $0)])) }
        default:
            return nil
        }
    }

    static func source(_ record: JSONValue) -> String? {
        record.member(urlKeys).flatMap(text)?.normalizedSpacing.nonEmptyText
    }

    /// The standfirst or summary a scraper kept beside the body.
    static func description(_ record: JSONValue) -> String? {
        record.member(descriptionKeys).flatMap(text)?.normalizedSpacing.nonEmptyText
    }

    /// Tags from a list or a comma-separated string, in order, without repeats.
    static func tags(_ record: JSONValue) -> [String] {
        guard let value = record.member(tagKeys) else { return [] }
        let raw: [String]
        switch value {
        case .string(let s): raw = s.split(separator: ",").map(String.init)
        case .array(let items): raw = items.compactMap { $0.scalarText ?? $0["name"].flatMap(text) }
        default: raw = []
        }
        var seen = Set<String>()
        return raw.map { HTMLEntities.decode($0).normalizedSpacing }.filter { !$0.isEmpty && seen.insert($0.lowercased()).inserted }
    }

    /// Text from a string, a WordPress `{"rendered": …}` object, or a number; references
    /// such as `&#8217;` that scrapers leave in are decoded.
    static func text(_ value: JSONValue) -> String? {
        if let rendered = value["rendered"] { return text(rendered) }
        return value.scalarText.map(HTMLEntities.decode)
    }

    /// Names from a string, a `{"name": …}` object, or a list of either. A string holding
    /// several names (`Ana Ruiz and Tomás Vidal`) is kept whole.
    private static func names(in value: JSONValue) -> [String] {
        switch value {
        case .string(let s): return [s]
        case .object: return value.member(["name", "full_name", "display_name"]).flatMap(text).map { [$0] } ?? []
        case .array(let items): return items.flatMap(names)
        default: return []
        }
    }
}
