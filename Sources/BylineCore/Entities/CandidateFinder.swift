/// Finds runs of capitalised words that may be names, and splits titles off them.
///
/// A run is capitalised words joined by name particles (`van der Berg`, `bin Salman`),
/// initials (`M. Maynard`), `&`, the `of`/`for`/`on` of an organisation or place
/// (`Bank of England`, `Council on International Affairs`, `Gulf of Mexico`), and spaced dashes
/// when the document also writes the name hyphenated (`Forestier – Walker`). A run then loses
/// leading function words (`In Aktau`) and its title (`Kazakh President`), and splits where an
/// organisation is followed by a titled person (`Bank of England Governor Eddie George`).
struct CandidateFinder {
    let doc: TextDocument
    /// Keys of hyphenated capitalised words in the document (`forestier-walker`).
    private let hyphenated: Set<UInt64>

    init(_ doc: TextDocument) {
        self.doc = doc
        var hyphenated = Set<UInt64>()
        doc.scalars.withUnsafeBufferPointer { s in
            for t in doc.tokens where t.kind == .word && t.shape == .capitalised {
                if (t.start..<t.end).contains(where: { ScalarClass.isHyphen(s[$0]) }) { hyphenated.insert(t.key) }
            }
        }
        self.hyphenated = hyphenated
    }

    func find() -> [Candidate] {
        var out: [Candidate] = []
        var i = 0
        let n = doc.count
        while i < n {
            if let end = runEnd(from: i) {
                split(i..<end, into: &out)
                i = end
            } else {
                i += 1
            }
        }
        return out
    }

    // MARK: Runs

    /// `Bergamo-based`, `Hong Kong-listed`: an adjective made from a name, not a name.
    private func isCompoundAdjective(_ i: Int) -> Bool {
        let t = doc.tokens[i]
        guard t.kind == .word, t.shape == .capitalised else { return false }
        var k = t.end - 1
        while k > t.start && ScalarClass.isLower(doc.scalars[k]) { k -= 1 }
        guard k > t.start, ScalarClass.isHyphen(doc.scalars[k]), t.end - k > 2 else { return false }
        let tail = doc.scalars.withUnsafeBufferPointer { TokenKey.word($0, (k + 1)..<t.end) }
        return Self.adjectiveTails.contains(tail)
    }

    private static let adjectiveTails: Set<UInt64> = Set(["based", "born", "led", "backed", "owned", "listed", "run", "made", "funded", "controlled", "held", "bound", "registered", "style", "era"].map(TokenKey.word))

    private func startsRun(_ i: Int) -> Bool {
        if doc.isCapitalised(i) { return !isLoneInitialLetter(i) && !isCompoundAdjective(i) }
        guard doc.tokens[i].kind == .word, doc.tokens[i].shape == .lower, !doc.tokens[i].isCaseless,
              doc.has(i, .particle), !Self.weakParticles.contains(doc.tokens[i].key) else { return false }
        let k = afterParticles(i)
        return k > i && doc.isCapitalised(k) && !doc.tokens[k].flags.contains(.lineStart)
    }

    /// `A` or `I` alone: a pronoun or article, not an initial.
    func isLoneInitialLetter(_ i: Int) -> Bool {
        let t = doc.tokens[i]
        return t.length == 1 && t.shape == .capitalised && doc.has(i, .function)
    }

    private func runEnd(from i: Int) -> Int? {
        guard startsRun(i) else { return nil }
        let n = doc.count
        var j = doc.isCapitalised(i) ? i + 1 : afterParticles(i) + 1
        while j < n {
            let t = doc.tokens[j]
            if t.flags.contains(.lineStart) { break }
            if doc.isCapitalised(j) {
                if isLoneInitialLetter(j) && !doc.isPunctuation(j + 1, ".") { break }
                if isCompoundAdjective(j) { break }
                // Words glued without a space (`KazakhstanProtesters`) are two names, except
                // after an initial (`T.O'Gorman`).
                if !t.flags.contains(.spaceBefore) && doc.tokens[j - 1].shape != .initial { break }
                j += 1
                continue
            }
            if t.kind == .word && t.shape == .lower {
                if doc.has(j, .particle) {
                    let k = afterParticles(j)
                    if k > j && doc.isCapitalised(k) && !doc.tokens[k].flags.contains(.lineStart) {
                        j = k + 1
                        continue
                    }
                }
                if doc.has(j, .connector), doc.isCapitalised(j + 1), !doc.tokens[j + 1].flags.contains(.lineStart),
                   connectorJoins(i..<j, at: j) {
                    j += 2
                    continue
                }
                if doc.has(j, .landform), j - i == 1, doc.has(i, .nationality) {
                    // `Crimean peninsula`: a place named by an adjective and a landform.
                    j += 1
                }
                break
            }
            if t.kind == .punctuation && j + 1 < n && doc.isCapitalised(j + 1) && !doc.tokens[j + 1].flags.contains(.lineStart) {
                if t.first == "&" {
                    j += 2
                    continue
                }
                if ScalarClass.isDash(t.first) && t.flags.contains(.spaceBefore) && doc.tokens[j + 1].flags.contains(.spaceBefore)
                    && hyphenated.contains(joinedKey(j - 1, j + 1)) {
                    j += 2
                    continue
                }
            }
            break
        }
        return j
    }

