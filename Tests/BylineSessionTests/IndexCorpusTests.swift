import BylineCore
import BylineIndex
import BylineSession
import BylineTestSupport
import BylineUI
import Foundation
import Testing

/// The reader's SQLite corpus: what its background check does to what the session reads.
@Suite struct IndexCorpusTests {
    let corpus: FixtureCorpus

    init() throws {
        corpus = try FixtureCorpus()
        try corpus.write("harbour.json", Reports.article("Harbour vote", ["The council voted on the harbour."]))
    }

    @Test func aReportAddedToTheFolderReachesTheListThroughTheBackgroundCheck() throws {
        let database = try corpus.openDatabase()
        try corpus.index(database)
        let reader = IndexCorpus.make(corpus: corpus.folder, database: database, loader: corpus.loader)
        #expect(try reader.store.summaryCount() == 1)

        try corpus.write("bridge.json", Reports.article("Bridge closed", ["The bridge closed for repairs."]))
        let update = Polling.untilTheRunEnds(reader)

        #expect(update.reloaded)
        #expect(update.message?.hasPrefix("2 reports indexed: 1 file added") == true)
        #expect(try reader.store.summaryCount() == 2)
    }

    @Test func anUnchangedFolderIndexesQuietly() throws {
        let database = try corpus.openDatabase()
        try corpus.index(database)
        let reader = IndexCorpus.make(corpus: corpus.folder, database: database, loader: corpus.loader)

        let update = Polling.untilTheRunEnds(reader)

        #expect(update.message == nil)
        #expect(try reader.store.summaryCount() == 1)
    }

    @Test func aDamagedIndexIsRebuiltAndTheSessionReadsTheNewOneWithANotice() throws {
        // The reader opens on a sound index of an earlier state of the folder; the index the
        // thread writes into turns out damaged.
        let reading = try corpus.openDatabase()
        try corpus.index(reading)
        try corpus.write("bridge.json", Reports.article("Bridge closed", ["The bridge closed for repairs."]))
        try corpus.write("market.json", Reports.article("Market opens", ["The market opened on Sunday."]))
        let damaged = corpus.root + "/damaged/index.sqlite"
        do {
            // Closed (and its log written back) before the file is cut short.
            try corpus.index(try IndexDatabase(path: damaged))
        }
        let size = try #require(FileManager.default.attributesOfItem(atPath: damaged)[.size] as? Int)
        #expect(truncate(damaged, off_t(size / 2)) == 0)

        let reader = IndexCorpus.make(corpus: corpus.folder, reading: reading, writingTo: damaged, loader: corpus.loader)
        #expect(try reader.store.summaryCount() == 1)
        let update = Polling.untilTheRunEnds(reader)

        #expect(update.reloaded)
        #expect(update.message?.hasPrefix("the index \(damaged) was damaged (") == true)
        #expect(update.message?.hasSuffix("moved it to \(damaged).damaged and rebuilt it") == true)
        #expect(FileManager.default.fileExists(atPath: damaged + ".damaged"))
        #expect(try reader.store.summaryCount() == 3)
    }

    @Test func aTemporaryIndexIsRemovedWhenTheReaderStops() throws {
        let reader = try IndexCorpus.temporary(corpus: corpus.folder, loader: corpus.loader)
        let folder = try #require(reader.temporaryFolder)
        #expect(FileManager.default.fileExists(atPath: folder))

        let update = Polling.untilTheRunEnds(reader)
        #expect(try reader.store.summaryCount() == 1)
        #expect(update.message?.hasPrefix("1 report indexed: 1 file added") == true)
        reader.stop()

        #expect(!reader.isRunning)
        #expect(!FileManager.default.fileExists(atPath: folder))
    }
}
