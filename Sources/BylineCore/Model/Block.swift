/// One unit of story text in reading order.
public struct Block: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case paragraph, subhead, quote, caption
    }

    public var kind: Kind
    /// The text as shown to the reader, with furniture, markup and credits removed.
    public var text: String
    /// Where `text` begins in the file's text, counted in Unicode scalars, when `text` is an
    /// exact slice of it. Lets entity offsets be reported against the file as read.
    public var sourceOffset: Int?

    public init(kind: Kind, text: String, sourceOffset: Int? = nil) {
        self.kind = kind
        self.text = text
        self.sourceOffset = sourceOffset
    }
}
