/// Sports reports name clubs by their city or county (`Surrey beat Warwickshire`,
/// `San Francisco 6 NEW YORK 4`): there the place stands for its team, an organisation.
/// Countries stay places, as news annotation treats national teams.
struct SportsContext {
    let doc: TextDocument
    /// Whether the document reads as a sports report: at least two distinct sports words.
    let isSports: Bool

    init(_ doc: TextDocument) {
        self.doc = doc
        var seen = Set<UInt64>()
        for (i, t) in doc.tokens.enumerated() where doc.classes[i].contains(.sportsWord) {
            seen.insert(t.key)
            if seen.count >= 2 { break }
        }
        isSports = seen.count >= 2
    }

    /// Turns places that stand for teams into organisations, and gives unclassified names in
    /// team positions the kind organisation. A place named as a team once is a team wherever
    /// no preposition of place or venue marks it as the place.
    func apply(_ candidates: inout [Candidate]) {
        guard isSports else { return }
        var teams = Set<UInt64>()
        for i in candidates.indices {
            let c = candidates[i]
            guard isTeamPosition(c) || isTeamNickname(c), !isVenue(c) else { continue }
            let weakPerson = c.kind == .person && c.confidence <= .clear && isScoreLine(c)
            if c.kind == nil || weakPerson || (c.kind == .place && isClubPlace(c)) || (c.kind == .organisation) {
                if c.kind == nil && !looksLikeTeamName(c) { continue }
                candidates[i].kind = .organisation
                candidates[i].confidence = max(c.confidence, .clear)
                teams.insert(doc.phraseKey(c.range))
            }
        }
        guard !teams.isEmpty else { return }
        for i in candidates.indices {
            let c = candidates[i]
            if (c.kind == .place && isClubPlace(c)) || (c.kind == nil && c.origin == .text),
               teams.contains(doc.phraseKey(c.range)), !isVenue(c) {
                candidates[i].kind = .organisation
                candidates[i].confidence = max(c.confidence, .clear)
            }
        }
    }

    /// A place that can field a club: a city, state or county, not a country or region.
    private func isClubPlace(_ c: Candidate) -> Bool {
        let classes = doc.lexiconClasses(c.range)
        return classes.contains(.place) && classes.isDisjoint(with: [.country, .region])
    }

    private func looksLikeTeamName(_ c: Candidate) -> Bool {
        c.range.allSatisfy { doc.tokens[$0].kind == .word && doc.tokens[$0].shape != .lower && !doc.has($0, [.common, .nationality, .function]) }
    }

    /// Next to a score or a result verb: `Surrey beat`, `beat Somerset`, `Derbyshire 24 points`,
    /// `Hanwha 58 1 49`, `Birmingham v Barnsley`.
    private func isTeamPosition(_ c: Candidate) -> Bool {
        let before = c.range.lowerBound - 1, after = c.range.upperBound
        if after < doc.count {
            let t = doc.tokens[after]
            if t.kind == .number && !t.flags.contains(.lineStart) && !doc.isPunctuation(after + 1, "-") { return true }
            if doc.has(after, .sportsVerb) && t.shape == .lower { return true }
            if doc.isPunctuation(after, "(") && after + 1 < doc.count && doc.tokens[after + 1].kind == .number { return false }
        }
        if before >= 0 && doc.has(before, .sportsVerb) && doc.tokens[before].shape == .lower { return true }
        return false
    }

    /// A result line, `Greenock Morton 1 Falkirk 0`: a name and a score, twice, and nothing
    /// else but a note in brackets.
    private func isScoreLine(_ c: Candidate) -> Bool {
        var start = c.range.lowerBound
        while start > 0 && !doc.tokens[start].flags.contains(.lineStart) { start -= 1 }
        var k = start
        var pairs = 0
        while k < doc.count && (k == start || !doc.tokens[k].flags.contains(.lineStart)) {
            let nameStart = k
            while k < doc.count && doc.tokens[k].kind == .word && doc.tokens[k].shape != .lower
                    && (k == nameStart || !doc.tokens[k].flags.contains(.lineStart)) { k += 1 }
            guard k > nameStart, k < doc.count, doc.tokens[k].kind == .number, !doc.tokens[k].flags.contains(.lineStart) else { return false }
            pairs += 1
            k += 1
            if pairs == 2 { break }
        }
        return pairs == 2 && (k >= doc.count || doc.tokens[k].flags.contains(.lineStart) || doc.isPunctuation(k, "("))
    }

    /// `the Springboks`, `the Brewers`, `The All Blacks`: a team called by a plural name.
    private func isTeamNickname(_ c: Candidate) -> Bool {
        let before = c.range.lowerBound - 1, last = c.range.upperBound - 1
        guard before >= 0, doc.tokens[before].key == Self.the, c.kind != .person || c.confidence <= .guess,
              !doc.has(last, [.nationality, .common]) else { return false }
        let t = doc.tokens[last]
        return t.shape == .capitalised && doc.scalars[t.end - 1] == "s"
    }

    private static let the = TokenKey.word("the")

    /// Marked as the place: after `in`, `at`, `near`, `from`; before `:` (a venue heading); in
    /// brackets; or opening a dateline.
    private func isVenue(_ c: Candidate) -> Bool {
        let before = c.range.lowerBound - 1, after = c.range.upperBound
        if before >= 0 && Self.locative.contains(doc.tokens[before].key) { return true }
        if doc.isPunctuation(after, ":") || doc.isPunctuation(before, "(") { return true }
        if doc.tokens[c.range.lowerBound].flags.contains(.lineStart), after < doc.count,
           doc.tokens[after].kind == .number, doc.tokens[after].flags.contains(.lineStart) == false,
           after + 1 >= doc.count || doc.tokens[after + 1].flags.contains(.lineStart) {
            // `LONDON 1996-08-30`: a dateline, when the number is a date.
            return doc.text(after..<(after + 1)).contains("-")
        }
        return false
    }

    private static let locative: Set<UInt64> = Set(["in", "at", "near", "from", "outside"].map(TokenKey.word))
}
