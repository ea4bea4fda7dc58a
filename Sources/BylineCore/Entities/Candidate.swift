/// A run of tokens that may name a person, place or organisation, and what is known of it.
struct Candidate: Sendable {
    /// The tokens of the name itself.
    var range: Range<Int>
    /// The tokens of a capitalised title written just before the name (`Kazakh President`).
    var titleRange: Range<Int>?
    /// The kind decided so far; nil when the run names nothing (or something else, such as a
    /// nationality or an event).
    var kind: Entity.Kind?
    /// How sure `kind` is (see `Confidence`).
    var confidence: Confidence = .none
    /// Where the candidate came from when not from running text.
    var origin: Origin = .text

    enum Origin: Sendable {
        /// A run of capitalised words in ordinary text.
        case text
        /// A headline in capitals, matched against the rest of the document or the lexicons.
        case headline
        /// A photo credit (`[Abduaziz Madyarov/AFP/Getty Images via AFP]`).
        case credit
    }

    init(range: Range<Int>, titleRange: Range<Int>? = nil, kind: Entity.Kind? = nil, confidence: Confidence = .none, origin: Origin = .text) {
        self.range = range
        self.titleRange = titleRange
        self.kind = kind
        self.confidence = confidence
        self.origin = origin
    }
}
