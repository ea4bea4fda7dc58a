/// Settles candidates with what the whole document says.
///
/// News names a person in full once and by surname after, so a clear person's name and its
/// endings (`Phil Simmons` → `Simmons`) make the same words a person everywhere in the
/// document. A name classified with evidence in one place lends its kind to the same name
/// where evidence is missing. Headlines in capitals are matched against both and against the
/// place and organisation lexicons.
struct DocumentResolver {
    let doc: TextDocument

    func resolve(_ candidates: inout [Candidate]) {
        var people: [UInt64: Confidence] = [:]   // phrase key → best confidence of the person
        var givenNames = Set<UInt64>()            // first words of people's full names
        var companies = Set<UInt64>()             // `Ruch` of `Ruch SA`, `Gulf Meridian` of `Gulf Meridian Lines`
        var votes: [UInt64: [Int]] = [:]          // phrase key → confidence-weighted votes per kind
        var nicknames = Set<UInt64>()             // `Eagles` of `Philadelphia Eagles`
        for c in candidates where c.kind == .person && c.confidence == .guess {
            // A weakly recognised person still explains a bare surname that nothing else claims.
            for key in aliasKeys(c.range) where people[key] == nil { people[key] = .guess }
        }
        for c in candidates {
            if c.kind == .organisation, let nickname = teamNickname(c.range) { nicknames.insert(nickname) }
            guard let kind = c.kind, c.confidence >= .clear else { continue }
            if kind == .person {
                for key in aliasKeys(c.range) { people[key] = max(people[key] ?? .none, c.confidence) }
                if c.range.count >= 2 && doc.tokens[c.range.lowerBound].shape == .capitalised { givenNames.insert(doc.tokens[c.range.lowerBound].key) }
            }
            votes[doc.phraseKey(c.range), default: [0, 0, 0]][Self.index(kind)] += c.confidence.vote
            if kind == .organisation, c.range.count >= 2, let last = c.range.last, Self.corporateSuffixes.contains(doc.tokens[last].key) {
                companies.insert(doc.phraseKey(c.range.lowerBound..<last))
            }
            if kind == .organisation, c.range.count >= 3, c.range.allSatisfy({ doc.tokens[$0].shape != .lower }) {
                companies.insert(doc.phraseKey(c.range.lowerBound..<(c.range.upperBound - 1)))
            }
        }
        for i in candidates.indices {
            let c = candidates[i]
            let key = doc.phraseKey(c.range)
            if c.range.count == 1, c.titleRange == nil, c.origin == .text, nicknames.contains(key) {
                // `the Eagles`, `said Eagles owner ...`: a team called by its nickname alone.
                candidates[i].kind = .organisation
                candidates[i].confidence = .clear
                continue
            }
            if c.kind != .person, let strength = people[key], overrides(c, personStrength: strength) {
                candidates[i].kind = .person
                candidates[i].confidence = .clear
                continue
            }
            if c.confidence <= .clear && c.kind != .organisation && c.kind != .person && companies.contains(key) {
                candidates[i].kind = .organisation
                candidates[i].confidence = .clear
                continue
            }
            if c.confidence <= .guess && c.kind != .person, isRelative(c.range, of: people) || (c.range.count == 1 && givenNames.contains(key)) {
                // `Naina Yeltsin` beside `Boris Yeltsin`; `Jansher` beside `Jansher Khan`.
                candidates[i].kind = .person
                candidates[i].confidence = .guess
                continue
            }
            if c.confidence <= .guess, let v = votes[key], let best = v.indices.max(by: { v[$0] < v[$1] }), v[best] >= 2 {
                candidates[i].kind = Self.kinds[best]
                candidates[i].confidence = .guess
            }
        }
        candidates.append(contentsOf: headlineCandidates(people: people, votes: votes))
        candidates.sort { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// Whether a name known as a person's should make candidate `c` a person.
    private func overrides(_ c: Candidate, personStrength: Confidence) -> Bool {
        // A film or novel called by a person's name stays a work (`" Ada Lindqvist "`).
        if c.kind == nil && c.confidence >= .certain { return false }
        if personStrength < .clear {
            // A weak person explains only a bare word that opens a sentence (`Okafor, a lawyer`).
            return c.kind == nil && c.range.count == 1 && doc.tokens[c.range.lowerBound].isSentenceStart
        }
        if c.confidence < .certain { return true }
        // A lexicon place or organisation of one word yields only to a strong person
        // (`Jordan` after `Michael Jordan`), and never after a preposition of place.
        let before = c.range.lowerBound - 1
        return c.range.count == 1 && personStrength >= .certain
            && !(doc.has(before, .placePreposition) && doc.tokens[before].shape == .lower)
    }

    /// A capitalised name of two or more words ending in a known person's surname, not opening
    /// with a place (`Philadelphia Eagles` is a team, whatever `Eagles` said).
    private func isRelative(_ r: Range<Int>, of people: [UInt64: Confidence]) -> Bool {
        guard r.count >= 2, let last = r.last, doc.tokens[last].kind == .word,
              (people[doc.tokens[last].key] ?? .none) >= .clear, !opensWithPlace(r) else { return false }
        return r.allSatisfy { doc.tokens[$0].shape != .lower || doc.has($0, .particle) }
    }

    /// The key of `Eagles` in `Philadelphia Eagles`: a place and a capitalised plural make a
    /// team's (or band's) name, and the plural alone names it too.
    private func teamNickname(_ r: Range<Int>) -> UInt64? {
        guard r.count >= 2, let last = r.last, doc.tokens[last].shape == .capitalised, doc.tokens[last].length >= 4,
              doc.scalars[doc.tokens[last].end - 1] == "s", doc.scalars[doc.tokens[last].end - 2] != "s",
              !doc.has(last, [.orgHead, .placeHead, .nationality, .common, .givenName]),
              (doc.census(last)?.surname ?? 0) < 5, (doc.census(last)?.firstName ?? 0) < 5,
              opensWithPlace(r) else { return nil }
        return doc.tokens[last].key
    }

    /// Whether `r` opens with a known place that is not also a given name (`Georgia`).
    private func opensWithPlace(_ r: Range<Int>) -> Bool {
        let first = r.lowerBound
        if doc.has(first, .givenName) || (doc.census(first)?.firstName ?? 0) > 0 { return false }
        return (first + 1..<r.upperBound).contains { doc.lexiconClasses(first..<$0).contains(.place) }
    }

    /// The keys a person may be called by later: the full name and each ending of it
    /// (`José Ignacio Peña Álvarez` → `Ignacio Peña Álvarez`, `Peña Álvarez`, `Álvarez`),
    /// particles kept with what follows them (`van der Berg`).
    private func aliasKeys(_ r: Range<Int>) -> [UInt64] {
        var keys = [doc.phraseKey(r)]
        for s in (r.lowerBound + 1)..<r.upperBound {
            let t = doc.tokens[s]
            if t.shape == .initial || doc.has(s, .nameSuffix) { continue }
            if s > r.lowerBound && doc.has(s - 1, .particle) && doc.tokens[s - 1].shape == .lower { continue }
            if t.kind == .word { keys.append(doc.phraseKey(s..<r.upperBound)) }
        }
        return keys
    }

    /// Legal-form words whose removal leaves the company's usual short name.
    private static let corporateSuffixes: Set<UInt64> = Set(["inc", "corp", "co", "ltd", "plc", "sa", "ag", "nv", "bv", "spa", "gmbh", "llc", "group", "holdings"].map(TokenKey.word))

    private static let kinds: [Entity.Kind] = [.person, .place, .organisation]

    private static func index(_ kind: Entity.Kind) -> Int {
        switch kind {
        case .person: return 0
        case .place: return 1
        case .organisation: return 2
        }
    }

    // MARK: Headlines

    /// Names in lines written in capitals: the longest run of words that the document names
    /// elsewhere, or that the lexicons know as a place or organisation.
    private func headlineCandidates(people: [UInt64: Confidence], votes: [UInt64: [Int]]) -> [Candidate] {
        var out: [Candidate] = []
        var i = 0
        let n = doc.count
        while i < n {
            guard doc.tokens[i].isCaseless, doc.tokens[i].kind == .word, !doc.has(i, .function) else {
                i += 1
                continue
            }
            var matched: Candidate?
            var end = min(n, i + max(4, doc.lexicon.longestPhrase))
            while end > i {
                let r = i..<end
                if r.allSatisfy({ doc.tokens[$0].isCaseless && doc.tokens[$0].kind == .word }) {
                    let key = doc.phraseKey(r)
                    if people[key] != nil {
                        matched = Candidate(range: r, kind: .person, confidence: .clear, origin: .headline)
                    } else if let v = votes[key], let best = v.indices.max(by: { v[$0] < v[$1] }), v[best] >= 2 {
                        matched = Candidate(range: r, kind: Self.kinds[best], confidence: .clear, origin: .headline)
                    } else {
                        let classes = doc.lexiconClasses(r)
                        if classes.contains(.place) { matched = Candidate(range: r, kind: .place, confidence: .clear, origin: .headline) }
                        else if classes.contains(.organisation) { matched = Candidate(range: r, kind: .organisation, confidence: .clear, origin: .headline) }
                    }
                    if matched != nil { break }
                }
                end -= 1
            }
            if let m = matched {
                out.append(m)
                i = m.range.upperBound
            } else {
                i += 1
            }
        }
        return out
    }
}
