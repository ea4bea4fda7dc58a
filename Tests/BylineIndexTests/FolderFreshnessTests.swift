import BylineCore
import BylineTestSupport
import Foundation
import GRDB
import Testing
@testable import BylineIndex

/// How a change to the folder reaches the index without a walk over every file: folder times
/// find added, removed and renamed files and new subfolders; a file edited in place is found
/// by the next check of every file.
@Suite struct FolderFreshnessTests {
    /// Three folders of two reports each, fully indexed.
    func indexed() throws -> (FixtureCorpus, IndexDatabase) {
        let corpus = try FixtureCorpus()
        for folder in ["2023", "2024", "2024/06"] {
            for n in 1...2 {
                try corpus.write("\(folder)/r\(n).json", Reports.article("Report \(n) of \(folder)", ["The harbour in \(folder) number \(n)."]))
            }
        }
        let database = try corpus.openDatabase()
        try corpus.index(database)
        _ = corpus.parses.take()
        return (corpus, database)
    }

    /// Runs the indexer over the folders the folder check found changed, as a query does.
    func checkFolders(_ corpus: FixtureCorpus, _ database: IndexDatabase) throws -> (changed: [String], summary: IndexSummary?) {
        let changed = try #require(try FolderCheck.changedFolders(corpus: corpus.folder, in: database))
        guard !changed.isEmpty else { return (changed, nil) }
        let indexer = Indexer(database: database, corpus: corpus.folder, loader: corpus.loader)
        return (changed.sorted(), try indexer.update(scope: .folders(changed)))
    }

    func titles(_ corpus: FixtureCorpus, _ database: IndexDatabase) throws -> Set<String> {
        Set(try corpus.store(database).summaries().map(\.title))
    }

    /// Sets a folder's time back to what it was, as an edit in place leaves it.
    func setTime(of folder: String, to time: Int64) {
        var times = [timespec(tv_sec: Int(time / 1_000_000_000), tv_nsec: Int(time % 1_000_000_000)),
                     timespec(tv_sec: Int(time / 1_000_000_000), tv_nsec: Int(time % 1_000_000_000))]
        _ = utimensat(AT_FDCWD, folder, &times, 0)
    }

    @Test func anUnchangedFolderNeedsNoRunAtAll() throws {
        let (corpus, database) = try indexed()
        let (changed, summary) = try checkFolders(corpus, database)
        #expect(changed.isEmpty)
        #expect(summary == nil)
    }

    @Test func aFileAddedToAFolderIsIndexedByListingThatFolderOnly() throws {
        let (corpus, database) = try indexed()
        try corpus.write("2024/r3.json", Reports.article("A new harbour report", ["Added later."]))
        let (changed, summary) = try checkFolders(corpus, database)
        #expect(changed == ["2024"])
        #expect(summary?.added == 1)
        // Only the changed folder's files were compared: the two already there.
        #expect(summary?.unchanged == 2)
        #expect(corpus.parses.take() == 1)
        #expect(try titles(corpus, database).contains("A new harbour report"))
        #expect(try FolderCheck.changedFolders(corpus: corpus.folder, in: database) == [])
    }

    @Test func aRemovedFileLeavesTheIndex() throws {
        let (corpus, database) = try indexed()
        try corpus.remove("2023/r1.json")
        let (changed, summary) = try checkFolders(corpus, database)
        #expect(changed == ["2023"])
        #expect(summary?.removed == 1)
        #expect(try !titles(corpus, database).contains("Report 1 of 2023"))
        #expect(try corpus.store(database).summaries().count == 5)
    }

    @Test func aFileRenamedAcrossFoldersKeepsItsReportWithoutBeingRead() throws {
        let (corpus, database) = try indexed()
        try corpus.move("2023/r1.json", to: "2024/06/moved.json")
        let (changed, summary) = try checkFolders(corpus, database)
        #expect(changed == ["2023", "2024/06"])
        #expect(summary?.renamed == 1)
        #expect(summary?.added == 0)
        #expect(corpus.parses.take() == 0)
        #expect(try corpus.store(database).summaries().map(\.path).contains(corpus.folder + "/2024/06/moved.json"))
    }

