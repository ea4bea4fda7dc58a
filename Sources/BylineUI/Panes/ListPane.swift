import BylineCore

/// The article list: date, title, source and the number of people named, one report a row.
enum ListPane {
    static func title(_ view: ArticleListView, corpusName: String, unread: Int? = nil) -> (String, String) {
        var count = view.filter.isEmpty ? "\(view.totalCount)" : "\(view.rowCount) of \(view.totalCount), filter: \(view.filter)"
        if view.undated { count += ", no dates" }
        let unreadText = unread.map { " \($0) unread" } ?? ""
        return ("Reports · \(corpusName) (\(count))\(unreadText)", view.sort.label(reversed: view.reversed))
    }

    /// `★ ` before a starred report's title, `✎ ` before one with a note (`* `, `+ ` in ASCII).
    static func marker(_ m: ReportMarks?, ascii: Bool) -> String {
        guard let m else { return "" }
        if m.starred { return ascii ? "* " : "★ " }
        if m.hasNote { return ascii ? "+ " : "✎ " }
        return ""
    }

    static func draw(_ view: ArticleListView, in rect: Rect, focused: Bool, loading: Bool, ascii: Bool = false, theme: Theme,
                     into grid: inout ScreenGrid) {
        guard view.rowCount > 0 else {
            let message = view.totalCount == 0 ? (loading ? "Reading the folder…" : "No reports in this folder.")
                : "No report matches the filter; & changes it, Esc clears it."
            PaneFrame.drawMessage(message, in: rect, style: theme[.dim], into: &grid)
            return
        }
        for y in 0..<rect.height {
            let i = view.cursor.top + y
            guard i < view.rowCount else { break }
            let line = view.summary(at: i).map {
                row($0, width: rect.width, dates: !view.undated, marker: marker(view.marks[$0.id], ascii: ascii), theme: theme)
            } ?? StyledLine("…", theme[.dim])
            PaneFrame.drawRow(line, at: rect.y + y, in: rect, selected: i == view.cursor.selected, focused: focused, theme: theme, into: &grid)
        }
    }

    /// Below this width a row has no date column, so a title shows as much as fits.
    static let dateColumnWidth = 36

    /// `2024-06-03  Title…  reuters.com  3 people`, in columns: the source (up to 16 cells) and
    /// the count keep their places so titles line up. The title comes first: the source shows
    /// only when 48 cells are left for it, the count when 36 are; a folder without dates, or a
    /// pane narrower than `dateColumnWidth`, has no date column.
    static func row(_ s: ArticleSummary, width: Int, dates: Bool = true, marker: String = "", theme: Theme) -> StyledLine {
        let dateWidth = dates && width >= dateColumnWidth ? 12 : 0
        let count = s.personCount == 1 ? "1 person" : "\(s.personCount) people"
        let countColumn = String(repeating: " ", count: max(0, 9 - count.count)) + count
        let source = sourceLabel(s).map { String(StyledLine($0).truncated(to: 16).text) } ?? ""
        let sourceColumn = source + String(repeating: " ", count: max(0, 16 - DisplayWidth.of(source)))
        let room = width - dateWidth
        var right = ""
        if room - 29 >= 48 {
            right = sourceColumn + "  " + countColumn
        } else if room - 11 >= 36 {
            right = countColumn
        }
        let titleRoom = max(0, room - (right.isEmpty ? 0 : DisplayWidth.of(right) + 2))
        var title = StyledLine(marker, theme[.count])
        title.append(VisibleText.make(s.title))
        title = title.truncated(to: titleRoom)
        var line = StyledLine()
        if dateWidth > 0 {
            line.append(s.date?.iso ?? String(repeating: " ", count: 10), theme[.date])
            line.append("  ")
        }
        line.runs += title.runs
        if !right.isEmpty {
            line.append(String(repeating: " ", count: max(0, titleRoom - title.width) + 2))
            line.append(right, theme[.meta])
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
