/// A run of tokens that may name a person, place or organisation, and what is known of it.
struct Candidate: Sendable {
    /// The tokens of the name itself.
    var range: Range<Int>
    /// The tokens of a capitalised title written just before the name (`Kazakh President`).
    var titleRange: Range<Int>?
    /// The kind decided so far; nil when the run names nothing (or something else, such as a
    /// nationality or an event).
    var kind: Entity.Kind?
    /// How sure `kind` is: 0 none, 1 a guess from weak cues, 2 one clear cue, 3 lexicon or
    /// several cues. With `kind` nil, 3 says the run is surely none of the three (a work's
    /// title, a character of fiction), which later stages leave alone.
    var confidence: Int = 0
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

    init(range: Range<Int>, titleRange: Range<Int>? = nil, kind: Entity.Kind? = nil, confidence: Int = 0, origin: Origin = .text) {
        self.range = range
        self.titleRange = titleRange
        self.kind = kind
        self.confidence = confidence
        self.origin = origin
    }
}
