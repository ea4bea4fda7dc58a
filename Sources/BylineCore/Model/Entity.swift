/// A person, place or organisation named in a report.
public struct Entity: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case person, place, organisation
    }

    /// The fullest form of the name found in the report (`Kassym-Jomart Tokayev`).
    public var name: String
    public var kind: Kind
    /// Other spellings as written in the report (`Tokayev`, `Forestier – Walker`), without `name`.
    public var aliases: [String]
    /// Titles and appositions (`Kazakh President`, `photographer`), most specific first.
    public var roles: [String]
    /// The key that makes the same entity in two reports one entity across the corpus.
    public var key: String
    public var mentions: [Mention]

    /// The first role, as `show --json` prints it.
    public var role: String? { roles.first }

    public init(name: String, kind: Kind, aliases: [String] = [], roles: [String] = [], key: String, mentions: [Mention] = []) {
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.roles = roles
        self.key = key
        self.mentions = mentions
    }
}

/// Where an entity is named: a block and a range of Unicode scalar offsets in that block's text.
public struct Mention: Sendable, Equatable, Hashable, Codable {
    public var block: Int
    /// Unicode scalar offsets into `Article.blocks[block].text`, end exclusive; for a mention
    /// in a photo credit, into the credit of the caption shown by that block.
    public var start: Int
    public var end: Int
    /// True when the name is in the photo credit of the caption at `block` (a photographer or
    /// agency), not in the block's text.
    public var inCredit: Bool

    public init(block: Int, start: Int, end: Int, inCredit: Bool = false) {
        self.block = block
        self.start = start
        self.end = end
        self.inCredit = inCredit
    }

    private enum CodingKeys: String, CodingKey {
        case block, start, end, inCredit
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        block = try c.decode(Int.self, forKey: .block)
        start = try c.decode(Int.self, forKey: .start)
        end = try c.decode(Int.self, forKey: .end)
        inCredit = try c.decodeIfPresent(Bool.self, forKey: .inCredit) ?? false
    }
}
