/// Decides from local evidence whether a candidate names a person, a place or an organisation.
///
/// Evidence, strongest first: the lexicons (a known place or organisation, an organisation's or
/// place's head word, a nationality), titles and honorifics before the name, the census
/// frequency of its given name and surname, surname endings, and the words around it: verbs
/// of saying, an age in commas, `named`, a country in brackets, a preposition of place, an
/// apposition (`a city on the Caspian Sea`). What local evidence cannot settle is left to
/// `DocumentResolver`, which sees the whole document.
struct EntityClassifier {
    let doc: TextDocument

    func classify(_ c: inout Candidate) {
        let (kind, confidence) = decide(c)
        c.kind = kind
        c.confidence = confidence
    }

    private func decide(_ c: Candidate) -> (Entity.Kind?, Confidence) {
        let r = c.range
        let first = r.lowerBound, last = r.upperBound - 1, n = r.count
        let whole = doc.lexiconClasses(r)
        let titled = titleScore(c)
        if whole.contains(.fictional) || isWork(c) { return (nil, .certain) }
        if whole.contains(.organisation) && titled < Threshold.titleOverrulingOrganisation { return (.organisation, .certain) }
        if whole.contains(.place) && titled < Threshold.titleOverrulingPlace && speakerScore(c) < Threshold.speakerOverrulingPlace { return (.place, .certain) }
        if isDateline(r) { return (.place, .certain) }
        if n == 2 && doc.has(first, .nationality) && doc.tokens[last].shape == .lower && doc.has(last, .landform) {
            return (.place, .certain)
        }
        if n == 1 && (!whole.isDisjoint(with: [.nationality, .common]) || doc.isDemonym(first)) { return (nil, .none) }
        if r.contains(where: { doc.isPunctuation($0, "&") }) { return (.organisation, .clear) }
        if n >= 2 && doc.has(last, .eventHead) && titled == 0 { return (nil, .none) }
        if let head = headBeforeConnector(r) {
            if doc.has(head, .orgHeadOf) { return (.organisation, .certain) }
            if doc.has(head, [.placeHead, .placePrefix]) { return (.place, .certain) }
            if doc.has(head, .title) { return (nil, .none) }
        }
        if n >= 2 && titled == 0 {
            if doc.has(last, .orgHead) && !doc.has(last, .placeHead) { return (.organisation, .certain) }
            if doc.has(first, .orgPrefix) { return (.organisation, .clear) }
            if doc.has(last, .placeHead) { return (doc.has(last, .orgHead) ? .organisation : .place, .certain) }
            if doc.has(first, .compass) && !doc.lexiconClasses((first + 1)..<r.upperBound).isDisjoint(with: .place) { return (.place, .certain) }
            if doc.has(first, .placePrefix) && !hasPersonName(r) { return (.place, .clear) }
            if let end = placePrefixEnd(r), end < r.upperBound { return (.organisation, .guess) }
        }

        // `shares in …`, `the … party`, `members of …`, `… (ABC)`: an organisation, whatever its
        // words would say alone.
        if titled == 0 && organisationContext(r) >= Threshold.organisationContext && !hasPersonName(r) { return (.organisation, .clear) }
        let person = personScore(c) + titled
        let place = placeScore(c)
        let organisation = organisationScore(c)
        if person >= Threshold.person && person > place && person > organisation { return (.person, person >= Threshold.certainPerson ? .certain : .clear) }
        if place >= Threshold.place && place >= organisation && place >= person { return (.place, .clear) }
        if organisation >= Threshold.organisation { return (.organisation, .clear) }
        // A sentence's first word is capitalised anyway; the second of a run is not.
        if person >= Threshold.guessedPerson && (n >= 2 || !doc.tokens[first].isSentenceStart) { return (.person, .guess) }
        return (nil, .none)
    }

    // MARK: Person

    /// Evidence from a title or honorific written before the name, or a lower-case role.
    private func titleScore(_ c: Candidate) -> Double {
        if let t = c.titleRange {
            if (t.lowerBound..<t.upperBound).contains(where: { doc.has($0, .honorific) }) { return Cue.honorificTitle.weight }
            return Cue.title.weight
        }
        let b = c.range.lowerBound - 1
        if b >= 0 && doc.tokens[b].shape == .lower && doc.has(b, .roleNoun) { return Cue.roleBefore.weight }
        return 0
    }

