import BylineCore
import Foundation

/// The parts of a report the index stores as one JSON value because nothing queries them:
/// captions (whose text is already a block), quotes (whose words are already in a block),
/// tags and reading warnings.
///
/// Captions and quotes are positional arrays rather than objects, since a report has several
/// and their key names would take a few percent of the database:
///
///     {"captions":[[2,null,"Cranes at rest","Mariana Costa/Reuters",null]],
///      "quotes":[["Amara Okafor",5,1,94],[null,7,"words not found in the block"]]}
public struct ArticleDetails: Decodable, Sendable, Equatable {
    var captions: [StoredCaption] = []
    var quotes: [StoredQuote] = []
    public var tags: [String] = []
    public var warnings: [String] = []

    /// A caption without its text when the text is exactly its block's:
    /// `[block, text, alt, credit, image]`.
    struct StoredCaption: Decodable, Sendable, Equatable {
        var block: Int
        var text: String?
        var alt: String?
        var credit: String?
        var image: String?

        init(block: Int, text: String? = nil, alt: String? = nil, credit: String? = nil, image: String? = nil) {
            self.block = block
            self.text = text
            self.alt = alt
            self.credit = credit
            self.image = image
        }

        var json: JSONValue {
            .array([.int(block), .optional(text), .optional(alt), .optional(credit), .optional(image)])
        }

        init(from decoder: any Decoder) throws {
            var c = try decoder.unkeyedContainer()
            block = try c.decode(Int.self)
            text = try c.decodeIfPresent(String.self)
            alt = try c.decodeIfPresent(String.self)
            credit = try c.decodeIfPresent(String.self)
            image = try c.decodeIfPresent(String.self)
        }
    }

    /// A quote by its place in its block when the words are found there,
    /// `[speaker, block, start, length]`, by its words otherwise, `[speaker, block, text]`.
    struct StoredQuote: Decodable, Sendable, Equatable {
        var speaker: String?
        var block: Int
        var start: Int?
        var length: Int?
        var text: String?

        init(speaker: String?, block: Int, start: Int? = nil, length: Int? = nil, text: String? = nil) {
            self.speaker = speaker
            self.block = block
            self.start = start
            self.length = length
            self.text = text
        }

        var json: JSONValue {
            if let start, let length {
                return .array([.optional(speaker), .int(block), .int(start), .int(length)])
            }
            return .array([.optional(speaker), .int(block), .optional(text)])
        }

        init(from decoder: any Decoder) throws {
            var c = try decoder.unkeyedContainer()
            speaker = try c.decodeIfPresent(String.self)
            block = try c.decode(Int.self)
            if let start = try? c.decode(Int.self) {
                self.start = start
                length = try c.decode(Int.self)
            } else {
                text = try c.decodeIfPresent(String.self)
            }
        }
    }

    init(article: Article) {
        captions = article.captions.map { caption in
            let blockText = article.blocks.indices.contains(caption.blockIndex) ? article.blocks[caption.blockIndex].text : nil
            return StoredCaption(block: caption.blockIndex, text: caption.text == blockText ? nil : caption.text,
                                 alt: caption.alt, credit: caption.credit, image: caption.image)
        }
        quotes = article.quotes.map { quote in
            if article.blocks.indices.contains(quote.block), !quote.text.isEmpty,
               let start = Self.scalarOffset(of: quote.text, in: article.blocks[quote.block].text) {
                return StoredQuote(speaker: quote.speaker, block: quote.block, start: start, length: ScalarText.count(quote.text))
            }
            return StoredQuote(speaker: quote.speaker, block: quote.block, text: quote.text)
        }
        tags = article.tags
        warnings = article.warnings
    }

    /// Where Foundation's `range(of:)` finds `needle` in `text`, in scalars.
    ///
    /// Foundation compares up to canonical equivalence, through NSString. When both texts keep
    /// to printable scalars that have no other canonically equivalent spelling among themselves
    /// (Latin letters, Latin-1, quotation marks and dashes: no controls, combining marks, soft
    /// hyphens or singletons), that is comparing bytes, and the first byte match is its answer;
    /// other texts still ask Foundation.
    static func scalarOffset(of needle: String, in text: String) -> Int? {
        func isPlain(_ s: String) -> Bool {
            s.unicodeScalars.allSatisfy { scalar in
                let v = scalar.value
                return (0x20...0x7E).contains(v) || (0xA0...0x2FF).contains(v) && v != 0xAD || (0x2010...0x2027).contains(v)
            }
        }
        guard isPlain(needle) && isPlain(text) else {
            guard let range = text.range(of: needle) else { return nil }
            return text.unicodeScalars.distance(from: text.startIndex, to: range.lowerBound)
        }
        let hay = Array(text.utf8), pattern = Array(needle.utf8)
        guard pattern.count <= hay.count else { return nil }
        var scalars = 0
        for i in 0...(hay.count - pattern.count) {
            if hay[i] & 0xC0 == 0x80 { continue }  // inside a scalar
            if hay[i] == pattern[0] && hay[i..<i + pattern.count].elementsEqual(pattern) { return scalars }
            scalars += 1
        }
        return nil
    }

    init(captions: [StoredCaption] = [], quotes: [StoredQuote] = [], tags: [String] = [], warnings: [String] = []) {
        self.captions = captions
        self.quotes = quotes
        self.tags = tags
        self.warnings = warnings
    }

    /// The captions again, taking text from the blocks where it was left out.
    public func captions(blocks: [Block]) -> [Caption] {
        captions.map { stored in
            let text = stored.text ?? (blocks.indices.contains(stored.block) ? blocks[stored.block].text : "")
            return Caption(alt: stored.alt, text: text, credit: stored.credit, blockIndex: stored.block, image: stored.image)
        }
    }

    /// The quotes again, taking words from the blocks where they were left out.
    public func quotes(blocks: [Block]) -> [Quote] {
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

    /// Compact JSON; empty lists are left out, since most reports have no tags or warnings.
    /// Written with `JSONValue` because `JSONEncoder` costs more than parsing the report.
    func encoded() -> String {
        var pairs: [(String, JSONValue)] = []
        if !captions.isEmpty { pairs.append(("captions", .array(captions.map(\.json)))) }
        if !quotes.isEmpty { pairs.append(("quotes", .array(quotes.map(\.json)))) }
        if !tags.isEmpty { pairs.append(("tags", .array(tags.map(JSONValue.string)))) }
        if !warnings.isEmpty { pairs.append(("warnings", .array(warnings.map(JSONValue.string)))) }
        return JSONValue.object(pairs).serialized()
    }

    public static func decode(_ json: String) -> ArticleDetails {
        (try? JSONDecoder().decode(ArticleDetails.self, from: Data(json.utf8))) ?? ArticleDetails()
    }

    enum CodingKeys: String, CodingKey { case captions, quotes, tags, warnings }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        captions = try c.decodeIfPresent([StoredCaption].self, forKey: .captions) ?? []
        quotes = try c.decodeIfPresent([StoredQuote].self, forKey: .quotes) ?? []
        tags = try c.decodeIfPresent([String].self, forKey: .tags) ?? []
        warnings = try c.decodeIfPresent([String].self, forKey: .warnings) ?? []
    }
}
