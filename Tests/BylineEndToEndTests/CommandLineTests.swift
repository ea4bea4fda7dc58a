import BylineTestSupport
import Foundation
import Testing

/// Runs the binary with arguments and returns (exit status, stdout, stderr).
func runByline(_ arguments: [String], environment: [String: String] = [:]) throws -> (status: Int32, out: String, err: String) {
    try runProgram(BinaryLocator.binary, arguments, environment: environment)
}

/// Runs `executable` with arguments, stdin from /dev/null, and returns (exit status, stdout, stderr).
func runProgram(_ executable: String, _ arguments: [String], environment: [String: String] = [:]) throws -> (status: Int32, out: String, err: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    var env = ProcessInfo.processInfo.environment
    for (k, v) in environment { env[k] = v }
    process.environment = env
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("byline-run-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let outURL = dir.appendingPathComponent("out"), errURL = dir.appendingPathComponent("err")
    try Data().write(to: outURL)
    try Data().write(to: errURL)
    process.standardOutput = try FileHandle(forWritingTo: outURL)
    process.standardError = try FileHandle(forWritingTo: errURL)
    process.standardInput = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    return (process.terminationStatus,
            (try? String(contentsOf: outURL, encoding: .utf8)) ?? "",
            (try? String(contentsOf: errURL, encoding: .utf8)) ?? "")
}

@Suite struct CommandLineTests {
    @Test func showOnAMissingFileIsOneLineOnStderrAndAFailure() throws {
        let run = try runByline(["show", "/nonexistent/report.txt"])
        #expect(run.status == 1)
        #expect(run.out.isEmpty)
        #expect(run.err == "byline: /nonexistent/report.txt: no such file\n")
    }

    /// `byline serach water`: a word that is neither a folder nor a command is one line naming
    /// the commands, not ArgumentParser's usage for `open`.
    @Test func aMistypedCommandIsOneLineNamingTheCommands() throws {
        let expected = "byline: serach: no such folder, nor a command (did you mean search? show, entities, index, search, people, person, with, marks; byline --help)\n"
        for arguments in [["serach", "water"], ["serach"]] {
            let run = try runByline(arguments)
            #expect(run.status == 1)
            #expect(run.out.isEmpty)
            #expect(run.err == expected)
        }
        let folder = try runByline(["/nonexistent/reports"])
        #expect(folder.status == 1)
        #expect(folder.err == "byline: /nonexistent/reports: no such folder\n")
    }

    @Test func versionNamesTheReleaseAndTheCommitItWasBuiltFrom() throws {
        let run = try runByline(["--version"])
        #expect(run.status == 0)
        let printed = run.out.trimmingCharacters(in: .newlines)
        #expect(printed.hasPrefix("0.1.0 (commit "), "\(printed)")
        // The binary was built from this checkout, so its commit is this checkout's HEAD.
        let head = Process()
        head.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        head.arguments = ["git", "-C", BinaryLocator.packageRoot.path, "rev-parse", "HEAD"]
        let pipe = Pipe()
        head.standardOutput = pipe
        head.standardError = FileHandle.nullDevice
        try head.run()
        head.waitUntilExit()
        let commit = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        try #require(head.terminationStatus == 0 && commit.count == 40, "git rev-parse HEAD gave “\(commit)”")
        let built = printed.dropFirst("0.1.0 (commit ".count).prefix { $0 != ")" && $0 != "-" }
        #expect(built.count == 10 && commit.hasPrefix(built), "printed \(printed), HEAD is \(commit)")
    }
}
