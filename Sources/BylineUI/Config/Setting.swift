/// One setting of the reader: the one table that `set` lines in the config file, the `:set`
/// command and the help screen all read, so a setting is named, checked and explained once.
///
///     try Setting.readingWidth.apply("80", to: &settings)    // settings.readingWidth == 80
///     Setting.named("colour")                                // .color
public enum Setting: String, CaseIterable, Sendable {
    case mouse
    case cursorOnSelection = "cursor-on-selection"
    case color
    case searchDelay = "search-delay"
    case readingWidth = "reading-width"
    case sort
    case hyperlinks
    case ascii

    /// The setting a name in a `set` line stands for (`colour` is `color`).
    public static func named(_ name: String) -> Setting? {
        let lowered = name.lowercased()
        return lowered == "colour" ? .color : Setting(rawValue: lowered)
    }

    /// The values it takes, as the help screen and error messages write them.
    public var values: String {
        switch self {
        case .mouse, .cursorOnSelection, .ascii: return "on|off"
        case .color: return "never|auto|always"
        case .searchDelay: return "MILLISECONDS"
        case .readingWidth: return "COLUMNS|off"
        case .sort: return "date|title|source|author|people|unread|starred [reverse]"
        case .hyperlinks: return "on|off|auto"
        }
    }

    /// One line for the help screen.
    public var help: String {
        switch self {
        case .mouse: return "Wheel scrolls, click selects, double-click opens (default off)"
        case .cursorOnSelection: return "The terminal cursor follows the selection, for screen readers"
        case .color: return "Colour; auto unless NO_COLOR is set"
        case .searchDelay: return "Pause before searching as you type (0-5000, default 120)"
        case .readingWidth: return "Widest a report is wrapped (20-1000, default 76)"
        case .sort: return "Order at start"
        case .hyperlinks: return "Web addresses as clickable OSC 8 links"
        case .ascii: return "Timelines and marks in ASCII (also --ascii)"
        }
    }

    /// Whether `:set` can change it while the reader runs; the others are read when the
    /// terminal is set up, so they belong in the config file.
    public var changesWhileRunning: Bool {
        switch self {
        case .color, .hyperlinks: return false
        default: return true
        }
    }

    /// What is wrong with a `set` line's value, as one line for the user.
    public struct InvalidValue: Error, Equatable, CustomStringConvertible {
        public var description: String
    }

    /// Reads `value` (the words after the setting's name) into `settings`.
    public func apply(_ value: String, to settings: inout Settings) throws(InvalidValue) {
        let words = value.split(separator: " ").map { $0.lowercased() }
        let invalid = InvalidValue(description: usage)
        if self == .sort {
            guard (1...2).contains(words.count), let sort = ArticleListView.Sort(rawValue: words[0]),
                  words.count == 1 || ["reverse", "reversed"].contains(words[1]) else { throw invalid }
            settings.sort = sort
            settings.sortReversed = words.count == 2
            return
        }
        guard words.count == 1, let word = words.first else { throw invalid }
        switch self {
        case .mouse, .cursorOnSelection, .ascii:
            guard let on = Self.bool(word) else { throw invalid }
            switch self {
            case .mouse: settings.mouse = on
            case .cursorOnSelection: settings.cursorOnSelection = on
            default: settings.ascii = on
            }
        case .color:
            guard let mode = ColorMode(rawValue: word) else { throw invalid }
            settings.color = mode
        case .searchDelay:
            guard let ms = Int(word), (0...5000).contains(ms) else { throw invalid }
            settings.searchDelay = ms
        case .readingWidth:
            if word == "off" || word == "0" {
                settings.readingWidth = 0
            } else {
                guard let n = Int(word), (20...1000).contains(n) else { throw invalid }
                settings.readingWidth = n
            }
        case .hyperlinks:
            guard let mode = Hyperlinks.Mode(rawValue: word) else { throw invalid }
            settings.hyperlinks = mode
        case .sort:
            break
        }
    }

    /// `set mouse takes on or off`: the line an error message shows.
    public var usage: String {
        let takes: String
        switch self {
        case .mouse, .cursorOnSelection, .ascii: takes = "on or off"
        case .color: takes = "never, auto or always"
        case .searchDelay: takes = "milliseconds (0-5000)"
        case .readingWidth: takes = "a number of columns (20-1000) or off"
        case .sort: takes = "date, title, source, author, people, unread or starred, and optionally reverse"
        case .hyperlinks: takes = "on, off or auto"
        }
        return "set \(rawValue) takes \(takes)"
    }

    /// The setting's value now, as a status line says it (`reading-width 80`).
    public func current(in settings: Settings) -> String {
        let value: String
        switch self {
        case .mouse: value = settings.mouse ? "on" : "off"
        case .cursorOnSelection: value = settings.cursorOnSelection ? "on" : "off"
        case .ascii: value = settings.ascii ? "on" : "off"
        case .color: value = settings.color?.rawValue ?? "auto"
        case .searchDelay: value = "\(settings.searchDelay) ms"
        case .readingWidth: value = settings.readingWidth == 0 ? "off (the pane's width)" : "\(settings.readingWidth) columns"
        case .sort: value = settings.sort.rawValue + (settings.sortReversed ? " reverse" : "")
        case .hyperlinks: value = settings.hyperlinks.rawValue
        }
        return "\(rawValue) \(value)"
    }

    /// `on`/`off`, `yes`/`no`, `true`/`false`.
    static func bool(_ word: String) -> Bool? {
        switch word.lowercased() {
        case "on", "yes", "true", "1": return true
        case "off", "no", "false", "0": return false
        default: return nil
        }
    }

    /// Every setting's name, for "unknown setting" messages.
    static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
