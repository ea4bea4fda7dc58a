import BylineTestSupport
import Foundation

/// The built `byline` binary, run as a user would for the fault tests.
enum BylineRun {
    static var binary: String { BinaryLocator.binary }

    struct Result {
        var status: Int32
        var out: String
        var err: String
    }

    /// Starts `byline` with `arguments`; stdout and stderr go to the files named.
    static func start(_ arguments: [String], out: String = "/dev/null", err: String = "/dev/null",
                      environment: [String: String] = [:], prefix: [String] = []) throws -> Process {
        let process = Process()
        if prefix.isEmpty {
            process.executableURL = URL(fileURLWithPath: binary)
            process.arguments = arguments
        } else {
            process.executableURL = URL(fileURLWithPath: prefix[0])
            process.arguments = Array(prefix.dropFirst()) + [binary] + arguments
        }
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        for path in [out, err] where path != "/dev/null" { try Data().write(to: URL(fileURLWithPath: path)) }
        process.standardOutput = FileHandle(forWritingAtPath: out)
        process.standardError = FileHandle(forWritingAtPath: err)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Runs `byline` to the end and returns its status and output. `prefix` runs it under
    /// another program (`setpriv`, `bash -c`).
    static func run(_ arguments: [String], environment: [String: String] = [:], prefix: [String] = []) throws -> Result {
        let scratch = NSTemporaryDirectory() + "byline-run-" + UUID().uuidString
        defer {
            unlink(scratch + ".out")
            unlink(scratch + ".err")
        }
        let process = try start(arguments, out: scratch + ".out", err: scratch + ".err", environment: environment, prefix: prefix)
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      out: (try? String(contentsOfFile: scratch + ".out", encoding: .utf8)) ?? "",
                      err: (try? String(contentsOfFile: scratch + ".err", encoding: .utf8)) ?? "")
    }

    /// `byline index --json`'s summary.
    static func index(_ folder: String, _ index: String) throws -> [String: Any] {
        let run = try run(["index", folder, "--index", index, "--json"])
        guard run.status == 0, let object = try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any] else {
            throw RunFailure(message: "byline index exited \(run.status): \(run.err)")
        }
        return object
    }

    struct RunFailure: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}
