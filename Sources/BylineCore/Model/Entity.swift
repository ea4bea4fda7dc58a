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
    /// Unicode scalar offsets into `Article.blocks[block].text`, end exclusive.
    public var start: Int
    public var end: Int

    public init(block: Int, start: Int, end: Int) {
        self.block = block
        self.start = start
        self.end = end
    }
}
