#if canImport(Glibc)
import Glibc
#endif

/// Where the writing thread's time went in one run, in seconds: CPU time of that thread for
/// each part of its work, and the wall-clock time it sat waiting for parsed files. The
/// benchmark prints them; a run whose writer mostly waits is bound by parsing, one whose
/// writer never waits by SQLite.
public struct WriterTimes: Sendable, Equatable {
    /// Storing files, reports and appearances.
    public var rows = 0.0
    /// Adding each transaction's new reports to the full-text index.
    public var fullText = 0.0
    /// Counting the co-occurrences of the reports stored and writing them at each commit
    /// (`CoOccurrence`).
    public var coOccurrence = 0.0
    /// Committing transactions (the write-ahead log, checkpoints).
    public var commits = 0.0
    /// Entity names, counts, aliases and roles at the end of the run.
    public var entityTotals = 0.0
    /// Merging the full-text index into one segment at the end of a large run.
    public var merge = 0.0
    /// Wall-clock seconds spent waiting for the parsing threads.
    public var waiting = 0.0

    public init() {}

    /// Runs `work`, adding the CPU time the calling thread spent in it to `part`.
    static func measure<T, E: Error>(_ part: inout Double, _ work: () throws(E) -> T) throws(E) -> T {
        let start = threadCPUSeconds()
        defer { part += threadCPUSeconds() - start }
        return try work()
    }

    static func threadCPUSeconds() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}
