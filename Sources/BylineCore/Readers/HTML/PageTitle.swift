/// Cleans a page's `<title>` or `og:title` into the story's headline.
enum PageTitle {
    /// Separators between a headline and the site's name, widest first.
    private static let separators = [" | ", " || ", " – ", " — ", " - ", " :: ", " · ", " • "]

    /// The headline without the site's name around it:
    /// `Dockworkers stay out | The Valparaíso Ledger` → `Dockworkers stay out`.
    ///
    /// A part is taken off when it is the site's name (from `og:site_name` or JSON-LD), when
    /// what remains is the page's `<h1>`, or when it follows ` | ` and looks like a name (a
    /// few capitalised words). After a dash the name must also be short beside the headline,
    /// so `Strike goes on - but talks resume` and title-case headlines keep their dash.
    static func clean(_ raw: String, siteName: String?, heading: String?) -> String {
        let title = raw.normalizedSpacing
        let comparableHeading = heading.map { $0.normalizedSpacing.lowercased() }
        for separator in separators {
            let parts = title.split(separator: separator, omittingEmptySubsequences: false).map(String.init)
            guard parts.count >= 2 else { continue }
            let head = parts.dropLast().joined(separator: separator), tail = parts[parts.count - 1]
            let first = parts[0], rest = parts.dropFirst().joined(separator: separator)
            if let comparableHeading {
                if head.lowercased() == comparableHeading { return head }
                if rest.lowercased() == comparableHeading { return rest }
            }
            if let site = siteName?.normalizedSpacing.lowercased(), !site.isEmpty {
                if tail.lowercased() == site { return head }
                if first.lowercased() == site { return rest }
            }
            // Headlines in title case have dashes of their own; a dash only parts off a short name.
            let isPipe = separator.contains("|")
            if looksLikeName(tail), head.count > (isPipe ? 1 : 2) * tail.count, isPipe || tail.split(separator: " ").count <= 3 {
                return head
            }
        }
        return title
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
}
