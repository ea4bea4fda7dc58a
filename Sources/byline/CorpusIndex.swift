import ArgumentParser
import BylineCore
import BylineIndex
import Foundation

/// Opens a corpus's index and brings it up to date before a command reads it.
enum CorpusIndex {
    /// The store for `options`, after an incremental index run.
    ///
    /// The run shows a progress bar on a terminal; when it changed the index, one summary
    /// line and the warnings it met go to stderr, so stdout stays the command's own output.
    static func open(_ options: CorpusOptions) throws -> any ArticleStore {
        if let url = options.serverURL { return try PostgresCorpusIndex.open(options, url: url) }
        let (database, summary) = try update(corpus: options.corpus, indexPath: options.indexPath)
        if summary.changedIndex {
            Output.error(IndexReport.line(summary))
            for warning in summary.newWarnings { Output.error(VisibleText.make(warning)) }
            for line in IndexReport.readWarningLines(summary) { Output.error(line) }
        }
        return IndexStore(database: database, corpus: options.corpus)
    }

    /// Opens the index and runs the indexer once, with a progress bar on a terminal.
    ///
    /// An index found damaged, on opening or during the run, is set aside and rebuilt with one
    /// warning on stderr.
    static func update(corpus: String, indexPath: String) throws -> (IndexDatabase, IndexSummary) {
        do {
            do {
                return try run(corpus: corpus, indexPath: indexPath)
            } catch let IndexError.damaged(path, reason) {
                // The damaged file has been moved aside; opening again starts a new index.
                Output.error(VisibleText.make(IndexDatabase.rebuiltWarning(path: path, reason: reason)))
                return try run(corpus: corpus, indexPath: indexPath)
            }
        } catch {
            Output.error(VisibleText.make(error.description))
            throw ExitCode.failure
        }
    }

    private static func run(corpus: String, indexPath: String) throws(IndexError) -> (IndexDatabase, IndexSummary) {
        let database = try IndexDatabase(path: indexPath)
        if let warning = database.warning { Output.error(VisibleText.make(warning)) }
        let bar = ProgressBar()
        defer { bar.finish() }
        let summary = try Indexer(database: database, corpus: corpus).update(progress: bar.show, waiting: {
            Output.error(VisibleText.make("waiting for another byline run that is indexing \(corpus)…"))
        })
        return (database, summary)
    }
}