    private func personScore(_ c: Candidate) -> Double {
        let r = c.range
        let first = r.lowerBound, last = r.upperBound - 1, n = r.count
        var score = 0.0
        if r.contains(where: { doc.tokens[$0].shape == .initial }) && doc.tokens[last].shape != .initial { score += Cue.initialInName.weight }
        let lastName = surnameToken(r)
        if n >= 2 {
            var given = Double(doc.census(first)?.firstName ?? 0)
            if doc.has(first, .givenName) { given = max(given, Cue.givenNameLexiconRank.weight) }
            score += given * Cue.givenNameRate.weight
            score += Double(doc.census(lastName)?.surname ?? 0) * Cue.surnameRate.weight
            if isSurnameShaped(lastName) { score += Cue.surnameShape.weight }
            if r.allSatisfy({ looksLikeNamePart($0) }) {
                score += n <= 3 ? Cue.namePartsShort.weight : Cue.namePartsLong.weight
                // Two or three capitalised words no lexicon knows are most often a name.
                if n <= 3 && r.allSatisfy({ doc.classes[$0].isEmpty }) {
                    score += doc.tokens[first].isSentenceStart || doc.tokens[first].isCaseless ? Cue.unknownWordsAtSentenceStart.weight : Cue.unknownWords.weight
                }
            }
        } else {
            // One word that heads or builds other names is not a person (`Association`,
            // `Commerce said`, a club called `Dinamo`).
            if doc.has(first, [.orgHead, .orgPrefix, .placeHead, .eventHead, .title, .titleModifier]) && !doc.has(first, .givenName)
                && (doc.census(first)?.surname ?? 0) < Threshold.surnameRankOfHeadWord {
                score += Cue.headWordAlone.weight
            }
            let info = doc.census(first)
            score += Double(info?.surname ?? 0) * Cue.singleSurnameRate.weight
            score += Double(info?.firstName ?? 0) * Cue.singleGivenNameRate.weight
            if isSurnameShaped(first) { score += Cue.singleSurnameShape.weight }
            if doc.has(first, .givenName) { score += Cue.singleGivenName.weight }
            if doc.has(first, [.common, .month, .weekday]) { score += Cue.singleCommonWord.weight }
            if doc.tokens[first].shape == .upper { score += Cue.singleAllCaps.weight }
        }
        score += contextScore(c)
        // `the Cardinals`, `the China Daily`: people's names rarely follow `the`.
        if first > 0, doc.tokens[first - 1].shape == .lower, doc.tokens[first - 1].key == Self.the { score += Cue.afterThe.weight }
        // `Reynard Honda`: a name holding a known organisation is not a person's.
        if n >= 2, r.contains(where: { doc.has($0, .organisation) && !doc.has($0, [.givenName]) && doc.census($0) == nil }) { score += Cue.holdsOrganisation.weight }
        // `Major League Baseball`, `Trinity College Dublin`: nor one with an organisation's head
        // word before its last (that last word alone is checked by `decide`).
        if n >= 2, (first..<last).contains(where: { isOrganisationHead($0) }) { score += Cue.innerOrganisationHead.weight }
        return score
    }

    /// A head word of organisations or events (`League`, `College`, `Cup`) that is not also a
    /// common name (`Church`, `Banks`).
    private func isOrganisationHead(_ i: Int) -> Bool {
        doc.has(i, [.orgHead, .eventHead]) && !doc.has(i, [.givenName, .title])
            && (doc.census(i)?.surname ?? 0) < Threshold.nameRankOfInnerHead && (doc.census(i)?.firstName ?? 0) < Threshold.nameRankOfInnerHead
    }

    /// The token holding the surname: the last, unless that is `Jr` or `III`.
    private func surnameToken(_ r: Range<Int>) -> Int {
        let last = r.upperBound - 1
        return last > r.lowerBound && doc.has(last, .nameSuffix) ? last - 1 : last
    }

    private func isSurnameShaped(_ i: Int) -> Bool {
        let t = doc.tokens[i]
        return t.kind == .word && SurnameShape.matches(doc.scalars[t.start..<t.end])
    }

    private func looksLikeNamePart(_ i: Int) -> Bool {
        let t = doc.tokens[i]
        if t.shape == .lower { return doc.has(i, .particle) }
        return t.shape == .capitalised && !doc.has(i, [.common, .nationality, .place, .organisation, .orgHead, .placeHead])
    }

