/// Splits a scraped image caption into alt text, caption and credit.
///
/// Scrapers write the image's alt text and its caption with no space between them, then the
/// credit in brackets:
///
///     Dockers march in ValparaísoDockers march in Valparaíso on Monday [Mariana Costa/Reuters]
///     alt: "Dockers march in Valparaíso"
///     text: "Dockers march in Valparaíso on Monday"
///     credit: "Mariana Costa/Reuters"
///
/// The glue point is a lower-case letter, digit or closing mark followed straight by a capital.
/// Names can look the same (`McDonald`, `YouTube`), so a split where the caption starts by
/// repeating the alt text wins; without such a repeat, a glue point is only taken when both
/// sides read as words.
enum CaptionSplitter {
    struct Parts: Equatable {
        var alt: String?
        var text: String
        var credit: String
        /// Where `text` starts in the paragraph, in Unicode scalars.
        var textOffset: Int
    }

    /// The longest paragraph read as a caption, in characters.
    static let maxLength = 600

    /// The parts of `paragraph` when it ends in a bracketed credit, else nil.
    static func split(_ paragraph: String) -> Parts? {
        // Captions are a sentence or two; a long paragraph ending in brackets is story text, and
        // the glue search below is quadratic in the caption's length.
        guard LineShape.isShort(paragraph, maxCharacters: maxLength), let (body, credit) = splitCredit(paragraph), !body.isEmpty else { return nil }
        let chars = Characters(body)
        guard let glue = bestGluePoint(chars) else {
            return Parts(alt: nil, text: body, credit: credit, textOffset: 0)
        }
        let alt = String(chars[..<glue]).trimmed()
        let text = String(chars[glue...])
        let offset = chars[..<glue].unicodeScalars.count
        return Parts(alt: alt, text: text, credit: credit, textOffset: offset)
    }

    /// A text's characters by position, whose runs slice the text itself (a copy of its
    /// bytes) rather than being rebuilt character by character.
    private struct Characters {
        let text: String
        private let starts: [String.Index]
        private let characters: [Character]

        init(_ text: String) {
            self.text = text
            // One pass over the characters; each starts where the one before ends, in bytes.
            var starts: [String.Index] = []
            var characters: [Character] = []
            var i = text.startIndex
            for c in text {
                starts.append(i)
                characters.append(c)
                i = text.utf8.index(i, offsetBy: c.utf8.count)
            }
            starts.append(text.endIndex)
            self.starts = starts
            self.characters = characters
        }

        var count: Int { characters.count }
        subscript(i: Int) -> Character { characters[i] }
        subscript(r: PartialRangeUpTo<Int>) -> Substring { text[starts[0]..<starts[r.upperBound]] }
        subscript(r: PartialRangeFrom<Int>) -> Substring { text[starts[r.lowerBound]..<text.endIndex] }
        subscript(r: Range<Int>) -> Substring { text[starts[r.lowerBound]..<starts[r.upperBound]] }
    }

