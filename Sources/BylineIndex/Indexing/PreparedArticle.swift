import BylineCore
import Foundation

/// A report turned into the values its rows need, computed on a parsing thread so that the
/// writing thread only binds and steps statements.
public struct PreparedArticle: Sendable {
    public var key: String
    public var ordinal: Int
    public var format: String
    public var title: String
    public var titleDerived: Bool
    public var date: String?
    public var dateText: String?
    public var byline: String?
    public var source: String?
    public var dateline: String?
    public var body: String
    /// `BlockLayout`, encoded.
    public var blocks: String
    public var personCount: Int
    public var details: String
    /// The front matter's tags, folded (`NameFolding`) and without repeats, for `tag:`.
    public var tags: [String]
    public var entities: [PreparedEntity]
    /// What reading the report noticed: another encoding, damaged bytes, an unreadable date.
    public var warnings: [String]

    public struct PreparedEntity: Sendable {
        public var key: String
        public var kind: String
        public var name: String
        public var aliasList: [String]
        public var roleList: [String]
        /// `aliasList` and `roleList` as JSON arrays of strings, nil when empty (most entities
        /// have no alias or no role).
        public var aliases: String?
        public var roles: String?
        public var mentions: [Mention]
        /// Block-relative sentence bounds, parallel to `mentions`.
        public var sentences: [Range<Int>]
    }

    /// The separator between blocks in `body`: a line break, so that a snippet never runs
    /// two blocks' words together.
    public static let blockSeparator = "\n"

    public init(_ article: Article, ordinal: Int) {
        let article = Self.withoutNUL(article)
        key = article.id
        self.ordinal = ordinal
        format = article.format.rawValue
        title = article.title
        titleDerived = article.titleDerived
        date = article.date?.iso
        dateText = article.dateText
        byline = article.byline
        source = article.source
        dateline = article.dateline
        var body = ""
        var lengths: [Int] = []
        var offset = 0
        for (i, block) in article.blocks.enumerated() {
            if i > 0 {
                body += Self.blockSeparator
                offset += Self.blockSeparator.unicodeScalars.count
            }
            let length = ScalarText.count(block.text)
            body += block.text
            lengths.append(length)
            offset += length
        }
        self.body = body
        blocks = BlockLayout(kinds: article.blocks.map(\.kind), lengths: lengths).encoded
        details = ArticleDetails(article: article).encoded()
        var seenTags = Set<String>()
        tags = article.tags.map(NameFolding.fold).filter { !$0.isEmpty && seenTags.insert($0).inserted }
        entities = Self.prepareEntities(article.entities, blocks: article.blocks, lengths: lengths, captions: article.captions)
        personCount = entities.reduce(0) { $0 + ($1.kind == Entity.Kind.person.rawValue ? 1 : 0) }
        warnings = article.warnings
    }

    /// The report with every NUL shown as `␀`. SQLite stores a NUL inside text, but text read
    /// back (GRDB's `String(cString:)`) ends at it, which lost the rest of the body and every
    /// block after it. A NUL means nothing in a report, every front end shows it as `␀`
    /// anyway, and one scalar for another keeps every block length and mention offset.
    static func withoutNUL(_ article: Article) -> Article {
        func clean(_ s: String) -> String {
            guard ScalarText.containsNUL(s) else { return s }
            return String(String.UnicodeScalarView(s.unicodeScalars.map { $0 == "\0" ? "\u{2400}" : $0 }))
        }
        // Almost no report has a NUL: then nothing is copied.
        guard hasNUL(article) else { return article }
        var a = article
        a.title = clean(a.title)
        a.dateText = a.dateText.map(clean)
        a.byline = a.byline.map(clean)
        a.source = a.source.map(clean)
        a.dateline = a.dateline.map(clean)
        for i in a.blocks.indices { a.blocks[i].text = clean(a.blocks[i].text) }
        for i in a.captions.indices {
            a.captions[i].alt = a.captions[i].alt.map(clean)
            a.captions[i].text = clean(a.captions[i].text)
            a.captions[i].credit = a.captions[i].credit.map(clean)
        }
        for i in a.entities.indices {
            a.entities[i].name = clean(a.entities[i].name)
            a.entities[i].aliases = a.entities[i].aliases.map(clean)
            a.entities[i].roles = a.entities[i].roles.map(clean)
        }
        for i in a.quotes.indices {
            a.quotes[i].speaker = a.quotes[i].speaker.map(clean)
            a.quotes[i].text = clean(a.quotes[i].text)
        }
        a.tags = a.tags.map(clean)
        a.warnings = a.warnings.map(clean)
        return a
    }

