import ArgumentParser
import BylineCore
import BylineIndex
import BylinePostgres
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

    /// The store for `options`, after an incremental run when the folder is here. A reader
    /// on a machine without the folder reads what the team indexed (given `--corpus-name`).
    static func open(_ options: CorpusOptions, url: String) throws -> PostgresStore {
        let location = try location(url)
        if FileManager.default.fileExists(atPath: options.corpus) {
            let summary = try update(corpus: options.corpus, corpusName: options.corpusName, location: location)
            if summary.changedIndex {
                Output.error(IndexReport.line(summary))
                for warning in summary.newWarnings { Output.error(VisibleText.make(warning)) }
                for line in IndexReport.readWarningLines(summary) { Output.error(line) }
            }
        }
        return try failingWithOneLine { try PostgresStore(location: location, corpus: options.corpus, corpusName: options.corpusName) }
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
