import BylineCore

/// The reports naming two entities, or one entity in one period: date and title, then the
/// sentences with the names marked.
enum ReportSetPane {
    static func title(_ view: ReportSetView) -> (String, String) {
        let title: String
        switch view.source {
        case .shared(_, let a, _, let b): title = "Together · \(a) & \(b)"
        case .period(_, let a, let period, _): title = "\(period) · \(a)"
        }
        guard view.loaded else { return (title, "") }
        let info = view.selectedReport.map { "report \($0 + 1)/\(view.reports.count)" } ?? plural(view.reports.count, "report")
        return (title, info)
    }

    static func items(_ view: ReportSetView, width: Int, theme: Theme) -> [[StyledLine]] {
        view.rows.map { row in
            switch row {
            case .report(let r):
                let report = view.reports[r]
                var line = StyledLine(report.date?.iso ?? "          ", theme[.date])
                line.append("  ")
                line.runs += StyledLine(VisibleText.make(report.title), theme[.heading]).truncated(to: max(0, width - 12)).runs
                return [line.truncated(to: width)]
            case .line(let r, let s):
                return sentence(view.reports[r].sentences[s], theme: theme).wrapped(width: width, indent: "      ", maxLines: 4)
            }
        }
    }

    /// `    › the sentence, with each name marked`
    static func sentence(_ text: MarkedText, theme: Theme) -> StyledLine {
        let scalars = Array(text.text.unicodeScalars)
        func part(_ r: Range<Int>) -> String {
            var s = String.UnicodeScalarView()
            s.append(contentsOf: scalars[r])
            return ReaderDocument.visible(String(s))
        }
        var line = StyledLine("    › ", theme[.dim])
        var at = 0
        for mark in text.marks where mark.lowerBound >= at && mark.upperBound <= scalars.count {
            line.append(part(at..<mark.lowerBound))
            line.append(part(mark), theme[.mention])
            at = mark.upperBound
        }
        line.append(part(at..<scalars.count))
        return line
    }

    static func draw(_ view: ReportSetView, in rect: Rect, focused: Bool, theme: Theme, into grid: inout ScreenGrid) {
        guard view.error == nil, view.loaded, let rendered = view.rendered else {
            PaneFrame.drawPlaceholder(error: view.error, waiting: "Loading…", in: rect, theme: theme, into: &grid)
            return
        }
        if view.reports.isEmpty {
            PaneFrame.drawMessage("No report names both.", in: rect, style: theme[.dim], into: &grid)
            return
        }
        ItemListPane.draw(rendered, cursor: view.cursor, in: rect, focused: focused, theme: theme, into: &grid)
    }
}
