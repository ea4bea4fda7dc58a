/// Story text that a scraper stored as plain text: paragraphs separated by blank lines (or
/// by single line breaks when there are none), with subheads and photo captions among them.
enum PlainBody {
    /// The paragraphs of `text`, each on one line.
    static func paragraphs(_ text: String) -> [String] {
        var lines = text.normalizedLineEnds().split(separator: "\n", omittingEmptySubsequences: false)[...]
        while let first = lines.first, first.allSatisfy(\.isWhitespace) { lines = lines.dropFirst() }
        while let last = lines.last, last.allSatisfy(\.isWhitespace) { lines = lines.dropLast() }
        let hasBlankLines = lines.contains { $0.allSatisfy(\.isWhitespace) }
        guard hasBlankLines else { return lines.map(\.normalizedSpacing).filter { !$0.isEmpty } }
        var paragraphs: [String] = []
        var current: [Substring] = []
        for line in lines + [""] {
            if line.allSatisfy(\.isWhitespace) {
                if !current.isEmpty { paragraphs.append(current.joined(separator: " ").normalizedSpacing) }
                current = []
            } else {
                current.append(line)
            }
        }
        return paragraphs.filter { !$0.isEmpty }
    }

    /// Adds the paragraphs of `text` to `story`. A paragraph that repeats one of `captions`, or
    /// ends in a bracketed agency credit (`[Mariana Costa/Reuters]`), becomes a caption in its
    /// place; matched captions are removed from `captions`, so the caller can add the rest at
    /// the end. Lines of site furniture are dropped by the raw text format's rules
    /// (`Furniture`), since scrapers copy the same lines into their text fields.
    static func add(_ text: String, to story: inout WebStoryBuilder, captions: inout [FoundCaption]) {
        let paragraphs = paragraphs(text).filter { Furniture.classify($0) == nil }
        for (index, paragraph) in paragraphs.enumerated() {
            let (withoutCredit, credit) = CaptionCredit.split(paragraph)
            if let match = captions.firstIndex(where: { $0.text == paragraph || ($0.text == withoutCredit && !$0.text.isEmpty) }) {
                let found = captions.remove(at: match)
                story.addCaption(alt: found.alt, text: found.text, credit: found.credit ?? credit, image: found.image)
            } else if let credit, paragraph.hasSuffix("]"), credit.contains("/") {
                story.addCaption(alt: nil, text: withoutCredit, credit: credit, image: nil)
            } else if index > 0, index < paragraphs.count - 1, isSubhead(paragraph) {
                story.add(.subhead, paragraph)
            } else {
                story.add(.paragraph, paragraph)
            }
        }
    }

    /// A short line with no closing punctuation between paragraphs, such as
    /// `Ships wait off Rotterdam` or `‘We are not moving’`.
    static func isSubhead(_ line: String) -> Bool {
        guard line.count <= 70, line.split(separator: " ").count <= 10, let first = line.first, let last = line.last else { return false }
        guard first.isUppercase || first.isNumber || "‘“\"'".contains(first) else { return false }
        if ".!?,;:…".contains(last) { return false }
        if "’”\"'".contains(last), let beforeQuote = line.dropLast().last, ".!?,;…".contains(beforeQuote) { return false }
        return true
    }
}

extension String {
    /// The text with `\r\n` and lone `\r` turned into `\n`.
    func normalizedLineEnds() -> String {
        guard unicodeScalars.contains("\r") else { return self }
        var out = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in unicodeScalars {
            if scalar == "\r" {
                out.append("\n")
                previousWasCR = true
                continue
            }
            if !(scalar == "\n" && previousWasCR) { out.append(scalar) }
            previousWasCR = false
        }
        return String(out)
    }
}
