import BylineCore

/// The article list: date, title, source and the number of people named, one report a row.
enum ListPane {
    static func title(_ view: ArticleListView, corpusName: String) -> (String, String) {
        let count = view.filter.isEmpty ? "\(view.all.count)" : "\(view.rows.count) of \(view.all.count), filter: \(view.filter)"
        return ("Reports · \(corpusName) (\(count))", "by \(view.sort.rawValue)")
    }

    static func draw(_ view: ArticleListView, in rect: Rect, focused: Bool, loading: Bool, theme: Theme, into grid: inout ScreenGrid) {
        guard !view.rows.isEmpty else {
            let message = view.all.isEmpty ? (loading ? "Reading the folder…" : "No reports in this folder.")
                : "No report matches the filter; & changes it, Esc clears it."
            PaneFrame.drawMessage(message, in: rect, style: theme[.dim], into: &grid)
            return
        }
        for y in 0..<rect.height {
            let i = view.cursor.top + y
            guard i < view.rows.count else { break }
            let line = row(view.all[view.rows[i]], width: rect.width, theme: theme)
            PaneFrame.drawRow(line, at: rect.y + y, in: rect, selected: i == view.cursor.selected, focused: focused, theme: theme, into: &grid)
        }
    }

    /// `2024-06-03  Title…  reuters.com  3 people`
    static func row(_ s: ArticleSummary, width: Int, theme: Theme) -> StyledLine {
        let date = s.date?.iso ?? String(repeating: " ", count: 10)
        var right: [String] = []
        if let source = sourceLabel(s) { right.append(source) }
        right.append(s.personCount == 1 ? "1 person" : "\(s.personCount) people")
        var rightText = right.joined(separator: "  ")
        if width - 12 - DisplayWidth.of(rightText) - 2 < 24 { rightText = right.last! }
        if width - 12 - DisplayWidth.of(rightText) - 2 < 16 { rightText = "" }
        let titleRoom = max(0, width - 12 - (rightText.isEmpty ? 0 : DisplayWidth.of(rightText) + 2))
        let title = StyledLine(VisibleText.make(s.title)).truncated(to: titleRoom)
        var line = StyledLine(date, theme[.date])
        line.append("  ")
        line.runs += title.runs
        if !rightText.isEmpty {
            line.append(String(repeating: " ", count: max(0, titleRoom - title.width) + 2))
            line.append(rightText, theme[.meta])
        }
        return line
    }

    /// The source's host name (`reuters.com`), or the byline when the source is only a marker.
    static func sourceLabel(_ s: ArticleSummary) -> String? {
        if let source = s.source, let url = ArticlePaneView.url(source) {
            var host = url.split(separator: "/", omittingEmptySubsequences: true).dropFirst().first.map(String.init) ?? url
            if host.hasPrefix("www.") { host.removeFirst(4) }
            return VisibleText.make(String(host.prefix(24)))
        }
        return s.byline.map { VisibleText.make(String($0.prefix(24))) }
    }
}
