/// An image's caption, split into the parts scrapers tend to glue together.
///
///     Protesters in Almaty, KazakhstanProtesters take part … [Abduaziz Madyarov/AFP]
///     alt: "Protesters in Almaty, Kazakhstan"
///     text: "Protesters take part …"
///     credit: "Abduaziz Madyarov/AFP"
public struct Caption: Sendable, Equatable, Codable {
    /// The image's alternative text, when the report carries one.
    public var alt: String?
    public var text: String
    /// The photo credit without its brackets.
    public var credit: String?
    /// The index in `Article.blocks` of the `.caption` block that shows this caption.
    public var blockIndex: Int
    /// The image address, when the format records one.
    public var image: String?

    public init(alt: String? = nil, text: String, credit: String? = nil, blockIndex: Int, image: String? = nil) {
        self.alt = alt
        self.text = text
        self.credit = credit
        self.blockIndex = blockIndex
        self.image = image
    }
}
