import BylineCore
import BylineTestSupport
import CorpusGenerator
import Foundation
import GRDB
import Testing
@testable import BylineIndex

/// The index under faults, with the real binary: killed at random moments, damaged on disk,
/// shared between a reader and an indexer, in a folder it may not write, on a full disk.
@Suite(.serialized) struct IndexFaultTests {
    /// A generated corpus and an index path in a scratch folder.
    final class Work {
        let root = NSTemporaryDirectory() + "byline-faults-" + UUID().uuidString
        var folder: String { root + "/reports" }
        var index: String { root + "/cache/index.sqlite" }
        let files: Int

        init(reports: Int, seed: UInt64 = 11) throws {
            try CorpusGenerator(seed: seed, markdownShare: 0.2).write(count: reports, to: root + "/reports")
            try FileManager.default.createDirectory(atPath: root + "/cache", withIntermediateDirectories: true)
            files = reports
        }

        deinit {
            chmod(root, 0o755)
            try? FileManager.default.removeItem(atPath: root)
        }

        func removeIndex() {
            for suffix in ["", "-wal", "-shm"] { unlink(index + suffix) }
        }
    }

    /// Opens the index as the next run would and checks it through: not found damaged, SQLite's
    /// integrity check, foreign keys and the full-text index's own check. Returns its reports.
    static func soundReportCount(_ path: String) throws -> Int {
        let database = try IndexDatabase(path: path)
        #expect(database.warning == nil)
        #expect(try database.read { try String.fetchAll($0, sql: "PRAGMA integrity_check") } == ["ok"])
        #expect(try database.read { try Row.fetchAll($0, sql: "PRAGMA foreign_key_check") }.isEmpty)
        try database.write { try $0.execute(sql: "INSERT INTO articleText(articleText) VALUES ('integrity-check')") }
        return try database.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM article") ?? 0 }
    }

    static func seconds(since start: ContinuousClock.Instant) -> Double {
        let d = ContinuousClock.now - start
        return Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    }

    @Test func twentyKillsAtRandomMomentsLeaveAnIndexThatOpensAndTheNextRunCompletes() throws {
        let work = try Work(reports: 100)
        // A full run on a separate index gives the count to reach and how long a run takes.
        let started = ContinuousClock.now
        let reference = try BylineRun.index(work.folder, work.root + "/reference.sqlite")
        let fullRun = Self.seconds(since: started)
        let expected = try #require(reference["reports"] as? Int)
        #expect(expected == work.files)

        var moments: [String] = []
        var interrupted = 0
        var attempts = 0
        // Kill until twenty runs were cut short. On a loaded machine a run's length varies, so a
        // kill that comes after the run has finished narrows the window for the next ones.
        var window = fullRun
        while interrupted < 20, attempts < 60 {
            // Every other run starts from nothing, so kills also land in creation and migration;
            // the others continue from what the last killed run committed.
            if attempts % 2 == 0 { work.removeIndex() }
            attempts += 1
            let delay = Double.random(in: 0...window)
            let process = try BylineRun.start(["index", work.folder, "--index", work.index])
            Thread.sleep(forTimeInterval: delay)
            let wasRunning = process.isRunning
            Glibc.kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            if wasRunning && process.terminationReason == .uncaughtSignal { interrupted += 1 } else { window *= 0.7 }
            moments.append(String(format: "%.2f s%@", delay, wasRunning ? "" : " (already done)"))
            guard FileManager.default.fileExists(atPath: work.index) else { continue }  // killed before creating it
            let count = try Self.soundReportCount(work.index)
            #expect(count <= expected, "after a kill at \(moments.last!)")
        }
        // The kills must have cut runs short for the test to mean anything.
        #expect(interrupted == 20, "kills at \(moments)")

        let next = try BylineRun.index(work.folder, work.index)
        #expect(next["reports"] as? Int == expected, "kills at \(moments)")
        let again = try BylineRun.index(work.folder, work.index)
        #expect(again["added"] as? Int == 0)
        #expect(again["unchanged"] as? Int == work.files)
        #expect(try Self.soundReportCount(work.index) == expected)
    }

