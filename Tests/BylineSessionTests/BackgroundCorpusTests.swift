import BylineCore
import BylineIndex
import BylineSession
import BylineTestSupport
import BylineUI
import Foundation
import Testing

/// The background thread and its polling, with runs made up for each test.
@Suite struct BackgroundCorpusTests {
    struct Refused: Error, CustomStringConvertible {
        var description: String { "the server refused the connection" }
    }

    let index: FixtureIndex

    init() throws {
        var harbour = Reports.article("Harbour vote", ["The council voted."])
        harbour.id = "harbour"
        index = try FixtureIndex([harbour])
    }

    @Test func theFirstPollSaysIndexingIsDueAndTheRunStartsOnTheSecond() throws {
        let runs = Counter()
        let corpus = BackgroundCorpus(name: "reports", store: index.store) { _ in
            runs.increment()
            return IndexSummary()
        }
        #expect(corpus.poll().progress == BackgroundProgress(label: "indexing", done: 0, total: nil))
        #expect(!corpus.isRunning)
        _ = corpus.poll()
        corpus.waitForRun()
        #expect(runs.take() == 1)
    }

    @Test func aFailedRunIsReportedOnceInTheStatusLine() throws {
        let corpus = BackgroundCorpus(name: "reports", store: index.store) { _ in throw Refused() }
        let update = Polling.untilTheRunEnds(corpus)
        #expect(update.message == "Indexing stopped: the server refused the connection")
        #expect(corpus.poll().message == nil)
    }

    @Test func aRescanThatChangedNothingStillSaysSo() throws {
        let corpus = BackgroundCorpus(name: "reports", store: index.store) { _ in
            var summary = IndexSummary()
            summary.reports = 1
            return summary
        }
        #expect(Polling.untilTheRunEnds(corpus).message == nil)
        corpus.rescan()
        corpus.waitForRun()
        #expect(corpus.poll().message?.hasPrefix("1 report indexed: 0 files added") == true)
    }

    @Test func stoppingAsksTheRunToStopAndJoinsItsThread() throws {
        let corpus = BackgroundCorpus(name: "reports", store: index.store) { run in
            while !run.shouldStop { usleep(1000) }
            return IndexSummary()
        }
        _ = corpus.poll()
        _ = corpus.poll()
        #expect(corpus.isRunning)
        corpus.stop()
        #expect(!corpus.isRunning)
    }

    @Test func aCorpusThatCannotIndexHereNeverRuns() throws {
        let runs = Counter()
        let corpus = BackgroundCorpus(name: "reports", store: index.store, canIndex: { false }) { _ in
            runs.increment()
            return IndexSummary()
        }
        #expect(corpus.poll() == .idle)
        #expect(corpus.poll() == .idle)
        corpus.rescan()
        corpus.waitForRun()
        #expect(runs.take() == 0)
    }

    @Test func aStoreMadeByTheRunReplacesTheOneTheSessionReads() throws {
        var bridge = Reports.article("Bridge closed", ["The bridge closed."])
        var market = Reports.article("Market opens", ["The market opened."])
        (bridge.id, market.id) = ("bridge", "market")
        let replacement = try FixtureIndex([bridge, market])
        let database = replacement.database
        let corpus = BackgroundCorpus(name: "reports", store: index.store) { run in
            run.warn("the index was damaged; rebuilt it")
            run.switchStore { IndexStore(database: database, corpus: "/corpus") }
            return IndexSummary()
        }
        let update = Polling.untilTheRunEnds(corpus)
        #expect(update.reloaded)
        #expect(update.message == "the index was damaged; rebuilt it")
        #expect(try index.store.summaryCount() == 1)
        #expect(try corpus.store.summaryCount() == 2)
    }
}
