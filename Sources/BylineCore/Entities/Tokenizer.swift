/// Splits text into words, numbers and punctuation in one pass over its Unicode scalars.
///
/// Words keep inner hyphens (`Kassym-Jomart`, `Nur-Sultan`) and inner apostrophes
/// (`O'Brien`), but a possessive `'s` or `’s` is its own token so `Tokayev’s` yields the name
/// `Tokayev`. Dotted abbreviations stay whole (`U.S.`), and so do a capital's full stop
/// (`M.`) and the full stop of a known abbreviation (`Mr.`, `Inc.`). Two words that scrapers
/// glued together (`KazakhstanProtesters`) are split where a long lower-case run meets a capital.
struct Tokenizer: Sendable {
    /// Keys of words that take a full stop as part of themselves (`mr`, `inc`, `gen`).
    let abbreviations: Set<UInt64>

    func tokenize(_ s: UnsafeBufferPointer<Unicode.Scalar>) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(s.count / 5)
        let n = s.count
        var i = 0
        var flags: Token.Flags = [.lineStart, .blockStart]
        var newlines = 0
        while i < n {
            let c = s[i]
            if ScalarClass.isNewline(c) {
                newlines += 1
                flags.insert(.lineStart)
                if newlines >= 2 { flags.insert(.blockStart) }
                flags.insert(.spaceBefore)
                i += 1
                continue
            }
            if ScalarClass.isSpace(c) {
                flags.insert(.spaceBefore)
                i += 1
                continue
            }
            newlines = 0
            if ScalarClass.isLetterOrDigit(c) {
                let end = wordEnd(s, from: i)
                tokens.append(word(s, i, end, flags))
                i = tokens[tokens.count - 1].end
            } else if ScalarClass.isApostrophe(c), i + 1 < n, s[i + 1] == "s" || s[i + 1] == "S",
                      i + 2 >= n || !ScalarClass.isLetterOrDigit(s[i + 2]), i > 0, ScalarClass.isLetter(s[i - 1]) {
                // The possessive of the word before: one token `'s`.
                tokens.append(Token(start: i, end: i + 2, kind: .word, shape: .lower, flags: flags,
                                    key: TokenKey.word(s, i..<(i + 2)), first: c))
                i += 2
            } else {
                tokens.append(Token(start: i, end: i + 1, kind: .punctuation, shape: .other, flags: flags,
                                    key: UInt64(c.value), first: c))
                i += 1
            }
            flags = []
        }
        return tokens
    }

    /// Where the word starting at `start` ends.
    private func wordEnd(_ s: UnsafeBufferPointer<Unicode.Scalar>, from start: Int) -> Int {
        let n = s.count
        var j = start
        var lowerRun = 0
        var letters = 0
        while j < n {
            let c = s[j]
            if c.value >= 0x61 && c.value <= 0x7A {
                // `a`…`z`, most of the text: what the branch below does for a lower-case letter.
                lowerRun += 1
                letters += 1
                j += 1
                continue
            }
            if ScalarClass.isLetterOrDigit(c) {
                if ScalarClass.isUpper(c) {
                    // `KazakhstanProtesters`: a long lower-case run, then a capital and a lower-case
                    // letter. Short runs stay whole (`McDonald`, `MacArthur`, `YouTube`).
                    if lowerRun >= 6, j + 1 < n, ScalarClass.isLower(s[j + 1]) { return j }
                    lowerRun = 0
                } else if ScalarClass.isLower(c) {
                    lowerRun += 1
                }
                letters += 1
                j += 1
                continue
            }
            guard j + 1 < n else { break }
            let next = s[j + 1]
            if ScalarClass.isHyphen(c), ScalarClass.isLetterOrDigit(next) {
                lowerRun = 0
                j += 1
                continue
            }
            if ScalarClass.isApostrophe(c), ScalarClass.isLetter(next) {
                // `Tokayev's` ends before the possessive; `O'Brien`, `don't` stay whole.
                if (next == "s" || next == "S") && (j + 2 >= n || !ScalarClass.isLetterOrDigit(s[j + 2])) { break }
                lowerRun = 0
                j += 1
                continue
            }
            if c == ".", letters == 1, j == start + 1, let end = dottedAbbreviationEnd(s, from: start) {
                return end
            }
            if c == ".", ScalarClass.isDigit(s[j - 1]), ScalarClass.isDigit(next) {
                j += 1
                continue
            }
            if (c == "," || c == ":" || c == "/"), ScalarClass.isDigit(s[j - 1]), ScalarClass.isDigit(next), ScalarClass.isDigit(s[start]) {
                j += 1
                continue
            }
            break
        }
        return j
    }

    /// `U.S.`, `U.N.`, `e.g.`, and `U.S` as tokenised corpora write it: single letters joined
    /// by full stops, with the last full stop when there is one. Nil for a lone initial (`M.`).
    private func dottedAbbreviationEnd(_ s: UnsafeBufferPointer<Unicode.Scalar>, from start: Int) -> Int? {
        let n = s.count
        var k = start + 1
        var letters = 1
        while k + 1 < n, s[k] == ".", ScalarClass.isLetter(s[k + 1]),
              k + 2 >= n || !(ScalarClass.isLetterOrDigit(s[k + 2]) || ScalarClass.isApostrophe(s[k + 2])) {
            k += 2
            letters += 1
        }
        guard letters >= 2 else { return nil }
        return k < n && s[k] == "." ? k + 1 : k
    }

    private func word(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int, _ flags: Token.Flags) -> Token {
        let first = s[start]
        var end = end
        var flags = flags
        if ScalarClass.isDigit(first) {
            return Token(start: start, end: end, kind: .number, shape: .other, flags: flags, key: TokenKey.word(s, start..<end), first: first)
        }
        var upper = 0, lower = 0
        var key = TokenKey.offset
        for k in start..<end {
            let c = s[k]
            if ScalarClass.isUpper(c) { upper += 1 } else if ScalarClass.isLower(c) { lower += 1 }
            key = TokenKey.mix(key, c)
        }
        var shape: Token.Shape
        if ScalarClass.isUpper(first) {
            shape = lower == 0 && upper >= 2 ? .upper : .capitalised
        } else if ScalarClass.isLower(first) {
            shape = Self.particlePrefixedName(s, start, end) ? .capitalised : .lower
        } else {
            shape = .other
        }
        let hasDot = end < s.count && s[end] == "."
        if hasDot && s[end - 1] == "." {
            // Already a dotted abbreviation (`U.S.`).
        } else if hasDot && upper == 1 && end - start == 1 {
            shape = .initial
            end += 1
            flags.insert(.abbreviation)
        } else if hasDot && abbreviations.contains(key) {
            end += 1
            flags.insert(.abbreviation)
        }
        if s[end - 1] == "." { key = TokenKey.word(s, start..<(end - 1)) }
        return Token(start: start, end: end, kind: .word, shape: shape, flags: flags, key: key, first: first)
    }

    /// `al-Assad`, `el-Sisi`, `d'Alema`, `bin-Laden`: a short lower-case particle, a hyphen or
    /// apostrophe, then a capital.
    private static func particlePrefixedName(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int) -> Bool {
        // A particle, its mark and a capital take three scalars at least.
        guard end - start >= 3 else { return false }
        var k = start
        while k < end, k - start < 4, ScalarClass.isLower(s[k]) { k += 1 }
        guard k > start, k - start <= 3, k + 1 < end else { return false }
        return (ScalarClass.isHyphen(s[k]) || ScalarClass.isApostrophe(s[k])) && ScalarClass.isUpper(s[k + 1])
    }
}
