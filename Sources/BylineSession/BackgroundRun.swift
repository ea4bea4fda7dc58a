import BylineCore
import BylineIndex
import Foundation
import Synchronization

/// What a `BackgroundCorpus` run reports to the reader and asks of it, from its thread.
public final class BackgroundRun: Sendable {
    struct State: Sendable {
        var running = false
        var stopRequested = false
        var progress: IndexProgress?
        /// Batches committed by the current run.
        var batches = 0
        var summary: IndexSummary?
        var error: String?
        /// Set when the index was found damaged and rebuilt.
        var warning: String?
        /// Makes the store that replaces a damaged one, until the reader switches to it.
        var replacement: (@Sendable () -> any ArticleStore)?
    }

    let state = Mutex(State())
    /// Entered when a thread starts and left when it ends, so `stop()` can join it.
    let finished = DispatchGroup()

    init() {}

    /// True once the reader is quitting; the run stops after the batch it is writing.
    public var shouldStop: Bool { state.withLock { $0.stopRequested } }

    /// A batch was committed; the reader reloads its list from it.
    public func committed(_ progress: IndexProgress) {
        state.withLock {
            $0.progress = progress
            $0.batches += 1
        }
    }

    /// The message the reader shows when the run ends (in place of the summary line).
    public func warn(_ warning: String) {
        state.withLock { $0.warning = warning }
    }

    /// True when this run has warned (the index it opened was damaged and rebuilt).
    public var hasWarned: Bool { state.withLock { $0.warning != nil } }

    /// The reader reads from the store `make` returns from its next poll on, instead of the
    /// one it has, which still reads a file that was moved aside.
    public func switchStore(_ make: @escaping @Sendable () -> any ArticleStore) {
        state.withLock { $0.replacement = make }
    }
}
