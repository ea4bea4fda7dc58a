/// Finds quotations in a report and who said them.
///
/// A quotation is text in double quotation marks (`“ ”`, `„ “`, `« »`, `" "`) of three or more
/// words that ends in punctuation inside the marks, opens its paragraph or follows a colon;
/// shorter phrases in quotes (`“mixed bag”`) are scare quotes, not speech. Its speaker is the
/// person named next to a verb of saying after it (`“...,” Tokayev said`, `says Forestier –
/// Walker`, `a woman named Kuralai told Reuters`) or before it (`Blinken said: “...”`). A
/// pronoun (`she said`) stands for the last person named when only one fits. A quotation with
/// no attribution continues the speaker of the quotation before it in the same paragraph, or,
/// when it opens its paragraph, of the previous paragraph's last quotation.
struct QuoteAttributor {
    let doc: TextDocument
    /// The block of each token.
    let blockOf: [Int]
    /// Person mentions in text order: their tokens and the entity they belong to.
    let people: [(range: Range<Int>, entity: Int)]
    /// The gender the census gives the first name of each person entity.
    let genders: [Int: CensusNames.Gender]

    /// A verb of saying next to the quotation, and the person it names (nil: `a witness told`).
    struct Attribution {
        var entity: Int?
    }

    struct Found {
        var block: Int
        var text: String
        var speaker: Int?
    }

    func quotes() -> [Found] {
        var out: [Found] = []
        var lastSpeaker: (block: Int, entity: Int?)?
        var i = 0
        let n = doc.count
        while i < n {
            guard isOpener(i) else {
                i += 1
                continue
            }
            let block = blockOf[i]
            var close: Int?
            var k = i + 1
            while k < n && blockOf[k] == block {
                if isCloser(k) {
                    close = k
                    break
                }
                k += 1
            }
            let innerEnd = close ?? k
            defer { i = (close ?? (k - 1)) + 1 }
            guard isQuotation(open: i, innerEnd: innerEnd) else { continue }
            let text = quotedText(i, innerEnd)
            var attributed = false
            var speaker: Int?
            if let close, let s = speakerAfter(close) {
                attributed = true
                speaker = s.entity
            } else if let s = speakerBefore(i) {
                attributed = true
                speaker = s.entity
            }
            if !attributed && isFirstInBlock(i) && block > 0, let s = speakerOfIntroduction(before: i) {
                attributed = true
                speaker = s.entity
            }
            if !attributed, let last = lastSpeaker {
                if last.block == block, let previous = out.last, previous.block == block {
                    // A second quotation in the paragraph with no attribution: the same speaker.
                    // The attribution between the two parts is left out, as an ellipsis shows.
                    out[out.count - 1].text += " … " + text
                    continue
                }
                if last.block == block - 1 && isFirstInBlock(i) { speaker = last.entity }
            }
            out.append(Found(block: block, text: text, speaker: speaker))
            lastSpeaker = (block, speaker)
        }
        return out
    }

    // MARK: Marks

    private func isOpener(_ i: Int) -> Bool {
        let t = doc.tokens[i]
        guard t.isPunctuation else { return false }
        switch t.first.value {
        case 0x201C, 0x201E, 0xAB:
            return !looksClosing(i)
        case 0x22:
            return (t.flags.contains(.spaceBefore) || t.flags.contains(.lineStart) || i == 0)
                && i + 1 < doc.count && !doc.tokens[i + 1].flags.contains(.spaceBefore)
        default:
            return false
        }
    }

    private func isCloser(_ i: Int) -> Bool {
        let t = doc.tokens[i]
        guard t.isPunctuation else { return false }
        switch t.first.value {
        case 0x201D, 0xBB: return true
        case 0x22: return !isOpener(i)
        case 0x201C: return looksClosing(i)
        default: return false
        }
    }

    /// An opening mark used as a closing one (`“liquidated“,`): glued to the word before and
    /// followed by a space, punctuation or the end.
    private func looksClosing(_ i: Int) -> Bool {
        let t = doc.tokens[i]
        guard !t.flags.contains(.spaceBefore), i > 0, !t.flags.contains(.lineStart) else { return false }
        return i + 1 >= doc.count || doc.tokens[i + 1].flags.contains(.spaceBefore) || doc.tokens[i + 1].isPunctuation
    }

    private func isQuotation(open: Int, innerEnd: Int) -> Bool {
        let words = (open + 1)..<innerEnd
        let count = words.reduce(0) { $0 + (doc.tokens[$1].kind == .punctuation ? 0 : 1) }
        guard count >= 3 else { return false }
        if count >= 8 || isFirstInBlock(open) || doc.isPunctuation(open - 1, ":") { return true }
        let last = innerEnd - 1
        return doc.tokens[last].isPunctuation && ".,!?…".unicodeScalars.contains(doc.tokens[last].first)
    }

    private func isFirstInBlock(_ i: Int) -> Bool {
        i == 0 || blockOf[i - 1] != blockOf[i]
    }

