/// Splitting a run of capitalised words into names: titles and nationalities before a
/// person's name, places and organisations inside titles, and an organisation followed by a
/// titled person.
extension CandidateFinder {
    func emit(_ range: Range<Int>, into out: inout [Candidate]) {
        guard !range.isEmpty else { return }
        // `Who owns the water?`: a function word alone is never a name, whatever the lexicons say
        // of its capitals (`WHO`).
        if range.count == 1 && doc.tokens[range.lowerBound].shape == .capitalised && doc.has(range.lowerBound, .function) { return }
        let whole = doc.lexiconClasses(range)
        if !whole.isDisjoint(with: [.place, .organisation]) {
            out.append(Candidate(range: range))
            return
        }
        // `S. African` alone names no one.
        if range.count == 2 && isCompassInitial(range.lowerBound) { return }
        if opensWithSentenceAdjective(range) {
            emit((range.lowerBound + 1)..<range.upperBound, into: &out)
            return
        }
        // A title: nationalities, places, organisations, capitalised titles and their modifiers,
        // honorifics, ending with a title or honorific, then a name. Places and organisations in
        // the title are names of their own (`U.S.` in `U.S. President Bill Clinton`).
        var p = range.lowerBound
        var titleEnd: Int?
        var named: [Range<Int>] = []
        var onlyNationalities = true
        while p < range.upperBound - 1 {
            if titleEnd == nil, let match = lexiconMatch(at: p, before: range.upperBound - 1),
               !match.classes.isDisjoint(with: [.place, .organisation]) {
                named.append(p..<match.end)
                onlyNationalities = false
                p = match.end
                continue
            }
            let c = doc.classes[p]
            let t = doc.tokens[p]
            // `Mayor de Graaf`: after a title, a name may begin with its particles.
            if titleEnd != nil && opensNameWithParticles(p, before: range.upperBound) { break }
            if !c.isDisjoint(with: [.title, .honorific]) || (!c.isDisjoint(with: [.roleNoun, .personNoun]) && t.isSentenceStart) {
                // `Teenager Kofi Mensah`: a word for a person opening the sentence is no part of the name.
                titleEnd = p + 1
                onlyNationalities = false
            } else if (c.contains(.nationality) || doc.isDemonym(p)) && t.shape != .lower || isCompassInitial(p) {
                // `Mexican Ariel Cruz`, `Kazakh President`, `Londoners Sam Whitlock`, `S. African`
            } else if !c.contains(.titleModifier) && !(t.shape == .lower && c.contains(.connector)) {
                break
            } else {
                onlyNationalities = false
            }
            p += 1
        }
        if p > range.lowerBound, titleEnd == nil, onlyNationalities, range.upperBound - p == 1, isPeoplePlural(p) {
            // `S. African Afrikaners`, `Iraqi Kurds`: a people, not a person.
            return
        }
        if p > range.lowerBound, isNameStart(p) || (titleEnd != nil && opensNameWithParticles(p, before: range.upperBound)),
           isNameLike(p..<range.upperBound), titleEnd != nil || onlyNationalities,
           !(doc.tokens[p - 1].shape == .lower && doc.has(p - 1, .connector)) {
            for r in named { out.append(Candidate(range: r)) }
            out.append(Candidate(range: p..<range.upperBound, titleRange: titleEnd == nil ? nil : range.lowerBound..<p))
            return
        }
        // `Bank of England Governor Eddie George`: an organisation or place, then a titled name.
        var q = range.lowerBound + 1
        while q < range.upperBound - 1 {
            if doc.has(q, [.title, .honorific]) && !doc.has(q, .titleModifier)
                && (endsOrganisationOrPlace(range.lowerBound..<q) || (range.upperBound - q >= 3 && isNameLike((q + 1)..<range.upperBound))) {
                emit(range.lowerBound..<q, into: &out)
                emit(q..<range.upperBound, into: &out)
                return
            }
            q += 1
        }
        out.append(Candidate(range: range))
    }

