import Foundation

/// Cleans a page's `<title>` into the story's headline.
enum PageTitle {
    /// The headline without the site's name or section path around it:
    /// `Dockworkers stay out of the port | The Valparaíso Ledger` → `Dockworkers stay out of the port`.
    ///
    /// - A part is taken off when it is the site's name (`og:site_name` or JSON-LD) or when
    ///   what remains is one of the page's headings.
    /// - Otherwise the part after the last separator (` | `, ` - `, ` » `, ` / `) goes, or the
    ///   first part when the rest would be under three words; a title with a colon keeps
    ///   what follows it unless a heading repeats the whole title.
    /// - A result of four words or fewer means the cut took the headline apart (short titles
    ///   have dashes of their own), so the title stays whole, unless only a section path
    ///   (`›`, `/`, `»`) and one word of it went.
    static func clean(_ raw: String, siteName: String?, headings: [String] = []) -> String {
        let title = raw.normalizedSpacing
        let comparableHeadings = Set(headings.map { $0.normalizedSpacing.lowercased() })
        if let known = knownParts(title, siteName: siteName, headings: comparableHeadings) { return known }

        var cleaned = title
        let separators = separatorRanges(in: title)
        let hierarchical = separators.contains { ![" | ", " - ", " – ", " — "].contains(String(title[$0])) }
        if let last = separators.last {
            cleaned = String(title[..<last.lowerBound])
            // After a dash the cut part must be short beside the rest: title-case headlines
            // have dashes of their own (`Fight Moves To Geneva - Final Talks Begin`).
            if [" - ", " – ", " — "].contains(String(title[last])), cleaned.count <= 2 * title[last.upperBound...].count { return title }
            if wordCount(cleaned) < 3, let first = separators.first {
                cleaned = String(title[first.upperBound...])
            }
        } else if title.contains(": ") {
            if !comparableHeadings.contains(title.lowercased()), let colon = title.lastIndex(of: ":") {
                cleaned = String(title[title.index(after: colon)...])
                let before = title[..<title.firstIndex(of: ":")!]
                if wordCount(cleaned) < 3, let firstColon = title.firstIndex(of: ":") {
                    cleaned = String(title[title.index(after: firstColon)...])
                } else if wordCount(String(before)) > 5 {
                    cleaned = title
                }
            }
        }
        cleaned = cleaned.normalizedSpacing
        let words = wordCount(cleaned)
        let withoutSeparators = title.filter { !"|-\\/>»".contains($0) }
        if words <= 4, !hierarchical || words != wordCount(withoutSeparators) - 1 {
            // A short headline keeps its cut only when what went reads as a site's name.
            if let last = separators.last, looksLikeName(String(title[last.upperBound...])) { return cleaned }
            return title
        }
        return cleaned
    }

    /// The title without a part that is the site's name, or the part that is a heading.
    private static func knownParts(_ title: String, siteName: String?, headings: Set<String>) -> String? {
        let site = siteName?.normalizedSpacing.lowercased()
        let bytes = Array(title.utf8)
        for (separator, separatorBytes) in partSeparators {
            // Most titles hold one separator or none: the others are not looked for by
            // splitting the title (which costs more than the rest of reading the metadata).
            // A separator has no letters and no decomposition, so without its bytes it is not
            // in the title.
            guard bytes.withUnsafeBufferPointer({ ContentHints.contains($0, separatorBytes) }) else { continue }
            let parts = title.components(separatedBy: separator)
            guard parts.count >= 2 else { continue }
            let head = parts.dropLast().joined(separator: separator), rest = parts.dropFirst().joined(separator: separator)
            if headings.contains(head.lowercased()) { return head }
            if headings.contains(rest.lowercased()) { return rest }
            if let site, !site.isEmpty {
                if parts[parts.count - 1].lowercased() == site { return head }
                if parts[0].lowercased() == site { return rest }
            }
        }
        return nil
    }

    private static let partSeparators = [" | ", " – ", " — ", " - ", " :: ", " · ", " • ", " » ", " / "].map { ($0, Array($0.utf8)) }

    /// The separators between a title's parts: a bar, dash, slash, backslash, `>` or `»`
    /// with a space either side.
    private static func separatorRanges(in title: String) -> [Range<String.Index>] {
        var ranges: [Range<String.Index>] = []
        var index = title.startIndex
        while index < title.endIndex {
            let next = title.index(after: index)
            if title[index] == " ", next < title.endIndex, "|-–—\\/>»".contains(title[next]) {
                let after = title.index(after: next)
                if after < title.endIndex, title[after] == " " {
                    ranges.append(index..<title.index(after: after))
                    index = after
                    continue
                }
            }
            index = next
        }
        return ranges
    }

    /// `The Valparaíso Ledger`, `Harbour Daily`, `example.com`: at most five words, each
    /// capitalised or a small joining word, or a domain name.
    private static func looksLikeName(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard (1...5).contains(words.count) else { return false }
        if words.count == 1, text.contains("."), !text.hasSuffix(".") { return true }
        let joining: Set<String> = ["of", "the", "and", "de", "del", "la", "van", "der", "&", "on", "for"]
        return words.allSatisfy { word in
            joining.contains(word.lowercased()) || word.first.map { $0.isUppercase || $0.isNumber } == true
        } && !text.hasSuffix("?") && !text.hasSuffix("!")
    }

    private static func wordCount(_ text: String) -> Int {
        text.split(whereSeparator: \.isWhitespace).count
    }
}
