import BylineCore
import BylineIndex
import BylinePostgres
import BylineSession
import BylineUI
import Foundation

/// A corpus on a PostgreSQL server, for the reader, as a `BackgroundCorpus`: it reads what the
/// server holds at once, and when this machine has the folder, brings the corpus up to date on
/// the background thread (taking turns with other users' runs).
enum PostgresCorpus {
    /// Connects; when the server has no such corpus yet and the folder is here, the first run
    /// makes it (the list fills as it commits).
    static func make(options: CorpusOptions, location: PostgresLocation) throws -> BackgroundCorpus {
        let name = options.corpusName ?? URL(fileURLWithPath: options.corpus).standardizedFileURL.lastPathComponent
        let corpus = options.corpus, corpusName = options.corpusName
        return BackgroundCorpus(name: name, store: try openStore(options: options, location: location),
                                canIndex: { FileManager.default.fileExists(atPath: corpus) }) { run in
            let indexer = PostgresIndexer(location: location, corpus: corpus, corpusName: corpusName)
            return try indexer.update(progress: run.committed, shouldStop: { run.shouldStop })
        }
    }

    private static func openStore(options: CorpusOptions, location: PostgresLocation) throws -> PostgresStore {
        do {
            return try PostgresStore(location: location, corpus: options.corpus, corpusName: options.corpusName)
        } catch {
            guard error.kind == .noIndex, FileManager.default.fileExists(atPath: options.corpus) else { throw error }
        }
        // Nothing indexed yet: make the tables and the corpus first, then read it as it fills.
        let indexer = PostgresIndexer(location: location, corpus: options.corpus, corpusName: options.corpusName)
        _ = try indexer.update(shouldStop: { true })
        return try PostgresStore(location: location, corpus: options.corpus, corpusName: options.corpusName)
    }
}
