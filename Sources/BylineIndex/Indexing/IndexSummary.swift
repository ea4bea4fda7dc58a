import BylineCore

/// What a run of the indexer did and what the index holds afterwards.
public struct IndexSummary: Sendable, Equatable {
    /// Files that give reports and did not before (new, or fixed since they were skipped).
    public var added = 0
    /// Files whose content changed and were read again.
    public var updated = 0
    /// Files found under a new path with the same content; their reports were kept.
    public var renamed = 0
    /// Files gone from the folder, or that no longer give a report, with their reports.
    public var removed = 0
    /// Files that give no report (binary, empty, unreadable, not a report), as of this run.
    public var skipped = 0
    /// Files already indexed and not read again.
    public var unchanged = 0
    /// Reports in the index after the run.
    public var reports = 0
    /// Every current warning, one line each: the folder's (unreadable folders, oversized
    /// files) and each skipped file's, stored from the run that read it.
    public var warnings: [String] = []
    /// Warnings met while reading files in this run only.
    public var newWarnings: [String] = []
    /// What reading the files of this run noticed in files that still gave reports, such as
    /// text decoded from another encoding or damaged bytes: `path: warning`, each once per file.
    public var readWarnings: [String] = []
    /// Bytes read from report files in this run.
    public var bytesRead: Int64 = 0
    /// Wall-clock seconds the run took.
    public var seconds: Double = 0
    /// True when the run was stopped before it finished; the index holds what was committed.
    public var stopped = false
    /// Where the writing thread's time went.
    public var writer = WriterTimes()

    public init() {}

    /// Whether the run changed the index.
    public var changedIndex: Bool { added + updated + renamed + removed > 0 }
}

/// How far a run has come, passed to the progress callback after each batch.
public struct IndexProgress: Sendable, Equatable {
    /// Files read (or found unchanged by their content) so far in this run.
    public var filesDone: Int
    /// Files this run has to read: new ones and those whose size or time changed.
    public var filesTotal: Int
    public var bytesRead: Int64
    public var elapsed: Double

    public init(filesDone: Int, filesTotal: Int, bytesRead: Int64, elapsed: Double) {
        self.filesDone = filesDone
        self.filesTotal = filesTotal
        self.bytesRead = bytesRead
        self.elapsed = elapsed
    }

    /// Files per second so far.
    public var rate: Double { elapsed > 0 ? Double(filesDone) / elapsed : 0 }

    /// Estimated seconds left, once the rate is known.
    public var remaining: Double? {
        rate > 0 ? Double(filesTotal - filesDone) / rate : nil
    }
}

extension IndexSummary {
    /// Counts a file read in full: added, updated, or (giving no report, with `failure` as its
    /// warning) skipped, and removed when it gave reports before; each reading warning of its
    /// reports once. The same for every store's indexer.
    public mutating func countRead(_ file: CorpusFile, stored: StoredFile?, articles: [PreparedArticle], failure: String?) {
        if let failure {
            // Counted among the skipped files; a file that gave reports before and none now
            // has lost them, which counts as removed.
            newWarnings.append(failure)
            if let stored, stored.warning == nil { removed += 1 }
        } else if stored == nil || stored?.warning != nil {
            added += 1
        } else {
            updated += 1
        }
        var noticed = Set<String>()
        for warning in articles.flatMap(\.warnings) where noticed.insert(warning).inserted {
            readWarnings.append("\(file.relativePath): \(warning)")
        }
    }
}