    @Test func aTruncatedIndexIsRebuiltWithOneWarning() throws {
        let work = try Work(reports: 30)
        _ = try BylineRun.index(work.folder, work.index)
        let size = try #require(FileManager.default.attributesOfItem(atPath: work.index)[.size] as? Int)
        #expect(truncate(work.index, off_t(size / 2)) == 0)

        let run = try BylineRun.run(["index", work.folder, "--index", work.index])
        #expect(run.status == 0)
        #expect(run.err == "byline: the index \(work.index) was damaged (truncated: \(size / 2) bytes of \(size)); moved it to \(work.index).damaged and rebuilt it\n")
        #expect(run.out.hasPrefix("30 reports indexed: 30 files added, 0 updated, 0 removed, 0 skipped ("))
        #expect(FileManager.default.fileExists(atPath: work.index + ".damaged"))
        #expect(try Self.soundReportCount(work.index) == 30)
    }

    /// Random bytes over the pages make opening fail as SQLite reads them: mostly "malformed",
    /// sometimes a record longer than SQLite allows. Either is damage to an index of ours;
    /// "too big" later, while writing, is not (a report too large to store).
    @Test func aRecordTooBigWhileOpeningAnIndexIsDamage() throws {
        let work = try Work(reports: 3)
        _ = try BylineRun.index(work.folder, work.index)
        let tooBig = DatabaseError(resultCode: .SQLITE_TOOBIG, message: "string or blob too big")
        guard case .damaged(_, let reason) = IndexDatabase.openFailure(path: work.index, tooBig) else {
            Issue.record("opening: \(IndexDatabase.openFailure(path: work.index, tooBig))")
            return
        }
        #expect(reason == "string or blob too big")
        #expect(!IndexDatabase.isDamage(tooBig))
        #expect(IndexDatabase.isDamage(DatabaseError(resultCode: .SQLITE_CORRUPT)))
        let scratch = try ScratchFolder()
        let notOurs = scratch.path("notes.txt")
        try "my notes".write(toFile: notOurs, atomically: true, encoding: .utf8)
        guard case .notAnIndex = IndexDatabase.openFailure(path: notOurs, tooBig) else {
            Issue.record("a file not ours: \(IndexDatabase.openFailure(path: notOurs, tooBig))")
            return
        }
    }

    @Test func anIndexWithGarbageOverItsPagesIsRebuiltWithOneWarning() throws {
        let work = try Work(reports: 30)
        _ = try BylineRun.index(work.folder, work.index)
        // A disk that returned garbage: every page after the first overwritten.
        let handle = try #require(FileHandle(forUpdatingAtPath: work.index))
        let size = try handle.seekToEnd()
        try handle.seek(toOffset: 4096)
        var generator = SystemRandomNumberGenerator()
        try handle.write(contentsOf: Data((4096..<size).map { _ in UInt8.random(in: 0...255, using: &generator) }))
        try handle.close()

        let run = try BylineRun.run(["search", "Rotterdam", "--dir", work.folder, "--index", work.index])
        #expect(run.status == 0)
        #expect(run.err.hasPrefix("byline: the index \(work.index) was damaged ("))
        #expect(run.err.contains("); moved it to \(work.index).damaged and rebuilt it\n"))
        #expect(!run.out.isEmpty)
        #expect(try Self.soundReportCount(work.index) == 30)
    }

    @Test func aFileThatIsNotAnIndexInTheCacheFolderIsRebuiltButElsewhereLeftAlone() throws {
        let work = try Work(reports: 5)
        let cache = work.root + "/xdg"
        let environment = ["XDG_CACHE_HOME": cache]
        let path = IndexLocation.defaultPath(forCorpus: work.folder, environment: environment)
        try FileManager.default.createDirectory(atPath: cache + "/byline", withIntermediateDirectories: true)
        let notes = Data(String(repeating: "not an index\n", count: 100).utf8)
        try notes.write(to: URL(fileURLWithPath: path))
        let rebuilt = try BylineRun.run(["index", work.folder], environment: environment)
        #expect(rebuilt.status == 0)
        #expect(rebuilt.err == "byline: the index \(path) was damaged (file is not a database); moved it to \(path).damaged and rebuilt it\n")

        try notes.write(to: URL(fileURLWithPath: work.index))
        let refused = try BylineRun.run(["index", work.folder, "--index", work.index])
        #expect(refused.status == 1)
        #expect(refused.err == "byline: \(work.index) is not a Byline index (file is not a database); delete it to rebuild, or pass --index PATH\n")
        #expect(try Data(contentsOf: URL(fileURLWithPath: work.index)) == notes)
    }