    /// The text before a final `[credit]` and the credit without brackets, or nil when the
    /// text does not end in one. Footnote marks (`[3]`) and editorial notes (`[sic]`) are not credits.
    static func splitCredit(_ text: String) -> (body: String, credit: String)? {
        // Most paragraphs fail here, without being copied by `trimmed()`.
        guard text.last(where: { $0 != " " && $0 != "\t" && $0 != "\u{A0}" }) == "]" else { return nil }
        let trimmed = text.trimmed()
        guard trimmed.hasSuffix("]"), let open = trimmed.lastIndex(of: "[") else { return nil }
        let credit = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)].trimmed()
        guard !credit.isEmpty, credit.count <= 150, !credit.contains("]"),
              credit.contains(where: { $0.isLetter }), !["sic", "…", "...", "citation needed"].contains(credit.lowercased()),
              credit.first!.isUppercase || !credit.first!.isCased || credit.first!.isNumber else { return nil }
        let body = trimmed[..<open].trimmed()
        return (body, credit)
    }

    /// The most glue points weighed in one caption. A real caption has one, or a few more when
    /// it names a `McDonald`; each costs a pass over the caption, so text with hundreds of them
    /// (`abCabC…`) must not be weighed in full.
    static let maxGluePoints = 8

    private static func bestGluePoint(_ chars: Characters) -> Int? {
        var best: (index: Int, score: Int)?
        var weighed = 0
        for i in 1..<max(1, chars.count) where isGlue(chars, at: i) {
            weighed += 1
            if weighed > maxGluePoints { break }
            let alt = String(chars[..<i]).trimmed()
            let rest = String(chars[i...])
            let score: Int
            if rest.hasPrefix(alt) {
                score = 3_000 + alt.count
            } else if let shared = sharedLeadingWords(alt, rest), shared >= 2, shared * 2 >= LineShape.wordCount(alt) {
                score = 2_000 + shared
            } else if readsAsWords(chars, gluedAt: i) {
                score = 1_000 - i  // the first plausible point: alt text is usually the shorter part
            } else {
                continue
            }
            if best == nil || score > best!.score { best = (i, score) }
        }
        return best?.index
    }

    /// `nC`, `5C`, `.C`, `’C`: no space between the end of one text and a capital starting the next.
    private static func isGlue(_ chars: Characters, at i: Int) -> Bool {
        let before = chars[i - 1], after = chars[i]
        guard isUppercase(after) else { return false }
        return before.isLowercase || before.isNumber || glueMarks.contains(before)
    }

    private static let glueMarks: Set<Character> = [".", ")", "’", "”", "\"", "!", "?", "»"]

    /// `Character.isUppercase`, which for a character that is not a capital compares it with
    /// an upper-cased copy: for a one-byte (ASCII) character that is exactly `A`…`Z`.
    private static func isUppercase(_ c: Character) -> Bool {
        if c.utf8.count == 1, let byte = c.utf8.first { return (0x41...0x5A).contains(byte) }
        return c.isUppercase
    }

    /// Both sides of an unrepeated glue point look like text: a left word of three or more
    /// characters that is not a known mixed-case name, and at least two words on the right.
    private static func readsAsWords(_ chars: Characters, gluedAt i: Int) -> Bool {
        var leftStart = i
        while leftStart > 0 && !chars[leftStart - 1].isWhitespace { leftStart -= 1 }
        var rightEnd = i
        while rightEnd < chars.count && !chars[rightEnd].isWhitespace { rightEnd += 1 }
        let left = String(chars[leftStart..<i])
        let right = String(chars[i..<rightEnd])
        guard left.count >= 3, LineShape.wordCount(chars[i...]) >= 2 else { return false }
        guard right.count == 1 || right.dropFirst().first.map({ $0.isLowercase || $0 == "’" || $0 == "'" }) == true else { return false }
        let joined = (left + right).lowercased().filter { $0.isLetter }
        return !mixedCaseNames.contains(where: { joined.hasPrefix($0) || joined.hasSuffix($0) })
    }

    /// How many words the two texts share from the start, or nil when none.
    private static func sharedLeadingWords(_ a: String, _ b: String) -> Int? {
        let n = asciiSharedLeadingWords(a, b) ?? {
            // `b` is split only as far as `a` has words: its first pieces are the same.
            let x = a.split(separator: " ")
            let y = b.split(separator: " ", maxSplits: x.count)
            return zip(x, y).prefix(while: { $0 == $1 }).count
        }()
        return n == 0 ? nil : n
    }

    /// The count `sharedLeadingWords` takes, on the bytes of two ASCII texts, whose characters
    /// are their bytes but CR LF (which holds no space); nil when either is not ASCII.
    private static func asciiSharedLeadingWords(_ a: String, _ b: String) -> Int? {
        guard a.utf8.allSatisfy({ $0 < 0x80 }), b.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        let x = a.utf8.split(separator: 0x20)
        let y = b.utf8.split(separator: 0x20, maxSplits: x.count)
        return zip(x, y).prefix(while: { $0.elementsEqual($1) }).count
    }

    private static let mixedCaseNames: [String] = [
        "mcdonald", "macdonald", "youtube", "linkedin", "whatsapp", "powerpoint", "iphone", "ipad",
        "macbook", "tiktok", "playstation", "fedex", "blackrock", "deepmind", "openai", "github",
        "paypal", "wordpress", "javascript", "sharepoint", "biontech", "easyjet", "airbnb",
        "gazprom", "kazmunaygas", "mcleod", "mckinsey", "macarthur", "dicaprio", "lafarge",
    ]
}
