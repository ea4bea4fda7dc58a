/// Finds what a report says a person is: the title written before the name
/// (`Kazakh President`, `US Secretary of State`), a lower-case role before it
/// (`former president`, `union leader`, `Kazakhstan's energy minister`, `dockworkers' leader`),
/// or an apposition after it (`Maxim Suchkov, a non-resident expert at the Russian Council on
/// International Affairs`, `Dmitri Volkov, Kazakhstan's energy minister,`).
struct RoleFinder {
    let doc: TextDocument

    /// The roles of one mention, most specific first.
    func roles(of c: Candidate) -> [String] {
        var out: [String] = []
        if let t = c.titleRange, let title = title(t) { out.append(title) }
        if let role = roleBefore(c) { out.append(role) }
        if let role = roleBeforeComma(c) { out.append(role) }
        if let role = apposition(after: c) { out.append(role) }
        return out
    }

    /// The title without honorifics (`Mr`, `Dr.`), which say nothing of a role: `Geologist
    /// Dr.` gives `geologist`, `Tanzania Mr` nothing. A title must hold a title or role word;
    /// places and nationalities alone are not one.
    private func title(_ r: Range<Int>) -> String? {
        var s = r.lowerBound, e = r.upperBound
        while s < e && doc.has(s, .honorific) && !doc.has(s, .title) { s += 1 }
        while e > s && doc.has(e - 1, .honorific) && !doc.has(e - 1, .title) { e -= 1 }
        guard s < e, (s..<e).contains(where: { doc.has($0, [.title, .roleNoun]) }),
              !(s..<e).contains(where: { doc.has($0, .honorific) && !doc.has($0, .title) }) else { return nil }
        // `Geologist Dr. …` opening a sentence: a lower-case role capitalised by its place.
        if e - s == 1, doc.tokens[s].isSentenceStart, doc.has(s, .roleNoun), !doc.has(s, .title) {
            return doc.text(s..<e).lowercased()
        }
        // `Presidents Macron and Biden`: each of them is a president.
        if e - s == 1, doc.tokens[s].shape == .capitalised, doc.scalars[doc.tokens[s].end - 1] == "s" {
            let t = doc.tokens[s]
            let singular = doc.scalars.withUnsafeBufferPointer { TokenKey.word($0, t.start..<(t.end - 1)) }
            if doc.lexicon.classes(singular).contains(.title) { return doc.text(scalarRange: t.start..<(t.end - 1)) }
        }
        return doc.text(s..<e)
    }

    /// `The Minister of Finance, Ana Beltrán Ruiz,` and `A spokesman for the ministry, Diego
    /// Salazar,`: a sentence that opens with an article and a role, then the name after a comma.
    private func roleBeforeComma(_ c: Candidate) -> String? {
        let comma = (c.titleRange?.lowerBound ?? c.range.lowerBound) - 1
        guard doc.isPunctuation(comma, ",") else { return nil }
        var start = comma - 1
        while start >= 0 && comma - start <= 8 && !doc.tokens[start].isSentenceStart { start -= 1 }
        guard start >= 0, comma - start <= 8, doc.tokens[start].isSentenceStart,
              Self.articles.contains(doc.tokens[start].key) else { return nil }
        let first = start + 1
        guard first < comma, (first..<min(comma, first + 3)).contains(where: { doc.has($0, [.roleNoun, .title]) }),
              (first..<comma).allSatisfy({ doc.tokens[$0].kind == .word }) else { return nil }
        return doc.text(first..<cut(first, comma))
    }

    /// Where a role phrase starting at `start` ends before `end`: before a place or employer
    /// (`economist at Barclays in Leeds` is an `economist`), keeping `of` and `for`
    /// (`Minister of Finance`, `spokesman for the ministry`).
    private func cut(_ start: Int, _ end: Int) -> Int {
        var k = start + 1
        while k < end {
            if doc.tokens[k].shape == .lower && Self.clauseOpeners.contains(doc.tokens[k].key) { return k }
            k += 1
        }
        return end
    }

