import Foundation

/// Transforms batches of work on background threads and hands the results back in order.
///
/// The indexer's reading and parsing run on every core while its one writing thread commits
/// batches as they come; at most `lookahead` finished batches wait, so memory stays bounded
/// however large the corpus. `next()` is called from one thread only.
public final class ParallelBatches<Input: Sendable, Output: Sendable>: @unchecked Sendable {
    private let batches: [[Input]]
    private let transform: @Sendable (Input) -> Output
    private let lookahead: Int
    // Guarded by `condition`.
    private let condition = NSCondition()
    private var results: [Int: [Output]] = [:]
    private var nextToStart = 0
    private var nextToDeliver = 0
    private var cancelled = false
    private var running = 0

    public init(batches: [[Input]], workers: Int, lookahead: Int, transform: @escaping @Sendable (Input) -> Output) {
        self.batches = batches
        self.transform = transform
        self.lookahead = max(1, lookahead)
        let count = max(1, min(workers, batches.count))
        running = batches.isEmpty ? 0 : count
        for _ in 0..<running {
            let thread = Thread { [self] in work() }
            thread.stackSize = 4 << 20
            thread.start()
        }
    }

    /// The next batch's results, in the order of `batches`; nil when all were handed out or
    /// after `cancel()`.
    public func next() -> [Output]? {
        condition.lock()
        defer { condition.unlock() }
        while !cancelled && nextToDeliver < batches.count && results[nextToDeliver] == nil {
            condition.wait()
        }
        guard !cancelled, nextToDeliver < batches.count, let batch = results.removeValue(forKey: nextToDeliver) else { return nil }
        nextToDeliver += 1
        condition.broadcast()
        return batch
    }

    /// Stops handing out work and waits until the worker threads have finished their batch.
    public func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        while running > 0 { condition.wait() }
        condition.unlock()
    }

    private func work() {
        while true {
            condition.lock()
            while !cancelled && nextToStart < batches.count && nextToStart - nextToDeliver >= lookahead {
                condition.wait()
            }
            guard !cancelled, nextToStart < batches.count else {
                running -= 1
                condition.broadcast()
                condition.unlock()
                return
            }
            let index = nextToStart
            nextToStart += 1
            condition.unlock()

            let output = batches[index].map(transform)

            condition.lock()
            results[index] = output
            condition.broadcast()
            condition.unlock()
        }
    }
}
