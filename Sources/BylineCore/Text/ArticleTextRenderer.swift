/// Lays a report out as plain text for `byline show`, and unwrapped for saving and piping from
/// the reader: title, date and byline, the story (its `ArticleOutline`) wrapped to the width,
/// captions as marked lines with their credits, then the sources.
///
///     Protesters rally in Almaty over water rights
///     ════════════════════════════════════════════
///     Date:    2024-03-09 (Sat. Mar 9th, 2024)
///     By:      admin
///
///     ALMATY, Kazakhstan (Reuters) - Thousands of farmers …
///
///     What the ministry says
///     ──────────────────────
///
///     ┃ Image: Farmers at the dry shore of Lake Balkhash
///     ┃ Farmers walk on the dry shore on March 8, 2024
///     ┃ Photo: Aleksei Morozov/AFP
///
///     Sources
///     ───────
///     Byline:  admin
///     Source:  Source link
///     Photo:   Aleksei Morozov/AFP
///     File:    Articles/balkhash-farmers-rally.txt
///
/// Every string from the report passes through `VisibleText.make`, so control characters in a
/// file cannot reach the terminal.
public struct ArticleTextRenderer: Sendable {
    /// The number of columns to fill (at least 20 are used); nil leaves each line whole, for
    /// saving to a file and piping to a command.
    public var width: Int?

    public init(width: Int? = 80) {
        self.width = width
    }

    private static let labelWidth = 9

    /// The report as lines of text, each ending in a newline.
    public func render(_ article: Article) -> String {
        lines(article).map { $0 + "\n" }.joined()
    }

    /// The report as lines of text, without line breaks: its `ArticleOutline` with the title
    /// and subheads underlined, quotes and captions marked, and labelled fields for the date,
    /// byline and tags at the top and the sources at the end.
    public func lines(_ article: Article) -> [String] {
        var out: [String] = []
        for line in ArticleOutline(article).lines {
            switch line.kind {
            case .title:
                let title = wrap(line.text)
                out += title
                out.append(String(repeating: "═", count: title.map { DisplayWidth.of($0) }.max() ?? 0))
                if let date = dateText(article) { out += field("Date:", date) }
                if let byline = article.byline { out += field("By:", byline) }
                if !article.tags.isEmpty { out += field("Tags:", article.tags.joined(separator: ", ")) }
            case .meta:
                break  // the labelled fields above say it
            case .blank:
                out.append("")
            case .paragraph:
                for part in line.text.split(separator: "\n", omittingEmptySubsequences: false) { out += wrap(String(part)) }
            case .subhead:
                let lines = wrap(line.text)
                out += lines
                out.append(String(repeating: "─", count: lines.map { DisplayWidth.of($0) }.max() ?? 0))
            case .quote:
                out += wrap(line.text, indent: ArticleOutline.Marks.quote)
            case .captionAlt, .captionText, .captionCredit:
                out += wrap(line.text, indent: ArticleOutline.Marks.caption)
            }
        }

        out += ["", "Sources", "───────"]
        if let byline = article.byline { out += field("Byline:", byline) }
        if let source = article.source { out += field("Source:", source) }
        var credits: [String] = []
        for credit in article.captions.compactMap(\.credit) where !credits.contains(credit) { credits.append(credit) }
        for credit in credits { out += field("Photo:", credit) }
        out += field("File:", article.path)

        if !article.warnings.isEmpty {
            out += ["", "Warnings", "────────"]
            for warning in article.warnings { out += wrap(warning, first: "! ", indent: "  ") }
        }
        return out
    }

    /// `text` made safe and wrapped to the width less the indent, each line after `indent`
    /// (the first after `first`); one line when there is no width, none for empty text.
    private func wrap(_ text: String, first: String? = nil, indent: String = "") -> [String] {
        let safe = VisibleText.make(text)
        let lines: [String]
        if let width {
            lines = TextWrapper.wrap(safe, width: max(20, width) - DisplayWidth.of(indent))
        } else {
            lines = safe.isEmpty ? [] : [safe]
        }
        return lines.enumerated().map { ($0.offset == 0 ? first ?? indent : indent) + $0.element }
    }

    /// `2022-01-22 (Sat. Jan 22nd, 2022)`, or whichever half the report gives.
    private func dateText(_ article: Article) -> String? {
        switch (article.date?.iso, article.dateText) {
        case let (iso?, text?) where text != iso: return "\(iso) (\(text))"
        case let (iso?, _): return iso
        case let (nil, text?): return text
        case (nil, nil): return nil
        }
    }

    /// `Label:  value`, the value wrapped under itself.
    private func field(_ label: String, _ value: String) -> [String] {
        let pad = String(repeating: " ", count: Self.labelWidth)
        return wrap(value, first: label + String(repeating: " ", count: max(1, Self.labelWidth - label.count)), indent: pad)
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
