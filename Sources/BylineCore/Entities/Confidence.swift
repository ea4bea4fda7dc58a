/// How sure the recogniser is of a candidate's kind. Later stages (the document resolver, list
/// coordination, sports context) only overrule a decision weaker than the one they bring.
///
/// With no kind, `certain` says the run is surely none of the three (a work's title, a
/// character of fiction), and later stages leave it alone.
enum Confidence: Int, Comparable, Sendable {
    /// Nothing decided.
    case none = 0
    /// A guess from weak cues: a name-like run with no clear evidence, or a kind voted by the
    /// rest of the document.
    case guess = 1
    /// One clear cue: a title before a person, a head word, a context such as `shares in`.
    case clear = 2
    /// A lexicon entry, a dateline or several cues together.
    case certain = 3

    static func < (a: Confidence, b: Confidence) -> Bool { a.rawValue < b.rawValue }

    /// Its weight when the mentions of one phrase vote on its kind across a document.
    var vote: Int { rawValue }
}
