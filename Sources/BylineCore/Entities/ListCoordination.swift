/// Names listed together are names of one kind: a team sheet (`Aamir Sohail , Saeed Anwar ,
/// Ijaz Ahmed`), a list of scorers (`Nicolas Ouedec ( 49th minute ) , Youri Djorkaeff ( 53rd )`).
/// When most of a list's names are clearly people, the unclassified rest are people too.
struct ListCoordination {
    let doc: TextDocument

    func apply(_ candidates: inout [Candidate]) {
        var i = 0
        while i < candidates.count {
            var j = i + 1
            while j < candidates.count && separatesListItems(candidates[j - 1].range.upperBound, candidates[j].range.lowerBound) { j += 1 }
            if j - i >= 3 { settle(&candidates, i..<j) }
            i = j
        }
    }

    private func settle(_ candidates: inout [Candidate], _ items: Range<Int>) {
        var people = 0, others = 0
        for k in items {
            guard let kind = candidates[k].kind, candidates[k].confidence >= .clear else { continue }
            if kind == .person { people += 1 } else { others += 1 }
        }
        guard people >= 2 && people > others * 2 else { return }
        for k in items where candidates[k].kind == nil && candidates[k].confidence < .certain || (candidates[k].confidence <= .guess && candidates[k].kind != .person) {
            let r = candidates[k].range
            if r.allSatisfy({ doc.tokens[$0].kind == .word && (doc.tokens[$0].shape != .lower || doc.has($0, .particle)) })
                && !doc.has(r.lowerBound, [.common, .nationality]) {
                candidates[k].kind = .person
                candidates[k].confidence = .guess
            }
        }
    }

    /// Whether the tokens between two names only separate list items: commas, `and`, numbers,
    /// brackets and dashes, and short statistics words; no sentence end or colon.
    private func separatesListItems(_ from: Int, _ to: Int) -> Bool {
        guard to > from, to - from <= 10 else { return false }
        var separator = false
        for k in from..<to {
            let t = doc.tokens[k]
            switch t.kind {
            case .number: continue
            case .punctuation:
                if t.first == "," || t.first == ";" { separator = true; continue }
                if t.first == "(" || t.first == ")" || ScalarClass.isDash(t.first) || t.first == "/" { continue }
                return false
            case .word:
                if t.key == Self.and { separator = true; continue }
                if Self.statistics.contains(t.key) || (t.shape == .lower && t.length <= 3 && doc.tokens[k - 1].kind == .number) { continue }
                return false
            }
        }
        return separator
    }

    private static let and = TokenKey.word("and")
    private static let statistics: Set<UInt64> = Set(["not", "out", "captain", "minute", "pen", "penalty", "og", "retired", "hurt", "b", "c", "lbw", "st", "run", "ht"].map(TokenKey.word))
}