    /// Particles that are too often ordinary words to open a name on their own.
    private static let weakParticles: Set<UInt64> = Set(["do", "y", "st", "te", "am", "an", "des", "ben", "la", "le", "abu", "af", "av", "zu"].map(TokenKey.word))

    private func afterParticles(_ i: Int) -> Int {
        var k = i
        while k < doc.count && doc.tokens[k].kind == .word && doc.tokens[k].shape == .lower && doc.has(k, .particle) { k += 1 }
        return k
    }

    /// Whether the lower-case `connector` at `j` joins `run` to the capitalised word after it.
    private func connectorJoins(_ run: Range<Int>, at j: Int) -> Bool {
        let last = doc.classes[j - 1]
        let word = doc.tokens[j].key
        if word == Self.of {
            if !last.isDisjoint(with: [.orgHeadOf, .title, .placeHead, .placePrefix]) { return true }
        } else if word == Self.for || word == Self.on {
            if !last.isDisjoint(with: [.orgHeadOf, .title]) { return true }
        } else if word == Self.and {
            // `Ministry of Trade and Industry`: `and` inside an organisation's complement.
            var k = run.lowerBound
            while k + 1 < j {
                if doc.has(k, .orgHeadOf) && doc.has(k + 1, .connector) { return true }
                k += 1
            }
        }
        // `Bosnia and Herzegovina`, `Trinidad and Tobago`: a lexicon phrase.
        var end = j + 2
        while end <= min(doc.count, run.lowerBound + doc.lexicon.longestPhrase) {
            if !doc.lexiconClasses(run.lowerBound..<end).isEmpty { return true }
            end += 1
        }
        return false
    }

    private static let of = TokenKey.word("of")
    private static let `for` = TokenKey.word("for")
    private static let on = TokenKey.word("on")
    private static let and = TokenKey.word("and")

    /// The key of the words at `a` and `b` written with a hyphen between them.
    private func joinedKey(_ a: Int, _ b: Int) -> UInt64 {
        let ta = doc.tokens[a], tb = doc.tokens[b]
        var scalars = Array(doc.scalars[ta.start..<ta.end])
        scalars.append("-")
        scalars.append(contentsOf: doc.scalars[tb.start..<tb.end])
        return scalars.withUnsafeBufferPointer { TokenKey.word($0, 0..<$0.count) }
    }

    // MARK: Splitting runs into names

    private func split(_ run: Range<Int>, into out: inout [Candidate]) {
        guard !run.isEmpty else { return }
        var s = run.lowerBound
        let e = run.upperBound
        // Leading function words (`In Aktau`, `But Tokayev`) and sentence-opening words that are
        // not names (`Yesterday`), unless the whole is a lexicon entry (`The Hague`).
        while s < e - 1, doc.tokens[s].shape != .initial, doc.lexiconClasses(s..<e).isEmpty {
            let opener = doc.tokens[s].isSentenceStart || doc.tokens[s].shape == .upper
            if doc.has(s, .function) && doc.tokens[s].shape == .capitalised || (opener && doc.has(s, .common) && !doc.has(s, Self.nameParts)) || isDateWord(s) {
                s += 1
            } else {
                break
            }
        }
        // A weekday or month inside a run ends a name (`CNBC Friday`, `August Chicago NAPM`).
        var k = s + 1
        while k < e {
            if doc.has(k, .weekday) || (doc.has(k, .month) && doc.census(k) == nil) {
                emit(s..<k, into: &out)
                split((k + 1)..<e, into: &out)
                return
            }
            k += 1
        }
        emit(s..<e, into: &out)
    }

    /// A weekday, or a month that opens a sentence or follows a preposition or article
    /// (`From January to June Comelf exported`), where it cannot be a given name.
    private func isDateWord(_ i: Int) -> Bool {
        if doc.has(i, .weekday) { return true }
        guard doc.has(i, .month) else { return false }
        if doc.census(i) == nil && !doc.has(i, .givenName) { return true }
        return doc.tokens[i].isSentenceStart || (i > 0 && doc.tokens[i - 1].shape == .lower && doc.has(i - 1, .function))
    }

    private static let nameParts: WordClass = [.title, .titleModifier, .placePrefix, .compass, .orgPrefix, .place, .organisation, .nationality, .honorific, .givenName]
}