    private func quotedText(_ open: Int, _ innerEnd: Int) -> String {
        var start = doc.tokens[open].end
        let close = innerEnd < doc.count && blockOf[innerEnd] == blockOf[open] ? doc.tokens[innerEnd].start : doc.tokens[innerEnd - 1].end
        var end = max(start, close)
        // Trimmed on the scalars, so the quotation's string is built once.
        while end > start, doc.scalars[end - 1] == "," || ScalarClass.isSpace(doc.scalars[end - 1]) || ScalarClass.isNewline(doc.scalars[end - 1]) {
            end -= 1
        }
        while start < end, ScalarClass.isSpace(doc.scalars[start]) { start += 1 }
        return doc.text(scalarRange: start..<end)
    }

    // MARK: Speakers

    /// `,” Tokayev said`, `says Forestier – Walker`, `a woman named Kuralai told Reuters`.
    private func speakerAfter(_ close: Int) -> Attribution? {
        let block = blockOf[close]
        var end = close + 1
        while end < doc.count && end - close <= 20 && blockOf[end] == block {
            let t = doc.tokens[end]
            if t.isPunctuation && (ScalarClass.isSentenceEnd(t.first) || isOpener(end)) { break }
            end += 1
        }
        return speaker(near: (close + 1)..<end, quoteAt: close, reach: 8)
    }

    /// `Blinken said: “...”`, `Blinken said, “...”`, and for a quotation inside reported
    /// speech, the sayer of its sentence (`Okafor said her report would “follow the water”`).
    private func speakerBefore(_ open: Int) -> Attribution? {
        guard open > 0 else { return nil }
        let block = blockOf[open]
        let end = doc.isPunctuation(open - 1, ":") || doc.isPunctuation(open - 1, ",") ? open - 1 : open
        var start = end
        while start > 0 && open - start <= 25 && blockOf[start - 1] == block {
            let t = doc.tokens[start - 1]
            if t.isPunctuation && (ScalarClass.isSentenceEnd(t.first) || ScalarClass.isClosingQuote(t.first) || t.first == "\"") { break }
            start -= 1
        }
        guard start < end else { return nil }
        // The sayer of a sentence may stand well before its verb
        // (`Sofia Lindqvist, who joined the talks by video link, said the EU wanted “...”`).
        return speaker(near: start..<end, quoteAt: open, reach: 20)
    }

    /// `UN Special Rapporteur Amara Okafor said:` closing the paragraph before a quotation
    /// that opens its own: the last sentence of that paragraph, when it ends in a colon.
    private func speakerOfIntroduction(before open: Int) -> Attribution? {
        let end = open - 1
        guard end >= 0, doc.isPunctuation(end, ":"), blockOf[end] == blockOf[open] - 1 else { return nil }
        var start = end
        while start > 0 && end - start <= 30 && blockOf[start - 1] == blockOf[end] {
            let t = doc.tokens[start - 1]
            if t.isPunctuation && ScalarClass.isSentenceEnd(t.first) { break }
            start -= 1
        }
        return speaker(near: start..<end, quoteAt: open, reach: 20)
    }

    /// The person nearest a verb of saying in `window`, within `reach` tokens of it; nil when
    /// the window has no such verb.
    private func speaker(near window: Range<Int>, quoteAt quote: Int, reach: Int) -> Attribution? {
        guard let verb = window.first(where: { isQuotingVerb($0) }) else { return nil }
        var best: (distance: Int, entity: Int)?
        for p in people where window.contains(p.range.lowerBound) {
            let distance = p.range.lowerBound > verb ? p.range.lowerBound - verb : verb - p.range.upperBound + 1
            if best == nil || distance < best!.distance { best = (distance, p.entity) }
        }
        if let best, best.distance <= reach { return Attribution(entity: best.entity) }
        for k in [verb - 1, verb + 1] where window.contains(k) && doc.has(k, .pronoun) {
            return Attribution(entity: resolvePronoun(at: k, before: quote))
        }
        return Attribution(entity: nil)
    }

    /// Verbs of saying, and verbs that introduce a quoted description (`called the deal “...”`).
    private func isQuotingVerb(_ k: Int) -> Bool {
        doc.tokens[k].shape == .lower && (doc.has(k, .speechVerb) || Self.describing.contains(doc.tokens[k].key))
    }

    private static let describing: Set<UInt64> = Set(["called", "calls", "described", "describes", "dubbed", "termed", "branded", "labelled", "labeled"].map(TokenKey.word))

    /// The person `he` or `she` stands for: the only gender-compatible person named before the
    /// quotation in its paragraph, or failing any, in the paragraph before; nil when more than
    /// one fits.
    private func resolvePronoun(at k: Int, before quote: Int) -> Int? {
        let female = doc.word(k).lowercased() == "she"
        let block = blockOf[min(quote, doc.count - 1)]
        let limit = min(k, quote)
        for scope in [block, block - 1] where scope >= 0 {
            var fitting: [Int] = []
            for p in people where p.range.lowerBound < limit && blockOf[p.range.lowerBound] == scope {
                let fits: Bool
                switch genders[p.entity] ?? .none {
                case .male: fits = !female
                case .female: fits = female
                default: fits = true
                }
                if fits && !fitting.contains(p.entity) { fitting.append(p.entity) }
            }
            if fitting.count == 1 { return fitting[0] }
            if fitting.count > 1 { return nil }
        }
        return nil
    }
}
