import ArgumentParser
import BylineCore
import BylineIndex
import BylinePostgres
import BylineSession
import Foundation

/// The PostgreSQL side of `CorpusIndex`: a corpus on a server (`--index postgresql://…`),
/// brought up to date from the folder when this machine has it, then read.
enum PostgresCorpusIndex {
    /// The location for `--index`, or a one-line error and exit status 1.
    static func location(_ url: String) throws -> PostgresLocation {
        do {
            return try PostgresLocation(url: url)
        } catch {
            Output.error(VisibleText.make(error.description))
            throw ExitCode.failure
        }
    }

    /// The store for `options`, after an incremental run when the folder is here (a check of
    /// every file, so the answer is current). A reader on a machine without the folder reads
    /// what the team indexed (given `--corpus-name`), as current as the team's last run.
    static func open(_ options: CorpusSettings, url: String) throws -> (store: any ArticleStore, freshness: IndexFreshness) {
        let location = try location(url)
        let here = FileManager.default.fileExists(atPath: options.corpus)
        if here {
            let summary = try update(corpus: options.corpus, corpusName: options.corpusName, location: location)
            if summary.changedIndex {
                Output.error(IndexReport.line(summary))
                for warning in summary.newWarnings { Output.error(VisibleText.make(warning)) }
                for line in IndexReport.readWarningLines(summary) { Output.error(line) }
            }
        }
        let store = try failingWithOneLine { try PostgresStore(location: location, corpus: options.corpus, corpusName: options.corpusName) }
        // Without the folder there is nothing to check: the answer is the team's last run.
        let freshness = IndexFreshness(checked: here ? .files : .folders, lastFullCheck: here ? IndexFreshness.now : nil, mayBeBehind: false)
        return (store, freshness)
    }

    /// One indexing run with a progress bar on a terminal.
    static func update(corpus: String, corpusName: String?, location: PostgresLocation) throws -> IndexSummary {
        try failingWithOneLine {
            let bar = ProgressBar()
            defer { bar.finish() }
            return try PostgresIndexer(location: location, corpus: corpus, corpusName: corpusName).update(progress: bar.show, waiting: {
                Output.error(VisibleText.make("waiting for another byline run that is indexing \(corpus) on \(location)…"))
            })
        }
    }

    /// `work`, with any failure printed as one line and turned into exit status 1.
    static func failingWithOneLine<T>(_ work: () throws -> T) throws -> T {
        do {
            return try work()
        } catch let error as ExitCode {
            throw error
        } catch {
            Output.error(VisibleText.make("\(error)"))
            throw ExitCode.failure
        }
    }
}
