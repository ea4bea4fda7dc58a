import BylineCore

/// A report as plain text, for `s` (save) and `|` (pipe).
public enum PlainText {
    /// Title, date line, then the story with captions in place as `[Image: …]` paragraphs.
    public static func text(of article: Article) -> String {
        var out: [String] = [article.title]
        let meta = [article.date?.iso ?? article.dateText, article.byline.map(Article.creditLine(for:)), article.source]
            .compactMap { $0 }.filter { !$0.isEmpty }
        if !meta.isEmpty { out.append(meta.joined(separator: " · ")) }
        let captions = Dictionary(article.captions.map { ($0.blockIndex, $0) }, uniquingKeysWith: { a, _ in a })
        for (b, block) in article.blocks.enumerated() {
            out.append("")
            switch block.kind {
            case .paragraph: out.append(block.text)
            case .subhead: out.append("## " + block.text)
            case .quote: out.append("> " + block.text)
            case .caption:
                let c = captions[b]
                var parts = ["[Image"]
                if let alt = c?.alt, !alt.isEmpty { parts[0] += ": " + alt }
                parts[0] += "]"
                parts.append(block.text)
                if let credit = c?.credit { parts.append("(Photo: \(credit))") }
                out.append(parts.joined(separator: " "))
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// A file name from the title: lower case, words joined by `-`, at most 60 characters.
    public static func fileName(for article: Article) -> String {
        var slug = ""
        var lastDash = true
        for c in article.title.lowercased() {
            if c.isLetter || c.isNumber {
                slug.append(c)
                lastDash = false
            } else if !lastDash {
                slug.append("-")
                lastDash = true
            }
            if slug.count >= 60 { break }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return (slug.isEmpty ? "report" : slug) + ".txt"
    }
}