    /// Where a known place that opens `r` ends (`China` in `China Daily`), when it is not also a
    /// given name (`Georgia`, `Sofia`).
    private func placePrefixEnd(_ r: Range<Int>) -> Int? {
        var end = r.upperBound - 1
        while end > r.lowerBound {
            let classes = doc.lexiconClasses(r.lowerBound..<end)
            if classes.contains(.place) {
                if end - r.lowerBound == 1 && (hasPersonName(r.lowerBound..<end) || (doc.census(r.lowerBound)?.firstName ?? 0) > 0) { return nil }
                return end
            }
            end -= 1
        }
        return nil
    }

    private func hasPersonName(_ r: Range<Int>) -> Bool {
        r.contains { (doc.census($0)?.firstName ?? 0) >= Threshold.givenNameRank || doc.has($0, .givenName) }
    }

    /// Cues that the name is a speaker: `said` after it, or a quotation and `said` before it
    /// (`" said Washington .`); strong enough to outweigh the gazetteer.
    private func speakerScore(_ c: Candidate) -> Double {
        let before = c.range.lowerBound - 1, after = c.range.upperBound
        var score = 0.0
        if doc.has(after, .speechVerb) && doc.tokens[after].shape == .lower {
            score += Cue.saidAfter.weight
            // `“...,” Tokayev said`: the speaker named right after a quotation.
            if before >= 0, doc.tokens[before].isPunctuation, ScalarClass.isClosingQuote(doc.tokens[before].first) || doc.tokens[before].first == "\"" {
                score += Cue.quoteThenSpeaker.weight
            }
        }
        if doc.has(before, .speechVerb) && doc.tokens[before].shape == .lower && !doc.isPunctuation(after, "'") { score += Cue.saidBefore.weight }
        // `" said Washington .`: the speaker named after a quotation.
        if doc.has(before, .speechVerb), before >= 1, doc.tokens[before - 1].isPunctuation,
           ScalarClass.isClosingQuote(doc.tokens[before - 1].first) || doc.tokens[before - 1].first == "\"" || doc.tokens[before - 1].first == "," {
            score += Cue.quoteSaidName.weight
        }
        return score
    }

    /// Cues around the name: `said`, `, 68,`, `named`, `( Croatia )`, `, who`.
    private func contextScore(_ c: Candidate) -> Double {
        let before = c.range.lowerBound - 1, after = c.range.upperBound
        var score = speakerScore(c)
        if doc.has(after, .personVerb) && doc.tokens[after].shape == .lower { score += Cue.personVerbAfter.weight }
        // Cricket scorecards: `c Knight b Hollioake`, `lbw b Fleming`.
        if before >= 0, doc.tokens[before].shape == .lower, doc.tokens[before].length == 1,
           Self.dismissals.contains(doc.tokens[before].key) {
            score += Cue.dismissal.weight
        }
        // Goal times: `Youri Djorkaeff ( 53rd )`, `Nicolas Ouedec ( 49th minute )`.
        if doc.isPunctuation(after, "("), after + 1 < doc.count, doc.tokens[after + 1].kind == .number,
           ScalarClass.isLetter(doc.scalars[doc.tokens[after + 1].end - 1]) {
            score += Cue.goalTime.weight
        }
        if doc.isPunctuation(after, ","), after + 2 < doc.count, doc.tokens[after + 1].kind == .number,
           doc.isPunctuation(after + 2, ",") {
            score += Cue.age.weight
        }
        // `Sofia Lindqvist, the European Commissioner for Energy,`
        if appositionNoun(after: after, [.roleNoun, .title]) { score += Cue.roleApposition.weight }
        if doc.isPunctuation(after, ","), after + 1 < doc.count {
            let next = doc.tokens[after + 1].key
            if next == Self.who { score += Cue.whoAfter.weight }
            if next == Self.which { score += Cue.whichAfter.weight }
        }
        if before >= 0, Self.naming.contains(doc.tokens[before].key) {
            score += doc.has(before - 1, .personNoun) || doc.has(before - 2, .personNoun) ? Cue.namedPerson.weight : Cue.named.weight
        }
        if let inner = bracketed(after) {
            if !doc.lexiconClasses(inner).isDisjoint(with: [.country, .nationality]) { score += Cue.bracketedCountry.weight }
            // `Wasim Akram ( captain )`
            if inner.count == 1 && doc.tokens[inner.lowerBound].shape == .lower && doc.has(inner.lowerBound, .roleNoun) { score += Cue.bracketedRole.weight }
        }
        return score
    }

