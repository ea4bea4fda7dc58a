/// Turns one scraper record (a JSON object) into an article.
struct ScraperRecord {
    var fields: JSONValue

    /// Why a record gave no article.
    struct Unusable: Error {
        var reason: String
    }

    /// The article, or why there is none (a record with neither a title nor any text).
    ///
    /// A record without a body still gives an article, listed under its title, with a
    /// warning; unknown fields are ignored.
    func article(id: String, path: String, warnings inherited: [String]) throws(Unusable) -> Article {
        var warnings = inherited
        var story = WebStoryBuilder()
        var pendingCaptions = ScraperImages.captions(fields)
        let description = ScraperFields.description(fields)
        let body = ScraperFields.bodyValue(fields)

        if let description, !(body.map { Self.bodyMentions($0, description) } ?? false) {
            story.add(.paragraph, description)
        }
        switch body {
        case .string(let text)?:
            if HTMLFragment.looksLikeHTML(text) {
                if let missing = LibXML2.unavailable { warnings.append("no story text: the body is HTML; \(missing)") }
                HTMLFragment.add(text, to: &story, captions: &pendingCaptions)
            } else {
                PlainBody.add(text, to: &story, captions: &pendingCaptions)
            }
        case .array(let items)?:
            let texts = items.compactMap(ScraperFields.text)
            PlainBody.add(texts.joined(separator: "\n\n"), to: &story, captions: &pendingCaptions)
        case nil:
            warnings.append("no story text: the record has none of the fields " + Self.bodyFieldList)
        default:
            warnings.append("no story text: the body field holds neither text nor a list of paragraphs")
        }
        for caption in pendingCaptions {
            story.addCaption(alt: caption.alt, text: caption.text, credit: caption.credit, image: caption.image)
        }

        let title = ScraperFields.title(fields)
        guard let shownTitle = title ?? story.derivedTitle else {
            let found = fields.keys.prefix(8).joined(separator: ", ")
            throw Unusable(reason: "no title and no story text" + (found.isEmpty ? " (the object is empty)" : " (fields: \(found))"))
        }
        let date = ScraperFields.date(fields)
        if let date, date.day == nil { warnings.append("date “\(date.text)” is not a date Byline can read") }
        return Article(
            id: id, path: path, format: .json, title: shownTitle, titleDerived: title == nil,
            date: date?.day, dateText: date?.text, byline: ScraperFields.byline(fields),
            source: ScraperFields.source(fields), dateline: story.dateline, blocks: story.blocks,
            captions: story.captions, tags: ScraperFields.tags(fields), warnings: warnings)
    }

    /// `text, body, content, maintext or article`: the usual names, for the warning.
    private static let bodyFieldList = ScraperFields.bodyKeys.prefix(4).joined(separator: ", ") + " or " + ScraperFields.bodyKeys[4]

    /// Whether the body already holds the description (which is then not shown twice).
    /// Descriptions cut short with an ellipsis are compared without it.
    private static func bodyMentions(_ body: JSONValue, _ description: String) -> Bool {
        let stem = description.strippingEnds(".…· ").normalizedSpacing
        guard !stem.isEmpty else { return true }
        let text: String
        switch body {
        case .string(let s): text = s
        case .array(let items): text = items.compactMap(ScraperFields.text).joined(separator: " ")
        default: return false
        }
        return HTMLEntities.decode(text).normalizedSpacing.contains(stem)
    }
}