    @Test func aNewSubfolderIsListedInFullThroughItsParent() throws {
        let (corpus, database) = try indexed()
        try corpus.write("2025/01/new.json", Reports.article("From a new folder", ["Deep inside."]))
        try corpus.write("2025/top.json", Reports.article("Top of the new folder", ["Beside it."]))
        let (changed, summary) = try checkFolders(corpus, database)
        #expect(changed == [""])
        #expect(summary?.added == 2)
        #expect(try titles(corpus, database).isSuperset(of: ["From a new folder", "Top of the new folder"]))
        // The new folders' times were stored: the next check finds nothing to do.
        #expect(try FolderCheck.changedFolders(corpus: corpus.folder, in: database) == [])
    }

    @Test func aRemovedSubfolderTakesItsReportsAndFolderTimesWithIt() throws {
        let (corpus, database) = try indexed()
        try FileManager.default.removeItem(atPath: corpus.folder + "/2024/06")
        let (changed, summary) = try checkFolders(corpus, database)
        #expect(changed == ["2024", "2024/06"])
        #expect(summary?.removed == 2)
        #expect(try corpus.store(database).summaries().count == 4)
        #expect(try database.read { try String.fetchAll($0, sql: "SELECT path FROM folder ORDER BY path") } == ["", "2023", "2024"])
    }

    @Test func anEditInPlaceIsMissedByTheFolderCheckAndFoundByTheNextFullCheck() throws {
        let (corpus, database) = try indexed()
        let folderTime = try #require(CorpusScanner.folderTime(root: corpus.folder, relative: "2023"))
        try corpus.write("2023/r2.json", Reports.article("Edited in place", ["New words."]))
        try corpus.touch("2023/r2.json")
        setTime(of: corpus.folder + "/2023", to: folderTime)
        let (changed, _) = try checkFolders(corpus, database)
        #expect(changed.isEmpty)
        #expect(try !titles(corpus, database).contains("Edited in place"))
        // What `byline index`, `--refresh` and the reader's background check run.
        let full = try Indexer(database: database, corpus: corpus.folder, loader: corpus.loader).update()
        #expect(full.updated == 1)
        #expect(try titles(corpus, database).contains("Edited in place"))
    }

    /// What a command on a small folder asks before it answers from a read-only connection.
    @Test func aCheckOfEveryFileThatWritesNothingFindsEachKindOfChange() throws {
        let (corpus, database) = try indexed()
        let indexer = Indexer(database: database, corpus: corpus.folder, loader: corpus.loader)
        let checks = try IndexChecks.read(database)
        #expect(try !indexer.hasChanges())
        let folderTime = try #require(CorpusScanner.folderTime(root: corpus.folder, relative: "2023"))
        try corpus.write("2023/r2.json", Reports.article("Edited in place", ["New words."]))
        try corpus.touch("2023/r2.json")
        setTime(of: corpus.folder + "/2023", to: folderTime)
        #expect(try indexer.hasChanges())
        // Asking wrote nothing: the edit is still to index, and no check was recorded.
        #expect(try IndexChecks.read(database) == checks)
        #expect(try indexer.update().updated == 1)
        #expect(try !indexer.hasChanges())
        try corpus.touch("2024/r1.json")
        #expect(try indexer.hasChanges())
        _ = try indexer.update()
        try corpus.write("2024/06/r3.json", Reports.article("Added", ["More."]))
        #expect(try indexer.hasChanges())
        _ = try indexer.update()
        try corpus.remove("2024/06/r3.json")
        #expect(try indexer.hasChanges())
        _ = try indexer.update()
        #expect(try !indexer.hasChanges())
    }

    @Test func theFolderCheckFindsTheRootHoweverItIsSpelledAndNothingForAnotherFolder() throws {
        let (corpus, database) = try indexed()
        for spelling in [corpus.folder, corpus.folder + "/", corpus.folder + "/./2023/.."] {
            #expect(try FolderCheck.changedFolders(corpus: spelling, in: database) == [], "\(spelling)")
        }
        let other = try FixtureCorpus()
        try FileManager.default.createDirectory(atPath: other.folder, withIntermediateDirectories: true)
        #expect(try FolderCheck.changedFolders(corpus: other.folder, in: database) == nil)
    }

