import Foundation
@testable import BylinePostgres

/// A throwaway PostgreSQL server for the tests (`scripts/postgres-throwaway.sh`): on a free
/// loopback port, in a temporary folder, stopped when the test process ends however it ends.
///
/// `shared` serves most tests, each in a database of its own (`freshDatabase`); tests that
/// stop the server start one of their own. Without PostgreSQL's server binaries, `shared`
/// is nil and those tests are skipped with the reason (`unavailableReason`).
final class PostgresTestServer: @unchecked Sendable {
    let url: String
    let folder: String
    private var stopped = false

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let script = repository.appendingPathComponent("scripts/postgres-throwaway.sh").path
    static let bundledArticles = repository.appendingPathComponent("Articles").path
    static var binary: String {
        let bundle = Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("byline").path
        return FileManager.default.isExecutableFile(atPath: bundle) ? bundle : repository.appendingPathComponent(".build/debug/byline").path
    }

    /// The server most tests share, started on first use.
    nonisolated(unsafe) static let shared: PostgresTestServer? = {
        do {
            let server = try PostgresTestServer()
            atexit { PostgresTestServer.shared?.stop() }
            return server
        } catch {
            startFailure = "\(error)"
            return nil
        }
    }()
    nonisolated(unsafe) private static var startFailure = ""

    static var available: Bool { shared != nil }
    static var unavailableReason: String { "no PostgreSQL test server (\(startFailure))" }

    /// Starts a server of its own.
    init() throws {
        let result = try Self.script(["start", "--owner", String(getpid())])
        guard result.status == 0 else { throw Failure(text: result.err.trimmingCharacters(in: .whitespacesAndNewlines)) }
        let parts = result.out.split(separator: " ").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        guard parts.count == 2 else { throw Failure(text: "unexpected output: \(result.out)") }
        url = parts[0]
        folder = parts[1]
    }

    deinit { stop() }

    struct Failure: Error, CustomStringConvertible {
        var text: String
        var description: String { text }
    }

    func stop() {
        guard !stopped else { return }
        stopped = true
        _ = try? Self.script(["stop", folder])
    }

    /// Stops the server, keeping its data, as an administrator would (`pg_ctl stop -m fast`).
    func halt() throws {
        let result = try Self.script(["halt", folder])
        guard result.status == 0 else { throw Failure(text: result.err) }
    }

    func resume() throws {
        let result = try Self.script(["resume", folder])
        guard result.status == 0 else { throw Failure(text: result.err) }
    }

    var location: PostgresLocation { try! PostgresLocation(url: url) }

    /// The URL of a new, empty database on this server.
    func freshDatabase() throws -> String {
        let name = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
        let admin = try PostgresSession(location)
        defer { admin.close() }
        try admin.query("CREATE DATABASE \(name)")
        return url.replacingOccurrences(of: "/byline?", with: "/\(name)?")
    }

    /// The URL with `change` applied to its parts, as text.
    func url(user: String = "byline", password: String = "byline", port: Int? = nil, database: String = "byline", query: String = "sslmode=disable") -> String {
        "postgresql://\(user):\(password)@127.0.0.1:\(port ?? location.port)/\(database)?\(query)"
    }

    static func script(_ arguments: [String]) throws -> (status: Int32, out: String, err: String) {
        try run("/bin/bash", [script] + arguments)
    }

    /// Runs a program to its end; its output goes through files, so a server it leaves
    /// running cannot hold a pipe open.
    static func run(_ program: String, _ arguments: [String], environment: [String: String] = [:]) throws -> (status: Int32, out: String, err: String) {
        let scratch = NSTemporaryDirectory() + "byline-pg-run-" + UUID().uuidString
        defer {
            unlink(scratch + ".out")
            unlink(scratch + ".err")
        }
        for suffix in [".out", ".err"] { try Data().write(to: URL(fileURLWithPath: scratch + suffix)) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardOutput = FileHandle(forWritingAtPath: scratch + ".out")
        process.standardError = FileHandle(forWritingAtPath: scratch + ".err")
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let out = (try? String(contentsOfFile: scratch + ".out", encoding: .utf8)) ?? ""
        let err = (try? String(contentsOfFile: scratch + ".err", encoding: .utf8)) ?? ""
        return (process.terminationStatus, out, err)
    }
}