    /// Whether any string `withoutNUL` cleans holds a NUL.
    private static func hasNUL(_ a: Article) -> Bool {
        func has(_ s: String?) -> Bool { s.map(ScalarText.containsNUL) ?? false }
        return has(a.title) || has(a.dateText) || has(a.byline) || has(a.source) || has(a.dateline)
            || a.blocks.contains { has($0.text) }
            || a.captions.contains { has($0.alt) || has($0.text) || has($0.credit) }
            || a.entities.contains { has($0.name) || $0.aliases.contains(where: has) || $0.roles.contains(where: has) }
            || a.quotes.contains { has($0.speaker) || has($0.text) }
            || a.tags.contains(where: has) || a.warnings.contains(where: has)
    }

    /// One prepared entity per key (a recogniser may give a key twice; the first wins and
    /// takes the other's mentions), keeping only mentions that lie inside their block.
    private static func prepareEntities(_ entities: [Entity], blocks: [Block], lengths: [Int], captions: [Caption]) -> [PreparedEntity] {
        // The length of each caption's credit, by the caption's block.
        var credits: [Int: Int] = [:]
        for caption in captions { if let credit = caption.credit { credits[caption.blockIndex] = ScalarText.count(credit) } }
        var byKey: [String: Int] = [:]
        var merged: [Entity] = []
        for entity in entities where !entity.key.isEmpty {
            if let at = byKey[entity.key] {
                merged[at].mentions += entity.mentions
                for alias in [entity.name] + entity.aliases where alias != merged[at].name && !merged[at].aliases.contains(alias) {
                    merged[at].aliases.append(alias)
                }
                for role in entity.roles where !merged[at].roles.contains(role) { merged[at].roles.append(role) }
            } else {
                byKey[entity.key] = merged.count
                merged.append(entity)
            }
        }
        var sentenceFinders: [Int: SentenceBounds] = [:]
        return merged.map { entity in
            var seen = Set<Mention>()
            var mentions: [Mention] = []
            var sentences: [Range<Int>] = []
            for mention in entity.mentions.sorted(by: { ($0.block, $0.start) < ($1.block, $1.start) })
            where mention.inCredit && mention.start >= 0 && mention.start < mention.end && mention.end <= (credits[mention.block] ?? 0)
                && seen.insert(mention).inserted {
                // A photo credit is its own sentence: its offsets are in the credit, not the block.
                mentions.append(mention)
                sentences.append(0..<credits[mention.block]!)
            }
            for mention in entity.mentions.sorted(by: { ($0.block, $0.start) < ($1.block, $1.start) })
            where !mention.inCredit && lengths.indices.contains(mention.block) && mention.start >= 0 && mention.start < mention.end
                && mention.end <= lengths[mention.block] && seen.insert(Mention(block: mention.block, start: mention.start, end: 0)).inserted {
                let finder = sentenceFinders[mention.block] ?? SentenceBounds(blocks[mention.block].text)
                sentenceFinders[mention.block] = finder
                mentions.append(mention)
                sentences.append(finder.sentence(around: mention.start, mention.end))
            }
            // In block order, a block's credit after its text.
            let order = mentions.indices.sorted { (mentions[$0].block, mentions[$0].inCredit ? 1 : 0, mentions[$0].start) < (mentions[$1].block, mentions[$1].inCredit ? 1 : 0, mentions[$1].start) }
            mentions = order.map { mentions[$0] }
            sentences = order.map { sentences[$0] }
            return PreparedEntity(key: entity.key, kind: entity.kind.rawValue, name: entity.name,
                                  aliasList: entity.aliases, roleList: entity.roles,
                                  aliases: jsonArray(entity.aliases), roles: jsonArray(entity.roles),
                                  mentions: mentions, sentences: sentences)
        }
    }

    static func jsonArray(_ strings: [String]) -> String? {
        strings.isEmpty ? nil : JSONValue.array(strings.map(JSONValue.string)).serialized()
    }
}
