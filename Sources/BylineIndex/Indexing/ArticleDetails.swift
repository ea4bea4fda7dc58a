import BylineCore
import Foundation

/// The parts of a report the index stores as one JSON value because nothing queries them:
/// captions (whose text is already a block), quotes, tags and reading warnings.
struct ArticleDetails: Decodable, Sendable, Equatable {
    var captions: [StoredCaption] = []
    var quotes: [StoredQuote] = []
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

    /// A quote by its place in its block when the words are found there, by its words otherwise.
    struct StoredQuote: Codable, Sendable, Equatable {
        var speaker: String?
        var block: Int
        var start: Int?
        var length: Int?
        var text: String?
    }

    init(article: Article) {
        captions = article.captions.map { caption in
            let blockText = article.blocks.indices.contains(caption.blockIndex) ? article.blocks[caption.blockIndex].text : nil
            return StoredCaption(block: caption.blockIndex, text: caption.text == blockText ? nil : caption.text,
                                 alt: caption.alt, credit: caption.credit, image: caption.image)
        }
        quotes = article.quotes.map { quote in
            if article.blocks.indices.contains(quote.block), !quote.text.isEmpty,
               let range = article.blocks[quote.block].text.range(of: quote.text) {
                let text = article.blocks[quote.block].text
                let start = text.unicodeScalars.distance(from: text.startIndex, to: range.lowerBound)
                return StoredQuote(speaker: quote.speaker, block: quote.block, start: start, length: quote.text.unicodeScalars.count)
            }
            return StoredQuote(speaker: quote.speaker, block: quote.block, text: quote.text)
        }
        tags = article.tags
        warnings = article.warnings
    }

    init(captions: [StoredCaption] = [], quotes: [StoredQuote] = [], tags: [String] = [], warnings: [String] = []) {
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
    /// The quotes again, taking words from the blocks where they were left out.
    func quotes(blocks: [Block]) -> [Quote] {
        quotes.map { stored in
            var text = stored.text ?? ""
            if let start = stored.start, let length = stored.length, blocks.indices.contains(stored.block) {
                let scalars = Array(blocks[stored.block].text.unicodeScalars)
                if start >= 0, start + length <= scalars.count {
                    text = String(String.UnicodeScalarView(scalars[start..<start + length]))
                }
            }
            return Quote(speaker: stored.speaker, text: text, block: stored.block)
        }
    }

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
            pairs.append(("quotes", .array(quotes.map { q in
                var fields: [(String, JSONValue)] = [("speaker", .optional(q.speaker)), ("block", .int(q.block))]
                if let start = q.start, let length = q.length { fields += [("start", .int(start)), ("length", .int(length))] }
                if let text = q.text { fields.append(("text", .string(text))) }
                return .object(fields)
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
        quotes = try c.decodeIfPresent([StoredQuote].self, forKey: .quotes) ?? []
        tags = try c.decodeIfPresent([String].self, forKey: .tags) ?? []
        warnings = try c.decodeIfPresent([String].self, forKey: .warnings) ?? []
    }
}
