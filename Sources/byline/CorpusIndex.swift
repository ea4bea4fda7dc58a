import ArgumentParser
import BylineCore
import BylineIndex
import BylineSession
import Foundation

/// Opens a corpus's index and brings it up to date before a command reads it.
enum CorpusIndex {
    /// The store for `options`, brought up to date as `IndexFreshness` describes.
    ///
    /// A run that indexes shows a progress bar on a terminal; when it changed the index, one
    /// summary line and the warnings it met go to stderr, so stdout stays the command's own
    /// output. So does one line when the answer may be behind.
    static func open(_ options: CorpusSettings) throws -> any ArticleStore {
        try openChecked(options).store
    }

    /// The store, with how current it is (for `--json`). A PostgreSQL corpus is brought up to
    /// date file by file when this machine has the folder (`PostgresCorpusIndex`).
    static func openChecked(_ options: CorpusSettings) throws -> (store: any ArticleStore, freshness: IndexFreshness) {
        if let url = options.serverURL { return try PostgresCorpusIndex.open(options, url: url) }
        try requireFolder(options)
        let (database, summary, freshness) = try update(corpus: options.corpus, indexPath: options.indexPath, refresh: options.refresh, full: false)
        if let summary, summary.changedIndex {
            Output.error(IndexReport.line(summary))
            for warning in summary.newWarnings { Output.error(VisibleText.make(warning)) }
            for line in IndexReport.readWarningLines(summary) { Output.error(line) }
        }
        if let note = freshness.note(now: IndexFreshness.now) { Output.error(VisibleText.make(note)) }
        return (IndexStore(database: database, corpus: options.corpus), freshness)
    }

    /// Fails with one line when the reports folder is missing. Checked before the index is
    /// opened, so a mistyped --dir leaves nothing in the cache folder.
    static func requireFolder(_ options: CorpusSettings) throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: options.corpus, isDirectory: &isFolder), isFolder.boolValue else {
            let what = FileManager.default.fileExists(atPath: options.corpus) ? "not a folder" : "no such folder"
            let missing = options.dir == nil ? BundledArticles.notFoundMessage : nil
            Output.error(VisibleText.make(missing ?? "\(options.corpus): \(what) (--dir names the folder of reports)"))
            throw ExitCode.failure
        }
    }

    /// Opens the index and runs the indexer over every file, with a progress bar on a terminal.
    static func update(corpus: String, indexPath: String) throws -> (IndexDatabase, IndexSummary) {
        let (database, summary, _) = try update(corpus: corpus, indexPath: indexPath, refresh: true, full: true)
        return (database, summary ?? IndexSummary())
    }

    /// Opens the index and brings it up to date: every file with `full` or `refresh`, else as
    /// `IndexFreshness.scope` decides (nil summary: nothing had changed).
    ///
    /// An index found damaged, on opening or during the run, is set aside and rebuilt with one
    /// warning on stderr.
    static func update(corpus: String, indexPath: String, refresh: Bool, full: Bool) throws -> (IndexDatabase, IndexSummary?, IndexFreshness) {
        do {
            do {
                return try run(corpus: corpus, indexPath: indexPath, refresh: refresh || full)
            } catch let IndexError.damaged(path, reason) {
                // The damaged file has been moved aside; opening again starts a new index.
                Output.error(VisibleText.make(IndexDatabase.rebuiltWarning(path: path, reason: reason)))
                return try run(corpus: corpus, indexPath: indexPath, refresh: true)
            }
        } catch {
            Output.error(VisibleText.make(error.description))
            throw ExitCode.failure
        }
    }

    private static func run(corpus: String, indexPath: String, refresh: Bool) throws(IndexError) -> (IndexDatabase, IndexSummary?, IndexFreshness) {
        if !refresh, let current = try unchanged(corpus: corpus, indexPath: indexPath) { return current }
        let database = try IndexDatabase(path: indexPath)
        if let warning = database.warning { Output.error(VisibleText.make(warning)) }
        let checks = try IndexChecks.read(database)
        let changed = refresh ? nil : try FolderCheck.changedFolders(corpus: corpus, in: database)
        let scope = IndexFreshness.scope(refresh: refresh, checks: checks, changed: changed)
        var summary: IndexSummary?
        if let scope {
            let bar = ProgressBar()
            defer { bar.finish() }
            summary = try Indexer(database: database, corpus: corpus).update(scope: scope, progress: bar.show, waiting: {
                Output.error(VisibleText.make("waiting for another byline run that is indexing \(corpus)…"))
            })
            // A search exits without closing the index (`SearchRequest`), so nothing else folds
            // the run's write-ahead log back into the file, and every later reader would find
            // the pages it wrote through the log.
            database.checkpointIfIdle()
        }
        return (database, summary, IndexFreshness.after(scope, checks: checks, now: IndexFreshness.now))
    }

    /// The index read-only, when it is current and the same checks as `run` find nothing to
    /// index: a query then opens one connection and writes nothing (`IndexDatabase(readingOnce:)`).
    /// A small folder is checked file by file, as `run` would (`IndexFreshness.checksEveryFile`).
    /// Nil when there is anything to do, or the index cannot be read so: `run` then opens it
    /// for writing, checks again and indexes, or reports why it cannot. An index found damaged
    /// as it is read has been set aside already: that is thrown, to be rebuilt with a warning.
    private static func unchanged(corpus: String, indexPath: String) throws(IndexError) -> (IndexDatabase, IndexSummary?, IndexFreshness)? {
        guard let database = try? IndexDatabase(readingOnce: indexPath) else { return nil }
        do {
            let checks = try IndexChecks.read(database)
            if IndexFreshness.checksEveryFile(checks) {
                guard try !Indexer(database: database, corpus: corpus).hasChanges() else { return nil }
                return (database, nil, IndexFreshness.after(.everything, checks: checks, now: IndexFreshness.now))
            }
            let changed = try FolderCheck.changedFolders(corpus: corpus, in: database)
            guard IndexFreshness.scope(refresh: false, checks: checks, changed: changed) == nil else { return nil }
            return (database, nil, IndexFreshness.after(nil, checks: checks, now: IndexFreshness.now))
        } catch {
            if case .damaged = error { throw error }
            return nil
        }
    }
}