    private func roleBefore(_ c: Candidate) -> String? {
        let end = c.titleRange?.lowerBound ?? c.range.lowerBound
        var k = end - 1
        guard k >= 0, isLowerOrOpening(k), doc.has(k, .roleNoun) else { return nil }
        var start = k
        k -= 1
        while k >= 0 {
            let t = doc.tokens[k]
            if let owner = possessor(endingAt: k) {
                start = owner
                break
            }
            guard t.kind == .word, !doc.has(k, .function) else { break }
            if isLowerOrOpening(k) && doc.has(k, [.titleModifier, .roleNoun]) || t.shape != .lower && doc.has(k, .nationality) {
                start = k
                k -= 1
            } else {
                break
            }
        }
        return doc.text(start..<end)
    }

    /// Where a possessor ending at `k` starts: `Kazakhstan 's` (a capitalised name and `'s`) or
    /// `dockworkers '` (a plural and an apostrophe).
    private func possessor(endingAt k: Int) -> Int? {
        let t = doc.tokens[k]
        if t.kind == .word && t.length == 2 && ScalarClass.isApostrophe(doc.scalars[t.start]) {
            var s = k - 1
            while s > 0 && doc.tokens[s - 1].kind == .word && doc.tokens[s - 1].shape != .lower && !doc.tokens[s].isSentenceStart { s -= 1 }
            return s >= 0 && doc.tokens[s].shape != .lower ? s : nil
        }
        if t.isPunctuation && ScalarClass.isApostrophe(t.first) && k > 0 && !t.flags.contains(.spaceBefore) {
            let w = doc.tokens[k - 1]
            if w.kind == .word && doc.scalars[w.end - 1] == "s" { return k - 1 }
        }
        return nil
    }

    /// `, a non-resident expert at the Russian Council on International Affairs ,` → the words
    /// after the article, when a role noun comes within the first four, cut before a relative
    /// clause or a `with`. An apposition may open with a possessor instead of an article
    /// (`, Kazakhstan's energy minister,`), which stays in the role.
    private func apposition(after c: Candidate) -> String? {
        let comma = c.range.upperBound
        guard doc.isPunctuation(comma, ","), comma + 2 < doc.count else { return nil }
        var start = comma + 1
        if Self.articles.contains(doc.tokens[start].key) {
            start += 1
        } else {
            var k = start
            while k < min(doc.count, start + 4) && doc.tokens[k].kind == .word && doc.tokens[k].shape != .lower { k += 1 }
            guard k > start, k < doc.count, possessor(endingAt: k) == start else { return nil }
        }
        var end = start
        var hasRole = false
        while end < doc.count && end - start < 16 {
            let t = doc.tokens[end]
            if t.flags.contains(.lineStart) || (t.isPunctuation && t.first != "-" && t.first != "'") { break }
            if t.kind == .word && Self.stops.contains(t.key) { break }
            if end - start < 6 && (t.shape == .lower && doc.has(end, .roleNoun) || t.shape == .capitalised && doc.has(end, .title)) { hasRole = true }
            end += 1
        }
        guard hasRole, end > start else { return nil }
        return doc.text(start..<cut(start, end))
    }

    /// Lower case, or capitalised only because it opens the sentence (`Union leader ...`).
    private func isLowerOrOpening(_ k: Int) -> Bool {
        doc.tokens[k].shape == .lower || (doc.tokens[k].shape == .capitalised && doc.tokens[k].isSentenceStart)
    }

    private static let articles: Set<UInt64> = Set(["a", "an", "the"].map(TokenKey.word))
    private static let stops: Set<UInt64> = Set(["with", "who", "which", "that", "whose", "since", "after", "when", "while", "and", "but", "said", "says", "told"].map(TokenKey.word))
    /// Prepositions that open what a role is about rather than the role.
    private static let clauseOpeners: Set<UInt64> = Set(["at", "in", "from", "with", "on", "based", "near", "since", "during", "who", "whose", "to", "by", "after", "before", "over", "under", "as"].map(TokenKey.word))
}
