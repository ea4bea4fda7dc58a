/// User settings from the config file and the command line.
public struct Settings: Sendable, Equatable {
    /// Mouse reporting: wheel scrolls, click selects, double-click opens. Off by default so the
    /// terminal's own selection and copying keep working.
    public var mouse = false
    /// Put the terminal's cursor on the selected row, for screen readers.
    public var cursorOnSelection = false
    /// How long corpus search waits after the last key before searching, in milliseconds.
    public var searchDelay = 120
    /// The widest a report's text is wrapped, in columns (0: the pane's width). Long lines are
    /// hard to read; the room left over goes to the list beside the reader.
    public var readingWidth = 76
    /// The article list's order at start (`set sort title`, `set sort date reverse`).
    public var sort: ArticleListView.Sort = .date
    public var sortReversed = false
    /// Whether web addresses are OSC 8 links the terminal can open on a click (`Hyperlinks`).
    public var hyperlinks: Hyperlinks.Mode = .auto
    /// Draw timelines and marks with ASCII (`_-=#`, `*`) instead of block characters, for
    /// terminals and fonts that cannot show them (`--ascii`, `set ascii on`, a non-UTF-8 locale).
    public var ascii = false
    /// Colour as the config file asks (`set color never`); `--color` and `NO_COLOR` are weighed
    /// against it by `ColorMode.resolve`. Nil when the file does not say.
    public var color: ColorMode?

    public init() {}
}
