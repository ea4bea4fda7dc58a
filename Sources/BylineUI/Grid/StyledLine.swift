import BylineCore

/// A line of text in runs of one style each: what simple panes hand to the grid.
public struct StyledLine: Sendable, Equatable {
    public struct Run: Sendable, Equatable {
        public var text: String
        public var style: Style
        /// The web address these cells link to (OSC 8, see `Hyperlinks`), for runs that show one.
        public var link: String?
        public init(_ text: String, _ style: Style = .plain, link: String? = nil) {
            self.text = text
            self.style = style
            self.link = link
        }
    }

    public var runs: [Run]

    public init(_ runs: [Run] = []) { self.runs = runs }
    public init(_ text: String, _ style: Style = .plain) { runs = [Run(text, style)] }

    public mutating func append(_ text: String, _ style: Style = .plain, link: String? = nil) {
        guard !text.isEmpty else { return }
        runs.append(Run(text, style, link: link))
    }

    public var text: String { runs.map(\.text).joined() }
    public var width: Int { runs.reduce(0) { $0 + DisplayWidth.of($1.text) } }

    /// The line cut to `width` cells on a cluster boundary, ending in `…` when something was cut.
    public func truncated(to width: Int) -> StyledLine {
        guard self.width > width else { return self }
        guard width > 0 else { return StyledLine() }
        var out = StyledLine()
        var left = width - 1
        for run in runs {
            let w = DisplayWidth.of(run.text)
            if w <= left {
                out.runs.append(run)
                left -= w
            } else {
                out.append(String(DisplayWidth.prefix(run.text, fitting: left)), run.style, link: run.link)
                out.append("…", run.style)
                return out
            }
        }
        return out
    }
}
