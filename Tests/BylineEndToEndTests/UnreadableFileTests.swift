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
        #expect(run.err == "byline: locked.txt: cannot read file (Permission denied)\n")
    }
}
