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
        var academic: String?
        if let t = c.titleRange, let title = title(t) {
            // `Dr` or `Prof` alone says less than any role; it goes last.
            if t.allSatisfy({ doc.has($0, .honorific) }) { academic = title } else { out.append(title) }
        }
        if let role = roleBefore(c) { out.append(role) }
        if let role = apposition(after: c) { out.append(role) }
        if let academic { out.append(academic) }
        return out
    }

    /// The title, without plain honorifics (`Mr`, `Mrs`), which say nothing of a role.
    private func title(_ r: Range<Int>) -> String? {
        var s = r.lowerBound
        while s < r.upperBound && Self.plainHonorifics.contains(doc.tokens[s].key) { s += 1 }
        return s < r.upperBound ? doc.text(s..<r.upperBound) : nil
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
            if end - start < 6 && t.shape == .lower && doc.has(end, .roleNoun) { hasRole = true }
            end += 1
        }
        guard hasRole, end > start else { return nil }
        return doc.text(start..<end)
    }

    /// Lower case, or capitalised only because it opens the sentence (`Union leader ...`).
    private func isLowerOrOpening(_ k: Int) -> Bool {
        doc.tokens[k].shape == .lower || (doc.tokens[k].shape == .capitalised && doc.tokens[k].isSentenceStart)
    }

    private static let articles: Set<UInt64> = Set(["a", "an", "the"].map(TokenKey.word))
    private static let stops: Set<UInt64> = Set(["with", "who", "which", "that", "whose", "since", "after", "when", "while", "and", "but", "said", "says", "told"].map(TokenKey.word))
    private static let plainHonorifics: Set<UInt64> = Set(["mr", "mrs", "ms", "miss", "mx", "messrs", "monsieur", "madame", "herr", "frau", "senor", "señor", "senora", "señora"].map(TokenKey.word))
}
