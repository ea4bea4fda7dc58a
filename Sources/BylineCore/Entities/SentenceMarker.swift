/// Marks where sentences start and which lines are written all in capitals.
///
/// Case is evidence for names only in running text: the first word of a sentence is capitalised
/// whatever it is, and a headline in capitals (`SOCCER - JAPAN GET LUCKY WIN`) capitalises
/// everything. Both are flagged so the candidate finder asks the lexicons instead.
enum SentenceMarker {
    static func mark(_ tokens: inout [Token]) {
        markCaselessLines(&tokens)
        var pending = true
        for i in tokens.indices {
            let t = tokens[i]
            if t.flags.contains(.lineStart) && (i == 0 || endsLine(tokens[i - 1])) { pending = true }
            guard t.isPunctuation else {
                if pending { tokens[i].flags.insert(.sentenceStart) }
                pending = false
                continue
            }
            let c = t.first
            if ScalarClass.isSentenceEnd(c) || ScalarClass.isOpeningQuote(c) || (c == "\"" && opensQuote(tokens, i)) {
                // The word after an opening quote starts the quoted sentence.
                pending = true
            } else if c == "(" || c == "[" || c == "*" || ScalarClass.isDash(c) || ScalarClass.isClosingQuote(c) || c == "\"" {
                // Brackets, dashes and closing quotes pass the state on.
            } else {
                pending = false
            }
        }
    }

    /// Whether a line ending in `token` ends its sentence too. A line ending in a lower-case
    /// word or a comma is text wrapped mid-sentence.
    private static func endsLine(_ token: Token) -> Bool {
        if token.kind == .word && token.shape == .lower { return false }
        if token.isPunctuation && (token.first == "," || token.first == ";") { return false }
        return true
    }

    /// A straight double quote opens a quotation when no word touches it on its left.
    private static func opensQuote(_ tokens: [Token], _ i: Int) -> Bool {
        i + 1 < tokens.count && !tokens[i + 1].flags.contains(.spaceBefore)
            && (i == 0 || tokens[i].flags.contains(.spaceBefore) || tokens[i].flags.contains(.lineStart))
    }

    /// Flags every token of a line that has at least two words in capitals and next to no
    /// word in lower case.
    private static func markCaselessLines(_ tokens: inout [Token]) {
        var lineStart = 0
        var upper = 0, other = 0
        func close(_ end: Int) {
            if upper >= 2 && other * 4 < upper {
                for k in lineStart..<end { tokens[k].flags.insert(.caseless) }
            }
        }
        for i in tokens.indices {
            if tokens[i].flags.contains(.lineStart) && i > 0 {
                close(i)
                lineStart = i
                upper = 0
                other = 0
            }
            let t = tokens[i]
            guard t.kind == .word else { continue }
            switch t.shape {
            case .upper: upper += 1
            case .lower, .capitalised: if t.length > 1 { other += 1 }
            default: break
            }
        }
        close(tokens.count)
    }
}
