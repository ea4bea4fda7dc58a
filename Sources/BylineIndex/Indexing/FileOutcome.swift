import BylineCore
import Foundation

/// What reading one file gave, handed from a parsing thread to the writer: the SQLite
/// `Indexer`'s and the PostgreSQL store's, which read files the same way.
public enum FileOutcome: Sendable {
    /// The stat changed but the bytes did not: only the stat is stored again.
    case sameContent(CorpusFile, StoredFile)
    /// The file was read: its reports, or the reason it gave none.
    case loaded(CorpusFile, StoredFile?, hash: Int64, articles: [PreparedArticle], failure: String?)
    /// The file could not be read; it is left out of the index until it can be.
    case unreadable(CorpusFile, StoredFile?, warning: String)

    /// The bytes the file held when it was read (or its size from the scan, if it could not be).
    public var bytes: Int64 {
        switch self {
        case .sameContent(let file, _), .loaded(let file, _, _, _, _), .unreadable(let file, _, _):
            return file.size
        }
    }

    /// Reads one file on a parsing thread and decides what it needs.
    public static func read(_ work: IndexPlan.Work, loader: ReportLoader) -> FileOutcome {
        switch open(work) {
        case .settled(let outcome): return outcome
        case .changed(let changed): return changed.load(with: loader)
        }
    }

    /// Reads and hashes one file: what it needs if that is already known (the same bytes as
    /// stored, or no bytes at all), else the file, not yet parsed.
    static func open(_ work: IndexPlan.Work) -> Opened {
        var file = work.file
        let data: Data
        do {
            data = try FileReading.read(path: file.path, expectedSize: file.size)
        } catch {
            return .settled(.unreadable(file, work.stored, warning: "\(file.relativePath): cannot read file (\(error.reason))"))
        }
        file.size = Int64(data.count)  // the file may have changed since the scan
        let hash = ContentHash.of(data)
        if let stored = work.stored, stored.hash == hash, stored.size == file.size {
            return .settled(.sameContent(file, stored))
        }
        return .changed(ChangedFile(file: file, stored: work.stored, data: data, hash: hash))
    }

    /// A file read and hashed by `open`.
    enum Opened {
        case settled(FileOutcome)
        case changed(ChangedFile)
    }
}

/// A file whose bytes are not the stored ones (or that is new), read and hashed but not parsed.
struct ChangedFile {
    var file: CorpusFile
    var stored: StoredFile?
    var data: Data
    var hash: Int64

    /// Parses the file into its reports, or the reason it gave none.
    func load(with loader: ReportLoader) -> FileOutcome {
        let loaded = loader.load(data, file, file.path)
        let articles = loaded.articles.enumerated().map { PreparedArticle($0.element, ordinal: $0.offset) }
        let failure = articles.isEmpty ? (loaded.failure ?? "\(file.relativePath): no report found in the file") : nil
        return .loaded(file, stored, hash: hash, articles: articles, failure: failure)
    }
}

/// What a parsing thread hands the SQLite `Indexer`, which also carries renamed files over.
enum IndexerRead: Sendable {
    /// The file was read and needs what `FileOutcome` says.
    case file(FileOutcome)
    /// A new file with the bytes of a file that is gone, not parsed: probably that file, renamed.
    case possibleRename(CorpusFile, hash: Int64)

    var bytes: Int64 {
        switch self {
        case .file(let outcome): return outcome.bytes
        case .possibleRename(let file, _): return file.size
        }
    }
}
