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

    @Test func aMissingFolderIsOneWarning() {
        let result = CorpusScanner().scan(root: "/nonexistent/byline-corpus")
        #expect(result.files.isEmpty)
        #expect(result.warnings == ["/nonexistent/byline-corpus: No such file or directory"])
    }
}