    @Test func aReaderAndAnIndexerAtTheSameTimeBothWork() throws {
        let work = try Work(reports: 100)
        let indexer = try BylineRun.start(["index", work.folder, "--index", work.index])
        var searches: [BylineRun.Result] = []
        // Searches while the indexer runs, each of which also brings the index up to date.
        repeat {
            searches.append(try BylineRun.run(["search", "Rotterdam", "--dir", work.folder, "--index", work.index, "--json"]))
        } while indexer.isRunning && searches.count < 50
        indexer.waitUntilExit()
        #expect(indexer.terminationStatus == 0)
        for search in searches {
            #expect(search.status == 0, "\(search.err)")
            #expect((try? JSONSerialization.jsonObject(with: Data(search.out.utf8))) is [String: Any], "\(search.out)")
        }
        let final = try BylineRun.index(work.folder, work.index)
        #expect(final["reports"] as? Int == 100)
        #expect(final["unchanged"] as? Int == 100)
        #expect(try Self.soundReportCount(work.index) == 100)
    }

    @Test(.enabled(if: geteuid() != 0 || FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"),
                   "running as root without setpriv (util-linux) to drop to an ordinary user"))
    func aReadOnlyCacheFolderIsOneErrorNamingTheIndexOption() throws {
        let work = try Work(reports: 3)
        let cache = work.root + "/readonly-cache"
        try FileManager.default.createDirectory(atPath: cache + "/byline", withIntermediateDirectories: true)
        chmod(cache + "/byline", 0o555)
        chmod(cache, 0o555)
        chmod(work.root, 0o755)
        defer { chmod(cache, 0o755); chmod(cache + "/byline", 0o755) }
        let environment = ["XDG_CACHE_HOME": cache]
        let path = IndexLocation.defaultPath(forCorpus: work.folder, environment: environment)
        let prefix = geteuid() == 0 ? ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : []
        let run = try BylineRun.run(["search", "Rotterdam", "--dir", work.folder], environment: environment, prefix: prefix)
        #expect(run.status == 1)
        #expect(run.out.isEmpty)
        #expect(run.err == "byline: cannot write the index \(path) (Permission denied); pass --index PATH to put the index elsewhere\n")
    }

    @Test func aFullDiskFailsCleanlyAndTheIndexResumesWhereItStopped() throws {
        let work = try Work(reports: 100)
        let disk = try SmallDisk(root: work.root + "/disk", kilobytes: 512)
        let index = disk.folder + "/index.sqlite"
        let run = try BylineRun.run(["index", work.folder, "--index", index], prefix: disk.prefix)
        #expect(run.status == 1)
        #expect(run.err.hasPrefix("byline: "))
        #expect(run.err.contains(index))
        #expect(run.err.filter { $0 == "\n" }.count == 1, "\(run.err)")
        // What was committed before the disk filled is a sound index, and a run with room
        // (the same file, moved to the ordinary disk) finishes it.
        let moved = work.root + "/moved.sqlite"
        for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: index + suffix) {
            try FileManager.default.copyItem(atPath: index + suffix, toPath: moved + suffix)
        }
        disk.release()
        #expect(try Self.soundReportCount(moved) < 100)
        let resumed = try BylineRun.index(work.folder, moved)
        #expect(resumed["reports"] as? Int == 100)
        #expect(try Self.soundReportCount(moved) == 100)
    }
}

/// A folder with little room: a tmpfs when this process may mount one (root), otherwise an
/// ordinary folder with the process's file size capped (`ulimit -f`), which SQLite meets the
/// same way, as a write that cannot complete.
final class SmallDisk {
    let folder: String
    /// The program `byline` runs under.
    let prefix: [String]
    private var mounted: Bool

    init(root: String, kilobytes: Int) throws {
        folder = root
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        mounted = geteuid() == 0 && system("mount -t tmpfs -o size=\(kilobytes)k byline-test \(root) 2>/dev/null") == 0
        prefix = mounted ? [] : ["/bin/bash", "-c", "trap '' XFSZ; ulimit -f \(kilobytes); exec \"$0\" \"$@\""]
    }

    func release() {
        if mounted { _ = system("umount \(folder)") }
        mounted = false
    }

    deinit { release() }
}
