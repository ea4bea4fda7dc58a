import Foundation
import Testing
@testable import BylineCore

@Suite struct CorpusScannerTests {
    @Test func dotfilesAreIgnoredAndSymlinkLoopsEnd() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("byline-scan-\(UUID().uuidString)")
        let fm = FileManager.default
        try fm.createDirectory(at: root.appendingPathComponent("a/b"), withIntermediateDirectories: true)
        try fm.createDirectory(at: root.appendingPathComponent(".git"), withIntermediateDirectories: true)
        defer { try? fm.removeItem(at: root) }
        try Data("one".utf8).write(to: root.appendingPathComponent("one.txt"))
        try Data("two".utf8).write(to: root.appendingPathComponent("a/b/two.md"))
        try Data("hidden".utf8).write(to: root.appendingPathComponent(".hidden.txt"))
        try Data("git".utf8).write(to: root.appendingPathComponent(".git/config"))
        try fm.createSymbolicLink(atPath: root.appendingPathComponent("a/b/loop").path, withDestinationPath: root.path)

        let result = CorpusScanner().scan(root: root.path)
        #expect(result.files.map(\.relativePath) == ["a/b/two.md", "one.txt"])
        #expect(result.files.map(\.pathExtension) == ["md", "txt"])
        #expect(result.warnings.isEmpty)
    }

    /// A file keeps the folder as given plus its relative path, whether the folder ends in `/`
    /// or the root is a single file.
    @Test func eachFileHasItsFullPath() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("byline-paths-\(UUID().uuidString)").path
        let fm = FileManager.default
        try fm.createDirectory(atPath: root + "/a", withIntermediateDirectories: true)
        defer { try? fm.removeItem(atPath: root) }
        try Data("one".utf8).write(to: URL(fileURLWithPath: root + "/a/one.txt"))

        #expect(CorpusScanner().scan(root: root).files.map(\.path) == [root + "/a/one.txt"])
        #expect(CorpusScanner().scan(root: root + "/").files.map(\.path) == [root + "/a/one.txt"])
        let single = CorpusScanner().scan(root: root + "/a/one.txt").files
        #expect(single.map(\.path) == [root + "/a/one.txt"])
        #expect(single.map(\.relativePath) == ["one.txt"])
        #expect(single.map(\.folder) == [root + "/a/"])
    }

    @Test func aMissingFolderIsOneWarning() {
        let result = CorpusScanner().scan(root: "/nonexistent/byline-corpus")
        #expect(result.files.isEmpty)
        #expect(result.warnings == ["/nonexistent/byline-corpus: No such file or directory"])
    }
}

@Suite struct OversizedFileTests {
    @Test func aFileOverTheLimitIsOneWarningAndNotRead() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("byline-big-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let big = root.appendingPathComponent("dump.txt")
        try Data().write(to: big)
        let handle = try FileHandle(forWritingTo: big)
        try handle.truncate(atOffset: 40 << 20)  // sparse: no 40 MB written to disk
        try handle.close()
        try Data("A short report.".utf8).write(to: root.appendingPathComponent("ok.txt"))

        let scan = CorpusScanner().scan(root: root.path)
        #expect(scan.files.map(\.relativePath) == ["ok.txt"])
        #expect(scan.warnings == ["dump.txt: skipped, too large for a report (40 MB; the limit is 32 MB)"])
        let direct = ArticleLoader().load(path: big.path, relativePath: "dump.txt")
        #expect(direct.articles.isEmpty)
        #expect(direct.failure == "dump.txt: skipped, too large for a report (40 MB; the limit is 32 MB)")
    }
}
