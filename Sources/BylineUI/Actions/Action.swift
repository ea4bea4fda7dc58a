/// Everything a key can do. The raw value is the name used by the config file (`bind`), by the
/// `:` command line and on the help screen.
///
/// `info` (in `Action+Table.swift`) gives each action its default keys, help text and the panes
/// it applies in; the key map, the `?` help screen and the status-line hints are all built from it.
public enum Action: String, Sendable, Hashable, CaseIterable {
    // Everywhere
    case help, quit, back = "back", backOrQuit = "back-or-quit", forward, commandLine = "command-line"
    case redraw, suspend
    case down, up, pageDown = "page-down", pageUp = "page-up", halfPageDown = "half-page-down"
    case halfPageUp = "half-page-up", top, bottom
    case find, corpusSearch = "corpus-search", nextMatch = "next-match", previousMatch = "previous-match"
    case nextArticle = "next-article", previousArticle = "previous-article"
    case people, entities, maximise
    case focusLeft = "focus-left", focusDown = "focus-down", focusUp = "focus-up", focusRight = "focus-right"
    case focusNext = "focus-next"
    case save, pipe, openSource = "open-source", yank, rescan
    case sources, captions, rawSource = "raw-source"
    // Lists
    case open, filter, toggleSort = "toggle-sort", reverseSort = "reverse-sort"
    // Reader
    case nextLink = "next-link", previousLink = "previous-link", follow, linkList = "link-list"
    case followNumbered = "follow-numbered"
    case nextPerson = "next-person", previousPerson = "previous-person"
    case nextEntity = "next-entity", previousEntity = "previous-entity"
    case searchEntity = "search-entity"
    // Entity page
    case nextReport = "next-report", previousReport = "previous-report", connections
    // Connections and timeline
    case toggleTogether = "toggle-together", nextBar = "next-bar", previousBar = "previous-bar"
    // Reading trail
    case toggleRead = "toggle-read", star, note
    // Settings
    case toggleMouse = "toggle-mouse"
}

/// What the table says about one action.
public struct ActionInfo: Sendable {
    /// The keys bound by default; empty for an action that is unbound until configured.
    public var keys: [KeySequence]
    /// The panes where the keys work; empty means everywhere.
    public var panes: Set<PaneKind>
    /// One line for the help screen.
    public var help: String
    /// A word or two for the status-line hints, for actions worth hinting.
    public var hint: String?
    /// Whether a count typed before the key (`12j`, `3f`) changes what it does.
    public var takesCount: Bool

    init(_ keys: [String], _ panes: Set<PaneKind> = [], _ help: String, hint: String? = nil, count: Bool = false) {
        self.keys = keys.map { KeySequence(notation: $0)! }
        self.panes = panes
        self.help = help
        self.hint = hint
        self.takesCount = count
    }
}
