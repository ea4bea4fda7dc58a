/// Lays a report out as plain text for `byline show`: title, date and byline, the story
/// wrapped to the width, captions as marked blocks with their credits, then the sources.
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
///       [Image: Farmers at the dry shore of Lake Balkhash]
///       Farmers walk on the dry shore on March 8, 2024 (Photo: Aleksei Morozov/AFP)
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
    /// The number of columns to fill (at least 20 are used).
    public var width: Int

    public init(width: Int = 80) {
        self.width = width
    }

    private static let labelWidth = 9

    /// The report as lines of text, each ending in a newline.
    public func render(_ article: Article) -> String {
        lines(article).map { $0 + "\n" }.joined()
    }

    /// The report as lines of text, without line breaks.
    public func lines(_ article: Article) -> [String] {
        let width = max(20, self.width)
        var out: [String] = []
        let title = TextWrapper.wrap(safe(article.title), width: width)
        out += title
        out.append(String(repeating: "═", count: title.map { DisplayWidth.of($0) }.max() ?? 0))
        if let date = dateText(article) { out += field("Date:", date, width: width) }
        if let byline = article.byline { out += field("By:", byline, width: width) }
        if !article.tags.isEmpty { out += field("Tags:", article.tags.joined(separator: ", "), width: width) }

        for (index, block) in article.blocks.enumerated() {
            out.append("")
            switch block.kind {
            case .paragraph:
                for line in block.text.split(separator: "\n", omittingEmptySubsequences: false) {
                    out += TextWrapper.wrap(safe(String(line)), width: width)
                }
            case .subhead:
                let lines = TextWrapper.wrap(safe(block.text), width: width)
                out += lines
                out.append(String(repeating: "─", count: lines.map { DisplayWidth.of($0) }.max() ?? 0))
            case .quote:
                out += TextWrapper.wrap(safe(block.text), width: width - 4).map { "  │ " + $0 }
            case .caption:
                out += caption(article.captions.first { $0.blockIndex == index }, block: block, width: width)
            }
        }

        out += ["", "Sources", "───────"]
        if let byline = article.byline { out += field("Byline:", byline, width: width) }
        if let source = article.source { out += field("Source:", source, width: width) }
        var credits: [String] = []
        for credit in article.captions.compactMap(\.credit) where !credits.contains(credit) { credits.append(credit) }
        for credit in credits { out += field("Photo:", credit, width: width) }
        out += field("File:", article.path, width: width)

        if !article.warnings.isEmpty {
            out += ["", "Warnings", "────────"]
            for warning in article.warnings {
                out += TextWrapper.wrap(safe(warning), width: width - 2).enumerated().map { ($0.offset == 0 ? "! " : "  ") + $0.element }
            }
        }
        return out
    }

    /// `[Image: alt]` (or `[Image]`), then the caption with its credit, indented two columns.
    private func caption(_ caption: Caption?, block: Block, width: Int) -> [String] {
        let text = caption?.text ?? block.text
        var marker = "[Image]"
        if let alt = caption?.alt, !alt.isEmpty, alt != text { marker = "[Image: \(alt)]" }
        var body = text
        if let credit = caption?.credit { body += (body.isEmpty ? "" : " ") + "(Photo: \(credit))" }
        var lines = TextWrapper.wrap(safe(marker), width: width - 2)
        lines += TextWrapper.wrap(safe(body), width: width - 2)
        return lines.map { "  " + $0 }
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
    private func field(_ label: String, _ value: String, width: Int) -> [String] {
        let pad = String(repeating: " ", count: Self.labelWidth)
        let lines = TextWrapper.wrap(safe(value), width: width - Self.labelWidth)
        return lines.enumerated().map { k, line in
            (k == 0 ? label + String(repeating: " ", count: max(1, Self.labelWidth - label.count)) : pad) + line
        }
    }

    private func safe(_ text: String) -> String {
        VisibleText.make(text)
    }
}
