import BylineTestSupport
import Foundation
import Testing

/// Runs the binary as an ordinary user: directly when the tests are not root, otherwise under
/// `setpriv` as `nobody` (CI runs as root, and root reads a file whatever its permissions).
/// Returns nil when neither is possible.
func runBylineUnprivileged(_ arguments: [String]) throws -> (status: Int32, out: String, err: String)? {
    if geteuid() != 0 { return try runByline(arguments) }
    guard let setpriv = UnprivilegedRun.setpriv else { return nil }
    return try runProgram(setpriv, ["--reuid=65534", "--regid=65534", "--clear-groups", BinaryLocator.binary] + arguments)
}

enum UnprivilegedRun {
    static let setpriv = ["/usr/bin/setpriv", "/bin/setpriv"].first { FileManager.default.isExecutableFile(atPath: $0) }
    static let possible = geteuid() != 0 || setpriv != nil
    static let reason: Comment = "running as root without setpriv (util-linux) to drop to an ordinary user"
}

@Suite struct UnreadableFileTests {
    @Test(.enabled(if: UnprivilegedRun.possible, UnprivilegedRun.reason))
    func anUnreadableFileIsOneLineOnStderr() throws {
        let scratch = try ShowCommandTests.Scratch()
        let path = try scratch.write("locked.txt", "June 3, 2024\n\nMayor Marianne de Graaf spoke.\n")
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: path)
        let run = try #require(try runBylineUnprivileged(["show", path]))
        #expect(run.status == 1)
        #expect(run.out.isEmpty)
        #expect(run.err == "byline: \(path): cannot read file (Permission denied)\n")
    }

    @Test(.enabled(if: UnprivilegedRun.possible, UnprivilegedRun.reason))
    func anUnreadableFolderAndFileAreOneWarningEachAndTheRestIsIndexed() throws {
        let scratch = try ShowCommandTests.Scratch()
        let report = "June 3, 2024\n\nFlood barrier opens\n\nMayor Marianne de Graaf opened the barrier in Rotterdam.\n"
        try FileManager.default.createDirectory(at: scratch.url.appendingPathComponent("reports/locked-folder"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: scratch.url.appendingPathComponent("index"), withIntermediateDirectories: true)
        _ = try scratch.write("reports/good.txt", report)
        let locked = try scratch.write("reports/locked.txt", report)
        _ = try scratch.write("reports/locked-folder/inside.txt", report)
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: locked)
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: scratch.url.appendingPathComponent("reports/locked-folder").path)
        defer { chmod(scratch.url.appendingPathComponent("reports/locked-folder").path, 0o755) }
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: scratch.url.appendingPathComponent("index").path)
        let run = try #require(try runBylineUnprivileged(["index", scratch.url.appendingPathComponent("reports").path,
                                                          "--index", scratch.url.appendingPathComponent("index/db.sqlite").path]))
        #expect(run.status == 0)
        #expect(run.out.hasPrefix("1 report indexed: 1 file added, 0 updated, 0 removed, 2 skipped ("))
        #expect(run.err == "byline: locked-folder: cannot open folder (Permission denied)\nbyline: locked.txt: cannot read file (Permission denied)\n")
    }
}