    @Test func aPlainAbsolutePathIsTakenAsTheIndexerSpellsItsRoot() throws {
        let corpus = try FixtureCorpus()
        let plain = ["/", "/tmp", corpus.folder, "/no such/folder", "/a b/c%20d/é/#?;", "/a/.hidden/...", "/a/..b/c."]
        let other = ["tmp", "", "/a/", "/a//b", "/a/./b", "/a/../b", "/a/..", "/."]
        for path in plain + other {
            #expect(Indexer.absolute(path) == URL(fileURLWithPath: path).standardizedFileURL.path, "\(path)")
        }
        #expect(plain.dropFirst().allSatisfy(Indexer.isPlainAbsolute))
        #expect(!(["/"] + other).contains(where: Indexer.isPlainAbsolute))
    }

    @Test func aFullCheckRecordsWhenItRanAndAFolderCheckDoesNotMoveThatTime() throws {
        let (corpus, database) = try indexed()
        let before = IndexFreshness.now
        let full = try IndexChecks.read(database)
        #expect(full.files == 6)
        let fullAt = try #require(full.lastFullCheck)
        #expect(fullAt <= before && before - fullAt < 60_000)
        try corpus.write("2023/r9.json", Reports.article("Another", ["More."]))
        _ = try checkFolders(corpus, database)
        let after = try IndexChecks.read(database)
        #expect(after.lastFullCheck == fullAt)
        #expect(try #require(after.lastCheck) >= fullAt)
        #expect(after.files == 7)
    }
}

/// What a command does before it answers, and the line it prints when the answer may be behind.
@Suite struct IndexFreshnessTests {
    let large = IndexChecks(lastCheck: 1_000, lastFullCheck: 1_000, files: 100_000)

    @Test func aLargeIndexWithNothingChangedIsNotIndexedAtAll() {
        #expect(IndexFreshness.scope(refresh: false, checks: large, changed: []) == nil)
    }

    @Test func aLargeIndexListsOnlyTheChangedFolders() {
        #expect(IndexFreshness.scope(refresh: false, checks: large, changed: ["2024/06"]) == .folders(["2024/06"]))
    }

    @Test func refreshSmallFoldersAndIndexesWithoutFolderTimesCheckEveryFile() {
        #expect(IndexFreshness.scope(refresh: true, checks: large, changed: []) == .everything)
        #expect(IndexFreshness.scope(refresh: false, checks: large, changed: nil) == .everything)
        let small = IndexChecks(lastCheck: 1_000, lastFullCheck: 1_000, files: IndexFreshness.fullCheckFiles)
        #expect(IndexFreshness.scope(refresh: false, checks: small, changed: []) == .everything)
    }

    @Test func anAnswerAfterAFullCheckIsCurrentAndSaysNothing() {
        let freshness = IndexFreshness.after(.everything, checks: large, now: 5_000_000)
        #expect(freshness == IndexFreshness(checked: .files, lastFullCheck: 5_000_000, mayBeBehind: false))
        #expect(freshness.note(now: 5_000_000) == nil)
    }

    @Test func aFolderCheckSoonAfterAFullCheckCountsAsCurrent() {
        let freshness = IndexFreshness.after(nil, checks: large, now: 1_000 + IndexFreshness.currentFor)
        #expect(!freshness.mayBeBehind)
        #expect(freshness.note(now: 1_000 + IndexFreshness.currentFor) == nil)
    }

    @Test func aFolderCheckLongAfterTheFullCheckSaysTheIndexMayBeBehindAndHowToCatchUp() {
        let now: Int64 = 1_000 + 12 * 60_000
        let freshness = IndexFreshness.after(.folders(["2024"]), checks: large, now: now)
        #expect(freshness.checked == .folders)
        #expect(freshness.mayBeBehind)
        #expect(freshness.note(now: now) == "the index may be behind: reports edited in place since its full check 12 min ago are not seen; --refresh (or byline index) checks every file")
        #expect(freshness.json.serialized() == #"{"checked":"folders","lastFullCheck":"1970-01-01T00:00:01Z","mayBeBehind":true}"#)
    }
}
