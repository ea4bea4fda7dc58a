/// Words a report puts in someone's mouth.
public struct Quote: Sendable, Equatable, Codable {
    /// The canonical name of the speaker, or nil when the text does not say who spoke.
    public var speaker: String?
    /// The quoted words without their quotation marks.
    public var text: String
    /// The block holding the quote.
    public var block: Int

    public init(speaker: String?, text: String, block: Int) {
        self.speaker = speaker
        self.text = text
        self.block = block
    }
}