    /// The tokens inside brackets that open at `i` and close within five tokens.
    private func bracketed(_ i: Int) -> Range<Int>? {
        guard doc.isPunctuation(i, "(") else { return nil }
        var k = i + 1
        while k < min(doc.count, i + 6) {
            if doc.isPunctuation(k, ")") { return k > i + 1 ? (i + 1)..<k : nil }
            k += 1
        }
        return nil
    }

    private static let dismissals: Set<UInt64> = Set(["b", "c"].map(TokenKey.word))
    private static let the = TokenKey.word("the")
    private static let securities: Set<UInt64> = Set(["shares", "stock", "stocks", "shareholders", "bonds", "subsidiary", "unit"].map(TokenKey.word))
    private static let who = TokenKey.word("who")
    private static let which = TokenKey.word("which")
    private static let of = TokenKey.word("of")
    /// Prepositions after which a name is almost always a place.
    private static let locative: Set<UInt64> = Set(["in", "at", "near", "outside"].map(TokenKey.word))
    /// Lower-case nouns after which a name is a place (`Stansted airport`).
    private static let facilities: Set<UInt64> = Set(["airport", "airbase", "stadium", "prison", "camp", "province", "region", "district"].map(TokenKey.word))
    private static let naming: Set<UInt64> = [TokenKey.word("named"), TokenKey.word("called")]

    // MARK: Places and organisations

    private func placeScore(_ c: Candidate) -> Double {
        let before = c.range.lowerBound - 1, after = c.range.upperBound
        var score = 0.0
        if doc.has(before, .placePreposition) {
            score += Self.locative.contains(doc.tokens[before].key) ? Cue.locativeBefore.weight : Cue.placePrepositionBefore.weight
            // `At Tunbridge Wells :` a venue heading.
            if doc.tokens[before].isSentenceStart && doc.isPunctuation(after, ":") { score += Cue.venueHeading.weight }
        }
        // `the city of Arbil`, `the Arctic island of Spitzbergen`
        if before >= 1, doc.tokens[before].key == Self.of, doc.has(before - 1, [.placeNoun, .landform]),
           doc.tokens[before - 1].shape == .lower {
            score += Cue.placeNounOf.weight
        }
        if after < doc.count, doc.tokens[after].shape == .lower, Self.facilities.contains(doc.tokens[after].key) { score += Cue.facilityAfter.weight }
        if appositionNoun(after: after, .placeNoun) { score += Cue.placeApposition.weight }
        // `the Ili river`
        if after < doc.count, doc.tokens[after].shape == .lower, doc.has(after, .landform), c.range.count == 1 { score += Cue.landformAfter.weight }
        return score
    }

    private func organisationScore(_ c: Candidate) -> Double {
        let r = c.range
        var score = 0.0
        score += organisationContext(r) + versusScore(r)
        if r.contains(where: { isCamelCase($0) }) { score += Cue.camelCase.weight }
        if r.count == 1 && doc.tokens[r.lowerBound].shape == .upper && doc.tokens[r.lowerBound].length <= 6 { score += Cue.shortCapitals.weight }
        if appositionNoun(after: r.upperBound, .orgNoun) { score += Cue.organisationApposition.weight }
        // `news agency Tanjug`, `chain Ruch`, `French first division side Nice`
        let before = r.lowerBound - 1
        if before >= 0, doc.tokens[before].shape == .lower, doc.has(before, .orgNoun) { score += Cue.organisationNounBefore.weight }
        // `Pirelli shares`, `Jones stock`
        let after = r.upperBound
        if after < doc.count, doc.tokens[after].shape == .lower, Self.securities.contains(doc.tokens[after].key) { score += Cue.securitiesAfter.weight }
        return score
    }

