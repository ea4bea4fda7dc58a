/// Reads photo credits: `[Abduaziz Madyarov/AFP/Getty Images via AFP]` names a photographer
/// (a person) and the agencies that distributed the picture (organisations).
///
/// Parts are separated by `/`, `via`, `,` and `;`. A part that the lexicons know as an
/// organisation, that ends in an organisation's head word or is an acronym is an
/// organisation; a part of two to four capitalised words is the photographer; generic credit
/// words (`Staff`, `Handout`, `File`) are neither.
struct CreditParser {
    let doc: TextDocument

    /// Credits in square brackets in running text (the whole credit is `doc` when `bare`).
    /// Each returned candidate has origin `.credit`; `covered` holds the brackets' token ranges
    /// so candidates found there by other means can be dropped.
    func credits() -> (candidates: [Candidate], covered: [Range<Int>]) {
        var out: [Candidate] = []
        var covered: [Range<Int>] = []
        var i = 0
        while i < doc.count {
            guard doc.isPunctuation(i, "["), let close = closingBracket(after: i) else {
                i += 1
                continue
            }
            let inner = (i + 1)..<close
            if inner.contains(where: { doc.isPunctuation($0, "/") }) || inner.contains(where: { doc.has($0, .newsAgency) || doc.lexiconClasses($0..<($0 + 1)).contains(.organisation) }) {
                out.append(contentsOf: parts(inner))
                covered.append(i..<(close + 1))
            }
            i = close + 1
        }
        return (out, covered)
    }

    /// The people and organisations in a credit that fills `range` (without brackets).
    func parts(_ range: Range<Int>) -> [Candidate] {
        var out: [Candidate] = []
        var start = range.lowerBound
        for k in range.lowerBound...range.upperBound {
            if k == range.upperBound || isSeparator(k) {
                if let c = part(start..<k) { out.append(c) }
                start = k + 1
            }
        }
        return out
    }

    private func isSeparator(_ k: Int) -> Bool {
        let t = doc.tokens[k]
        if t.isPunctuation { return t.first == "/" || t.first == "," || t.first == ";" || t.first == "|" }
        return t.key == Self.via && t.shape == .lower
    }

    private func part(_ range: Range<Int>) -> Candidate? {
        guard !range.isEmpty, range.allSatisfy({ doc.tokens[$0].kind == .word }) else { return nil }
        if range.count == 1 && Self.generic.contains(doc.tokens[range.lowerBound].key) { return nil }
        let classes = doc.lexiconClasses(range)
        if classes.contains(.organisation) || doc.has(range.upperBound - 1, .orgHead)
            || (range.count == 1 && doc.tokens[range.lowerBound].shape == .upper) {
            return Candidate(range: range, kind: .organisation, confidence: .certain, origin: .credit)
        }
        let capitalised = range.allSatisfy { doc.tokens[$0].shape == .capitalised || doc.tokens[$0].shape == .initial || doc.has($0, .particle) }
        if capitalised && (2...4).contains(range.count) && !range.contains(where: { Self.generic.contains(doc.tokens[$0].key) }) {
            return Candidate(range: range, kind: .person, confidence: .certain, origin: .credit)
        }
        if capitalised { return Candidate(range: range, kind: .organisation, confidence: .clear, origin: .credit) }
        return nil
    }

    private func closingBracket(after i: Int) -> Int? {
        var k = i + 1
        while k < doc.count && k < i + 40 {
            if doc.tokens[k].flags.contains(.lineStart) { return nil }
            if doc.isPunctuation(k, "]") { return k }
            k += 1
        }
        return nil
    }

    private static let via = TokenKey.word("via")
    /// Credit words that name no one.
    private static let generic: Set<UInt64> = Set(["staff", "stringer", "handout", "file", "pool", "photo", "photos", "courtesy", "supplied", "archive", "illustration", "screenshot", "screengrab", "video", "image", "images"].map(TokenKey.word))
}
