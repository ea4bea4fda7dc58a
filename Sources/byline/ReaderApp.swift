import BylineCore
import BylineIndex
import BylinePostgres
import BylineSession
import BylineTerminal
import BylineUI
import Foundation

/// Starts the terminal reader on a folder and returns the process exit status.
struct ReaderApp {
    var options: CorpusOptions
    var colorOption: ColorMode?
    /// `--ascii`: no block characters.
    var ascii = false
    var environment: [String: String]
    /// Where `make bench-ui` wants the startup steps and frame times, if anywhere.
    var timings: FrameTimings?

    func run() throws -> Int32 {
        let config = ConfigFile.load(environment: environment)
        timings?.mark("config-read")
        let corpus: CorpusProvider, list: ArticleListView, notice: StatusMessage?
        do {
            (corpus, list, notice) = try openCorpus()
        } catch {
            Output.error("\(error)")
            return 1
        }
        let colorMode = ColorMode.resolve(option: colorOption, config: config.settings.color, environment: environment)
        let terminal = NcursesTerminal(colorMode: colorMode)
        terminal.hyperlinks = Hyperlinks.enabled(config.settings.hyperlinks, environment: environment)
        do {
            try terminal.start()
        } catch {
            Output.error("\(error)")
            return 1
        }
        defer { terminal.stop() }
        timings?.mark("terminal-started")
        var settings = config.settings
        if ascii || !Self.localeIsUTF8(environment) { settings.ascii = true }
        var state = AppState(list: list, corpusName: corpus.name, width: terminal.size.width, height: terminal.size.height,
                             keyMap: config.keyMap, theme: config.theme, settings: settings)
        let (marks, marksProblem) = openMarks()
        state.status = startMessage(config: config) ?? notice ?? marksProblem
        let session = ReaderSession(state: state, backend: terminal, corpus: corpus, runner: ProcessRunner(environment: environment), marks: marks)
        if let timings {
            session.onFrame = timings.frame
            session.onStep = timings.mark
        }
        if environment["BYLINE_TEST_TRAP"] == "1" {
            // For the terminal-restore test: a Swift runtime trap, which no Swift code can catch,
            // once the first screen is up. Only the backend's crash handler can put the terminal back.
            let frame = session.onFrame
            session.onFrame = { nanoseconds in
                frame?(nanoseconds)
                fatalError("BYLINE_TEST_TRAP is set: trapping after the first screen")
            }
        }
        let outcome = session.run()
        terminal.stop()
        (corpus as? BackgroundCorpus)?.stop()
        timings?.finish()
        switch outcome {
        case .quit: return 0
        case .signal(let n): return 128 + n
        }
    }

    /// The index of the folder, showing what it already holds while it is brought up to date;
    /// if the index cannot be opened, the folder indexed into a temporary one instead.
    ///
    /// - Throws: `StoreError` when not even a temporary index can be made.
    private func openCorpus() throws -> (CorpusProvider, ArticleListView, StatusMessage?) {
        if let url = options.serverURL { return try openServerCorpus(url) }
        do {
            let corpus: BackgroundCorpus
            var warning: String?
            if let current = try? IndexDatabase(readingOnly: options.indexPath) {
                // The usual case: the index exists and is current, and the first screen is read
                // from it before anything is written (which waits for the disk).
                corpus = IndexCorpus.make(corpus: options.corpus, reading: current, writingTo: options.indexPath)
            } else {
                let database = try IndexDatabase(path: options.indexPath)
                corpus = IndexCorpus.make(corpus: options.corpus, database: database)
                warning = database.warning
            }
            timings?.mark("index-opened")
            // Only the first page is read now; the rest as the list scrolls.
            var list = ArticleListView(count: try corpus.store.summaryCount())
            timings?.mark("reports-counted")
            try list.load(rows: 0..<1, from: corpus.store)
            timings?.mark("first-page-read")
            return (corpus, list, warning.map(StatusMessage.error))
        } catch {
            return try temporaryCorpus(notice: "Cannot use the index at \(options.indexPath) (\(error))")
        }
    }

    /// The folder indexed into a temporary index for this session, with `notice` saying why.
    private func temporaryCorpus(notice: String) throws -> (CorpusProvider, ArticleListView, StatusMessage?) {
        let corpus: BackgroundCorpus
        do {
            corpus = try IndexCorpus.temporary(corpus: options.corpus)
        } catch {
            throw StoreError("\(notice), nor a temporary one (\(error)); pass --index with a writable path")
        }
        return (corpus, ArticleListView(count: 0), .error("\(notice); indexing the folder into a temporary index instead"))
    }

    /// The corpus on a PostgreSQL server; if it cannot be read, the folder in a temporary index.
    private func openServerCorpus(_ url: String) throws -> (CorpusProvider, ArticleListView, StatusMessage?) {
        do {
            let location = try PostgresLocation(url: url)
            let corpus = try PostgresCorpus.make(options: options, location: location)
            timings?.mark("index-opened")
            var list = ArticleListView(count: try corpus.store.summaryCount())
            try list.load(rows: 0..<1, from: corpus.store)
            return (corpus, list, nil)
        } catch {
            return try temporaryCorpus(notice: "\(error)")
        }
    }

    /// The reading marks in the state folder; in memory for this session, with a message,
    /// when that cannot be opened.
    private func openMarks() -> (any MarkStore, StatusMessage?) {
        do {
            return (try MarksDatabase(path: MarksDatabase.defaultPath(environment: environment)), nil)
        } catch {
            return (MemoryMarks(), .error("\(error); marks last until you quit"))
        }
    }

    /// Whether the locale (`LC_ALL`, `LC_CTYPE`, `LANG`, the first one set) is UTF-8, so the
    /// terminal can be expected to draw block characters.
    static func localeIsUTF8(_ environment: [String: String]) -> Bool {
        let locale = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        let lower = locale.lowercased()
        return lower.contains("utf-8") || lower.contains("utf8")
    }

    /// Mistakes in the config file explain surprises, so they come first.
    private func startMessage(config: ConfigFile) -> StatusMessage? {
        guard let first = config.errors.first else { return nil }
        let more = config.errors.count > 1 ? " (and \(config.errors.count - 1) more)" : ""
        return .error(first + more)
    }
}