    /// Words around a name that only an organisation has: `the … party`, `members of …`,
    /// `(ABC)` after it, `shares in …`, `…'s chief executive`, `London-based …`, `the Greens`,
    /// `… v …`.
    private func organisationContext(_ r: Range<Int>) -> Double {
        let before = r.lowerBound - 1, after = r.upperBound
        var score = 0.0
        let afterThe = before >= 0 && doc.tokens[before].key == Self.the
        if afterThe, after < doc.count, doc.tokens[after].shape == .lower, doc.has(after, .orgNoun) { score += Cue.theNameNoun.weight }
        if before >= 1, doc.tokens[before].key == Self.of, doc.tokens[before - 1].shape == .lower,
           Self.memberships.contains(doc.tokens[before - 1].key) {
            score += Cue.membersOf.weight
        }
        if before >= 1, doc.tokens[before].key == Self.in_, doc.tokens[before - 1].shape == .lower || doc.tokens[before - 1].isSentenceStart,
           Self.holdings.contains(doc.tokens[before - 1].key) {
            score += Cue.holdingIn.weight
        }
        if let inner = bracketed(after), inner.count == 1, r.count >= 2, doc.tokens[inner.lowerBound].shape == .upper,
           let initial = doc.scalars[doc.tokens[inner.lowerBound].start].properties.lowercaseMapping.unicodeScalars.first,
           doc.scalars[doc.tokens[r.lowerBound].start].properties.lowercaseMapping.unicodeScalars.first == initial {
            score += Cue.initialsInBrackets.weight
        }
        // `Magna 's chief executive`, `Acme 's shareholders`
        if after + 1 < doc.count, isPossessive(after), doc.tokens[after + 1].shape == .lower,
           Self.corporateParts.contains(doc.tokens[after + 1].key) {
            score += Cue.corporatePossessive.weight
        }
        if before >= 0, doc.tokens[before].kind == .word, doc.tokens[before].shape != .lower, endsWithTail(before) { score += Cue.placedOrOwnedBy.weight }
        // `the Greens`, `the Liberals`: a group called by a plural.
        if afterThe, r.count == 1, doc.tokens[r.lowerBound].shape == .capitalised, !doc.tokens[r.lowerBound].isSentenceStart,
           doc.scalars[doc.tokens[r.lowerBound].end - 1] == "s", !doc.has(r.lowerBound, [.nationality, .common, .place]) {
            score += Cue.pluralGroup.weight
        }
        return score
    }

    /// `Riverside United v Hartley Town`: sides of a match (and of a court case, so it is only
    /// one cue among others).
    private func versusScore(_ r: Range<Int>) -> Double {
        let before = r.lowerBound - 1, after = r.upperBound
        if (before >= 0 && doc.tokens[before].shape == .lower && Self.versus.contains(doc.tokens[before].key))
            || (after < doc.count && doc.tokens[after].shape == .lower && Self.versus.contains(doc.tokens[after].key)) {
            return Cue.versus.weight
        }
        return 0
    }

    /// `NationsBank`, `KeyCorp`, `PowerGrid`: a capital inside a word after two or more small
    /// letters names a company or brand; surnames with such a capital open with a short
    /// prefix (`McCague`, `MacArthur`, `DiCaprio`, `FitzGerald`, `VanDyke`).
    private func isCamelCase(_ i: Int) -> Bool {
        let t = doc.tokens[i]
        guard t.kind == .word, t.shape == .capitalised, t.length >= 5 else { return false }
        var lowers = 0
        for k in (t.start + 1)..<t.end {
            let c = doc.scalars[k]
            if ScalarClass.isLower(c) {
                lowers += 1
            } else if lowers >= 2 && ScalarClass.isLetter(c) && k + 1 < t.end && ScalarClass.isLower(doc.scalars[k + 1]) {
                let prefix = doc.scalars.withUnsafeBufferPointer { TokenKey.word($0, t.start..<k) }
                return !Self.surnamePrefixes.contains(prefix)
            } else {
                return false
            }
        }
        return false
    }

    private static let surnamePrefixes: Set<UInt64> = Set(["mac", "van", "von", "fitz", "del", "della", "dos", "des", "den", "der", "ter", "ten", "san", "st", "ste"].map(TokenKey.word))

    /// `'s` after a name.
    private func isPossessive(_ i: Int) -> Bool {
        let t = doc.tokens[i]
        return t.kind == .word && t.length == 2 && ScalarClass.isApostrophe(doc.scalars[t.start])
    }

    /// `London-based`, `Oslo-listed`: an adjective that places or owns what follows it.
    private func endsWithTail(_ i: Int) -> Bool {
        let t = doc.tokens[i]
        var k = t.end - 1
        while k > t.start && ScalarClass.isLower(doc.scalars[k]) { k -= 1 }
        guard k > t.start, ScalarClass.isHyphen(doc.scalars[k]) else { return false }
        let tail = doc.scalars.withUnsafeBufferPointer { TokenKey.word($0, (k + 1)..<t.end) }
        return Self.companyTails.contains(tail)
    }

