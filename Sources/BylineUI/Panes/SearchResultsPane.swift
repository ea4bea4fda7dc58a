import BylineCore

/// Ranked corpus search results: title and date, then the snippet with matches marked.
enum SearchResultsPane {
    static func title(_ view: SearchResultsView) -> (String, String) {
        let q = VisibleText.make(view.query)
        guard let results = view.results else { return ("Search · \(q)", view.error == nil ? "searching…" : "") }
        let info = results.hits.isEmpty ? "no match" : "\(view.cursor.selected + 1)/\(results.total)"
        return ("Search · \(q)", info)
    }

    static func items(_ view: SearchResultsView, width: Int, theme: Theme) -> [[StyledLine]] {
        view.hits.enumerated().map { i, hit in
            var head = StyledLine("\(i + 1). ", theme[.count])
            head.append((hit.date?.iso ?? "          ") + "  ", theme[.date])
            head.append(VisibleText.make(hit.title), theme[.heading])
            var snippet = StyledLine("   ")
            let scalars = Array(hit.snippet.text.unicodeScalars)
            var at = 0
            func text(_ r: Range<Int>) -> String {
                var s = String.UnicodeScalarView()
                s.append(contentsOf: scalars[r])
                return ReaderDocument.visible(String(s))
            }
            for mark in hit.snippet.marks where mark.lowerBound >= at && mark.upperBound <= scalars.count {
                snippet.append(text(at..<mark.lowerBound), theme[.dim])
                snippet.append(text(mark), theme[.match])
                at = mark.upperBound
            }
            snippet.append(text(at..<scalars.count), theme[.dim])
            return [head.truncated(to: width)] + snippet.wrapped(width: width, indent: "   ", maxLines: 2)
        }
    }

    static func draw(_ view: SearchResultsView, in rect: Rect, focused: Bool, theme: Theme, into grid: inout ScreenGrid) {
        guard view.error == nil, let results = view.results, let rendered = view.rendered else {
            PaneFrame.drawPlaceholder(error: view.error, waiting: "Searching…", in: rect, theme: theme, into: &grid)
            return
        }
        if results.hits.isEmpty {
            PaneFrame.drawMessage("No report matches \(view.query). Words match whole words; add * for a prefix (summ*), quote a phrase (\"Amara Okafor\").",
                                  in: rect, style: theme[.dim], into: &grid)
            return
        }
        ItemListPane.draw(rendered, cursor: view.cursor, in: rect, focused: focused, theme: theme, into: &grid)
    }
}
