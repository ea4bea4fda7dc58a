/// One word, number or punctuation mark of a text, located by Unicode-scalar offsets.
struct Token: Sendable {
    enum Kind: UInt8, Sendable {
        case word, number, punctuation
    }

    /// What the letters of a word look like; only words have a shape other than `.other`.
    enum Shape: UInt8, Sendable {
        /// `said`, `de`
        case lower
        /// `Tokayev`, `Kassym-Jomart`, `al-Assad`, `McCague`
        case capitalised
        /// `CSTO`, `U.S.`, `LONDON`: two or more letters, all upper case
        case upper
        /// `M.`: one capital letter and a full stop
        case initial
        case other
    }

    struct Flags: OptionSet, Sendable {
        let rawValue: UInt8
        /// First token on its line.
        static let lineStart = Flags(rawValue: 1 << 0)
        /// First token after a blank line (or of the text).
        static let blockStart = Flags(rawValue: 1 << 1)
        /// White space separates this token from the one before.
        static let spaceBefore = Flags(rawValue: 1 << 2)
        /// First word of a sentence, where capitals say nothing about names.
        static let sentenceStart = Flags(rawValue: 1 << 3)
        /// On a line written all in capitals (a headline), where case says nothing either.
        static let caseless = Flags(rawValue: 1 << 4)
        /// An abbreviation whose full stop the token includes (`Mr.`, `Inc.`).
        static let abbreviation = Flags(rawValue: 1 << 5)
    }

    var start: Int
    var end: Int
    var kind: Kind
    var shape: Shape
    var flags: Flags
    /// The folded hash of the text (`TokenKey.word`); for punctuation, the scalar's value.
    var key: UInt64
    /// The first scalar, which is all punctuation needs.
    var first: Unicode.Scalar

    var length: Int { end - start }
    var isWord: Bool { kind == .word }
    var isPunctuation: Bool { kind == .punctuation }
    var isSentenceStart: Bool { flags.contains(.sentenceStart) }
    var isCaseless: Bool { flags.contains(.caseless) }

    /// A word that starts with a capital on a line with ordinary case.
    var isCapitalisedWord: Bool {
        kind == .word && (shape == .capitalised || shape == .upper || shape == .initial)
    }
}