    /// `Controversial Australian Jo Bell`, `Outspoken Norwegian Ivar Berg`: a word no lexicon
    /// or name list knows, capitalised only because it opens the sentence, before a
    /// nationality and then more of the run, is an adjective, not the first word of a name.
    /// (Before a title it is more often an employer: `Harlow Lane CEO Dana Whitfield`.)
    private func opensWithSentenceAdjective(_ range: Range<Int>) -> Bool {
        let first = range.lowerBound, next = first + 1
        guard range.count >= 3, doc.tokens[first].isSentenceStart, doc.tokens[first].shape == .capitalised,
              doc.classes[first].isEmpty, doc.census(first) == nil, doc.tokens[next].shape != .lower else { return false }
        return doc.has(next, .nationality) || doc.isDemonym(next) || isCompassInitial(next)
    }

    /// A capitalised plural that is no common name (`Afrikaners`, `Kurds`, not `Jones`).
    private func isPeoplePlural(_ i: Int) -> Bool {
        let t = doc.tokens[i]
        guard t.shape == .capitalised, t.length >= 4, doc.scalars[t.end - 1] == "s", doc.scalars[t.end - 2] != "s",
              !doc.has(i, .givenName) else { return false }
        return (doc.census(i)?.surname ?? 0) < 5 && (doc.census(i)?.firstName ?? 0) < 5
    }

    /// `S.` in `S. African`, `N.` in `N. Korean`: a compass point cut to its initial before a
    /// nationality.
    func isCompassInitial(_ i: Int) -> Bool {
        guard i + 1 < doc.count, doc.tokens[i].shape == .initial, doc.tokens[i + 1].shape != .lower else { return false }
        let letter = doc.scalars[doc.tokens[i].start]
        return Self.compassLetters.contains(letter) && (doc.has(i + 1, .nationality) || doc.isDemonym(i + 1))
    }

    private static let compassLetters: Set<Unicode.Scalar> = ["N", "S", "E", "W"]

    /// The longest lexicon entry starting at `i` and ending before `limit`.
    private func lexiconMatch(at i: Int, before limit: Int) -> (end: Int, classes: WordClass)? {
        guard doc.tokens[i].kind == .word else { return nil }
        var end = min(limit, i + doc.lexicon.longestPhrase)
        while end > i {
            if end - i == 1 || doc.has(i, .phraseStart) {
                let classes = doc.lexiconClasses(i..<end)
                if !classes.isEmpty && !(end - i == 1 && doc.tokens[i].shape == .lower) { return (end, classes) }
            }
            end -= 1
        }
        return nil
    }

    /// Whether `range` could be a person's name: capitalised words, initials and particles,
    /// none of them a word that heads an organisation, place or event, or a common word.
    private func isNameLike(_ range: Range<Int>) -> Bool {
        range.allSatisfy { i in
            let t = doc.tokens[i]
            if t.shape == .lower { return doc.has(i, .particle) }
            if t.kind != .word { return false }
            if doc.has(i, [.givenName]) { return true }
            return !doc.has(i, [.orgHead, .placeHead, .eventHead, .common, .nationality, .place, .organisation])
                || (doc.census(i)?.surname ?? 0) >= 5 || (doc.census(i)?.firstName ?? 0) >= 5
        }
    }

    /// Whether lower-case particles at `i` are followed by a capitalised word before `limit`
    /// (`de Graaf`, `van der Berg`).
    private func opensNameWithParticles(_ i: Int, before limit: Int) -> Bool {
        var k = i
        while k < limit && doc.tokens[k].kind == .word && doc.tokens[k].shape == .lower && doc.has(k, .particle) { k += 1 }
        return k > i && k < limit && doc.isCapitalised(k)
    }

    private func isNameStart(_ i: Int) -> Bool {
        doc.tokens[i].kind == .word && doc.tokens[i].shape != .lower && !doc.has(i, [.function, .connector])
    }

    private func endsOrganisationOrPlace(_ range: Range<Int>) -> Bool {
        if !doc.lexiconClasses(range).isDisjoint(with: [.place, .organisation]) { return true }
        let last = range.upperBound - 1
        return doc.has(last, [.orgHead, .placeHead]) || doc.tokens[last].shape == .upper
    }
}
