import BylineSession
import BylineUI

/// Drives a corpus as the session's frame loop does, without waiting on the clock.
enum Polling {
    /// Polls until the background run has started, waits for its thread, and polls once more;
    /// the updates merged: reloaded if any poll reloaded, the last message.
    static func untilTheRunEnds(_ corpus: BackgroundCorpus) -> CorpusUpdate {
        var merged = CorpusUpdate()
        func take(_ update: CorpusUpdate) {
            merged.reloaded = merged.reloaded || update.reloaded
            merged.message = update.message ?? merged.message
            merged.progress = update.progress
        }
        take(corpus.poll())
        take(corpus.poll())
        corpus.waitForRun()
        take(corpus.poll())
        return merged
    }
}
