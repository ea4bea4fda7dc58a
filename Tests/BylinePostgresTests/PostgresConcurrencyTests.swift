import BylineCore
import BylineIndex
import Foundation
import Synchronization
import Testing
@testable import BylinePostgres

@Suite(.enabled(if: PostgresTestServer.available, "needs a throwaway PostgreSQL server (scripts/postgres-throwaway.sh start)"))
struct PostgresConcurrencyTests {
    @Test func twoIndexRunsFromTwoProcessesTakeTurnsAndEndWithTheRightCounts() throws {
        let corpus = try ServerCorpus(copying: nil, generated: 600)
        let out = [corpus.root + "/1.json", corpus.root + "/2.json"], err = [corpus.root + "/1.err", corpus.root + "/2.err"]
        // Two processes started together; the shell reports both exit statuses.
        let run = "'\(PostgresTestServer.binary)' index '\(corpus.folder)' --index '\(corpus.url)' --json"
        let both = try PostgresTestServer.run("/bin/bash", ["-c", """
            \(run) > '\(out[0])' 2> '\(err[0])' & a=$!
            \(run) > '\(out[1])' 2> '\(err[1])' & b=$!
            wait $a; sa=$?; wait $b; echo "$sa $?"
            """])
        #expect(both.out.trimmingCharacters(in: .whitespacesAndNewlines) == "0 0")
        let summaries = try out.map { try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: $0))) as? [String: Any] ?? [:] }
        #expect(summaries.map { $0["reports"] as? Int } == [600, 600])
        // Whichever went second found the first one's work done.
        let added = summaries.compactMap { $0["added"] as? Int }.sorted()
        #expect(added == [0, 600])
        // Neither run failed or printed more than its wait (the second may or may not have had to wait).
        let said = try err.map { try String(contentsOfFile: $0, encoding: .utf8) }.joined()
        #expect(said.split(separator: "\n").allSatisfy { $0.contains("waiting for another byline run") }, "\(said)")
        #expect(try corpus.store().summaryCount() == 600)
    }

    @Test func readersSeeCommittedBatchesWhileIndexingRuns() throws {
        let corpus = try ServerCorpus(copying: nil, generated: 400)
        var indexer = corpus.indexer()
        indexer.batchSize = 40
        indexer.commitInterval = 0
        _ = try PostgresIndexer(location: corpus.location, corpus: corpus.folder).update(shouldStop: { true })
        let reader = try corpus.store()
        let seen = Mutex<[Int]>([])
        _ = try indexer.update(progress: { _ in
            let count = (try? reader.summaryCount()) ?? -1
            seen.withLock { $0.append(count) }
        })
        let counts = seen.withLock { $0 }
        #expect(counts.first.map { $0 >= 0 && $0 < 400 } == true)
        #expect(counts.contains { $0 > 0 && $0 < 400 })
        #expect(try reader.summaryCount() == 400)
        #expect(try reader.search("water", limit: 1).total > 0)
    }
}
