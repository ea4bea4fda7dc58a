import BylineCore

/// Everything the reader shows and remembers, in one value.
///
/// Handlers (`handle(_:in:)`) change it and return a `Reaction`; they never draw. Before each
/// frame the run loop calls `prepare(in:)`, which reads what the visible panes need from the
/// store and wraps text to the pane sizes; `Renderer` then draws it into a `ScreenGrid`.
public struct AppState: Sendable {
    public var width: Int
    public var height: Int
    public var trail: Trail
    /// Whether the focused pane fills the screen (`O`).
    public var maximised = false
    public var prompt: Prompt?
    public var help: HelpView?
    public var status: StatusMessage?
    public var keys = KeyInput()
    public var keyMap: KeyMap
    public var theme: Theme
    public var settings: Settings
    /// The folder's name, shown in the list's title.
    public var corpusName: String
    public var progress: BackgroundProgress?
    /// A corpus search waiting for typing to pause: the query and when to run it (ms).
    public var pendingSearch: (query: String, due: Int)?
    /// The last search typed in a reader, for `n` in a report opened later.
    public var lastReportSearch: [String]?
    /// Whether the config file's list order (`set sort`) is still to be applied; it needs the
    /// store, so the first `prepare` does it.
    var configuredSortPending = true
    /// The reading marks of the corpus's reports, by id (see `MarkStore`).
    public internal(set) var marks: [String: ReportMarks] = [:]
    /// Whether the marks are still to be read (at start, and after the folder was read again).
    public var marksPending = true
    /// The report last opened with the focus, which was marked read then.
    var lastOpenedReport: String?

    /// A reader on `summaries`, showing the list and, beside it, the first report.
    public init(summaries: [ArticleSummary], corpusName: String, width: Int, height: Int,
                keyMap: KeyMap = .defaults, theme: Theme = .standard, settings: Settings = Settings()) {
        self.init(list: ArticleListView(summaries: summaries), corpusName: corpusName, width: width, height: height,
                  keyMap: keyMap, theme: theme, settings: settings)
    }

    /// A reader on `list`, showing it and, beside it, its selected report (if it is read).
    public init(list: ArticleListView, corpusName: String, width: Int, height: Int,
                keyMap: KeyMap = .defaults, theme: Theme = .standard, settings: Settings = Settings()) {
        self.width = width
        self.height = height
        self.corpusName = corpusName
        self.keyMap = keyMap
        self.theme = theme
        self.settings = settings
        trail = Trail(root: .list(list))
        if let first = list.selected {
            trail.setPreview(.reader(ReaderView(articleID: first.id)), after: 0)
        }
    }

    /// The pane kind whose keys apply now.
    public var focusedKind: PaneKind { help != nil ? .help : trail.focused.kind }

    /// The article list (always the first view of the trail).
    public var list: ArticleListView {
        get {
            if case .list(let l) = trail[0] { return l }
            return ArticleListView(count: 0)
        }
        set { trail[0] = .list(newValue) }
    }

    /// The earliest time (ms) a `tick` is needed, if any.
    public var nextDeadline: Int? { pendingSearch?.due }
}

/// What the run loop must do after a handler; handlers never draw or touch the terminal.
public enum Reaction: Sendable, Equatable {
    case none
    /// Clear the terminal and draw everything again (Ctrl-L).
    case redraw
    case quit
    case suspend
    case run(ExternalCommand)
    /// Re-read the folder.
    case rescan
    /// Turn mouse reporting on or off.
    case setMouse(Bool)
}

/// Work outside the UI that the run loop carries out.
public enum ExternalCommand: Sendable, Equatable {
    /// Open a web address with `$BROWSER`.
    case openURL(String)
    /// Run a shell command with `text` on its standard input, the terminal handed over.
    case pipe(command: String, text: String)
    /// Write `text` to a file.
    case save(path: String, text: String)
    /// Put `text` on the terminal's clipboard (OSC 52); `what` names it in the status line.
    case copy(text: String, what: String)
}

/// What handlers may read and write through: the store, the reading marks and the time.
public struct HandlerContext {
    public var store: any ArticleStore
    public var marks: any MarkStore
    /// Milliseconds on a monotonic clock.
    public var now: Int
    /// Seconds since 1970, for when a mark was set.
    public var wallClock: Int

    public init(store: any ArticleStore, marks: any MarkStore = MemoryMarks(), now: Int, wallClock: Int = 0) {
        self.store = store
        self.marks = marks
        self.now = now
        self.wallClock = wallClock
    }
}