    /// A work's title, not a person: after `the film`, `the novel` and the like, in quotation
    /// marks, or before `starring`.
    private func isWork(_ c: Candidate) -> Bool {
        let before = c.range.lowerBound - 1, after = c.range.upperBound
        if before >= 0, doc.tokens[before].shape == .lower, Self.works.contains(doc.tokens[before].key) { return true }
        if after < doc.count, doc.tokens[after].key == Self.starring { return true }
        if doc.isPunctuation(after, ","), after + 1 < doc.count, doc.tokens[after + 1].key == Self.starring { return true }
        if c.range.count >= 2, c.titleRange == nil, before >= 0, after < doc.count, doc.tokens[before].isPunctuation, doc.tokens[after].isPunctuation,
           ScalarClass.isOpeningQuote(doc.tokens[before].first) || doc.tokens[before].first == "\"",
           ScalarClass.isClosingQuote(doc.tokens[after].first) || doc.tokens[after].first == "\"" {
            return true
        }
        return false
    }

    /// A dateline in capitals opening a line: `TROMSØ —`, `HO CHI MINH CITY, Vietnam —`.
    private func isDateline(_ r: Range<Int>) -> Bool {
        guard doc.tokens[r.lowerBound].flags.contains(.lineStart),
              r.allSatisfy({ doc.tokens[$0].shape == .upper || doc.tokens[$0].isCaseless }) else { return false }
        var k = r.upperBound
        if doc.isPunctuation(k, ",") {
            k += 1
            while k < min(doc.count, r.upperBound + 5) && doc.tokens[k].kind == .word && doc.tokens[k].shape != .lower { k += 1 }
        }
        guard k < doc.count, doc.tokens[k].isPunctuation, !doc.tokens[k].flags.contains(.lineStart) else { return false }
        // An en or em dash; a spaced hyphen after capitals is a headline's (`SOCCER - JAPAN ...`).
        return ScalarClass.isDash(doc.tokens[k].first) && !ScalarClass.isHyphen(doc.tokens[k].first)
    }

    private static let in_ = TokenKey.word("in")
    private static let starring = TokenKey.word("starring")
    private static let works: Set<UInt64> = Set(["film", "movie", "novel", "book", "song", "album", "single", "play", "documentary", "series", "sitcom", "opera", "musical", "painting", "poem", "memoir", "exhibition", "show", "game", "podcast"].map(TokenKey.word))
    private static let memberships: Set<UInt64> = Set(["members", "member", "leaders", "supporters", "founders", "candidates", "activists"].map(TokenKey.word))
    private static let holdings: Set<UInt64> = Set(["shares", "stake", "stakes", "investment", "investors", "holding"].map(TokenKey.word))
    private static let corporateParts: Set<UInt64> = Set(["shareholders", "shares", "board", "subsidiary", "headquarters", "stock", "profits", "profit", "revenue", "sales", "products", "chairman", "founder"].map(TokenKey.word))
    private static let companyTails: Set<UInt64> = Set(["based", "listed", "owned", "headquartered", "registered"].map(TokenKey.word))
    private static let versus: Set<UInt64> = Set(["v", "vs", "versus"].map(TokenKey.word))

    /// `, a city on ...`, `, the company ...`: an apposition whose noun has class `noun`.
    private func appositionNoun(after i: Int, _ noun: WordClass) -> Bool {
        guard doc.isPunctuation(i, ",") else { return false }
        var k = i + 1
        let limit = min(doc.count, i + 5)
        while k < limit {
            let t = doc.tokens[k]
            if t.kind != .word { return false }
            if doc.has(k, noun) && (t.shape == .lower || doc.has(k, .title)) { return true }
            k += 1
        }
        return false
    }

    /// The word before the first lower-case connector of a name (`Council` in
    /// `Russian Council on International Affairs`).
    private func headBeforeConnector(_ r: Range<Int>) -> Int? {
        for i in (r.lowerBound + 1)..<max(r.lowerBound + 1, r.upperBound - 1)
        where doc.tokens[i].shape == .lower && doc.has(i, .connector) && !doc.has(i, .particle) {
            return i - 1
        }
        return nil
    }
}
