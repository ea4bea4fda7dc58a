/// A text prepared for entity recognition: its scalars, tokens, and what the lexicons say of
/// each word. Everything later stages read, computed once.
struct TextDocument {
    let scalars: [Unicode.Scalar]
    let tokens: [Token]
    /// Lexicon classes per token (empty for punctuation and numbers).
    let classes: [WordClass]
    /// Census scores of capitalised words, looked up once.
    private let censusInfo: [CensusNames.Info?]
    let lexicon: Lexicon

    init(_ text: String, lexicon: Lexicon = .shared) {
        self.init(scalars: ScalarText.scalars(of: text), lexicon: lexicon)
    }

    init(scalars: [Unicode.Scalar], lexicon: Lexicon = .shared) {
        self.scalars = scalars
        self.lexicon = lexicon
        var tokens = scalars.withUnsafeBufferPointer { lexicon.tokenizer.tokenize($0) }
        SentenceMarker.mark(&tokens)
        self.tokens = tokens
        classes = tokens.map { $0.kind == .word ? lexicon.classes($0.key) : [] }
        censusInfo = tokens.map { $0.kind == .word && $0.shape != .lower ? lexicon.census($0.key) : nil }
    }

    var count: Int { tokens.count }

    /// The text of tokens `range`, as written.
    func text(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return text(scalarRange: tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end)
    }

    func text(scalarRange: Range<Int>) -> String {
        ScalarText.string(scalars[scalarRange])
    }

    /// The text of one token without an abbreviation's full stop.
    func word(_ i: Int) -> String {
        let t = tokens[i]
        let end = t.flags.contains(.abbreviation) && scalars[t.end - 1] == "." ? t.end - 1 : t.end
        return text(scalarRange: t.start..<end)
    }

    /// Census scores of the word at `i`; nil for lower-case words, which are never names here.
    func census(_ i: Int) -> CensusNames.Info? {
        censusInfo[i]
    }

    /// The phrase key of tokens `range` (a single word's key when the range has one token).
    func phraseKey(_ range: Range<Int>) -> UInt64 {
        var key = tokens[range.lowerBound].key
        for i in (range.lowerBound + 1)..<range.upperBound { key = TokenKey.phrase(key, tokens[i].key) }
        return key
    }

    /// What the lexicon says of tokens `range` as a whole: word classes for one token, phrase
    /// classes for more.
    func lexiconClasses(_ range: Range<Int>) -> WordClass {
        range.count == 1 ? classes[range.lowerBound] : lexicon.phrase(phraseKey(range))
    }

    func isPunctuation(_ i: Int, _ scalar: Unicode.Scalar) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].kind == .punctuation && tokens[i].first == scalar
    }

    func has(_ i: Int, _ c: WordClass) -> Bool {
        i >= 0 && i < tokens.count && !classes[i].isDisjoint(with: c)
    }

    /// A plural word for the people of a known place (`Londoners`, `Berliners`, `Parisians`):
    /// the place's name with `-ers`, `-ians`, `-ites` or `-eans`.
    func isDemonym(_ i: Int) -> Bool {
        guard i >= 0, i < tokens.count else { return false }
        let t = tokens[i]
        guard t.kind == .word, t.shape == .capitalised, t.length >= 7, scalars[t.end - 1] == "s" else { return false }
        return scalars.withUnsafeBufferPointer { s in
            for suffix in Self.demonymEndings where t.length > suffix.count + 3 {
                let stem = t.end - suffix.count
                guard (0..<suffix.count).allSatisfy({ s[stem + $0] == suffix[$0] }) else { continue }
                if lexicon.classes(TokenKey.word(s, t.start..<stem)).contains(.place) { return true }
            }
            return false
        }
    }

    private static let demonymEndings: [[Unicode.Scalar]] = ["ers", "ians", "ites", "eans"].map { Array($0.unicodeScalars) }

    /// A word starting with a capital on a line in ordinary case.
    func isCapitalised(_ i: Int) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].isCapitalisedWord && !tokens[i].isCaseless
    }
}
