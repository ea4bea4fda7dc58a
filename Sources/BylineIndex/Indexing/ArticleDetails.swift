import BylineCore
import Foundation

/// The parts of a report the index stores as one JSON value because nothing queries them:
/// captions (whose text is already a block), quotes, tags and reading warnings.
struct ArticleDetails: Decodable, Sendable, Equatable {
    var captions: [StoredCaption] = []
    var quotes: [Quote] = []
    var tags: [String] = []
    var warnings: [String] = []

    /// A caption without its text when the text is exactly its block's.
    struct StoredCaption: Codable, Sendable, Equatable {
        var block: Int
        var text: String?
        var alt: String?
        var credit: String?
        var image: String?
    }

    init(article: Article) {
        captions = article.captions.map { caption in
            let blockText = article.blocks.indices.contains(caption.blockIndex) ? article.blocks[caption.blockIndex].text : nil
            return StoredCaption(block: caption.blockIndex, text: caption.text == blockText ? nil : caption.text,
                                 alt: caption.alt, credit: caption.credit, image: caption.image)
        }
        quotes = article.quotes
        tags = article.tags
        warnings = article.warnings
    }

    init(captions: [StoredCaption] = [], quotes: [Quote] = [], tags: [String] = [], warnings: [String] = []) {
        self.captions = captions
        self.quotes = quotes
        self.tags = tags
        self.warnings = warnings
    }

    /// The captions again, taking text from the blocks where it was left out.
    func captions(blocks: [Block]) -> [Caption] {
        captions.map { stored in
            let text = stored.text ?? (blocks.indices.contains(stored.block) ? blocks[stored.block].text : "")
            return Caption(alt: stored.alt, text: text, credit: stored.credit, blockIndex: stored.block, image: stored.image)
        }
    }

    /// Compact JSON; empty lists are left out, since most reports have no tags or warnings.
    /// Written with `JSONValue` because `JSONEncoder` costs more than parsing the report.
    func encoded() -> String {
        var pairs: [(String, JSONValue)] = []
        if !captions.isEmpty {
            pairs.append(("captions", .array(captions.map { c in
                var fields: [(String, JSONValue)] = [("block", .int(c.block))]
                if let text = c.text { fields.append(("text", .string(text))) }
                if let alt = c.alt { fields.append(("alt", .string(alt))) }
                if let credit = c.credit { fields.append(("credit", .string(credit))) }
                if let image = c.image { fields.append(("image", .string(image))) }
                return .object(fields)
            })))
        }
        if !quotes.isEmpty {
            pairs.append(("quotes", .array(quotes.map {
                .object([("speaker", .optional($0.speaker)), ("text", .string($0.text)), ("block", .int($0.block))])
            })))
        }
        if !tags.isEmpty { pairs.append(("tags", .array(tags.map(JSONValue.string)))) }
        if !warnings.isEmpty { pairs.append(("warnings", .array(warnings.map(JSONValue.string)))) }
        return JSONValue.object(pairs).serialized()
    }

    static func decode(_ json: String) -> ArticleDetails {
        (try? JSONDecoder().decode(ArticleDetails.self, from: Data(json.utf8))) ?? ArticleDetails()
    }

    enum CodingKeys: String, CodingKey { case captions, quotes, tags, warnings }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        captions = try c.decodeIfPresent([StoredCaption].self, forKey: .captions) ?? []
        quotes = try c.decodeIfPresent([Quote].self, forKey: .quotes) ?? []
        tags = try c.decodeIfPresent([String].self, forKey: .tags) ?? []
        warnings = try c.decodeIfPresent([String].self, forKey: .warnings) ?? []
    }
}
