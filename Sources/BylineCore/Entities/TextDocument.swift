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
        self.init(scalars: Self.scalars(of: text), lexicon: lexicon)
    }

    /// The Unicode scalars of `text`, decoded straight from its UTF-8 (much faster than
    /// `Array(text.unicodeScalars)` for long texts).
    static func scalars(of text: String) -> [Unicode.Scalar] {
        var text = text
        return text.withUTF8 { bytes in
            var out: [Unicode.Scalar] = []
            out.reserveCapacity(bytes.count)
            var i = 0
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                if b < 0x80 {
                    out.append(Unicode.Scalar(b))
                    i += 1
                    continue
                }
                // Valid UTF-8 (a Swift string): the lead byte gives the length.
                let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
                var value = UInt32(b) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                for k in 1..<length where i + k < n { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
                out.append(Unicode.Scalar(value) ?? "\u{FFFD}")
                i += length
            }
            return out
        }
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
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[scalarRange])
        return String(out)
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

    /// A word starting with a capital on a line in ordinary case.
    func isCapitalised(_ i: Int) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].isCapitalisedWord && !tokens[i].isCaseless
    }
}
