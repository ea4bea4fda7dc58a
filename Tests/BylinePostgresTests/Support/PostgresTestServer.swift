import BylineTestSupport
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

    static let repository = BinaryLocator.packageRoot
    static let script = repository.appendingPathComponent("scripts/postgres-throwaway.sh").path
    static let bundledArticles = repository.appendingPathComponent("Articles").path
    static var binary: String { BinaryLocator.binary }

    /// The server most tests share, started on first use.
    static let shared: PostgresTestServer? = {
        do {
            // Stopped by the script's watcher once this process ends, however it ends.
            return try PostgresTestServer()
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

    /// Runs a program to its end with posix_spawn (Foundation's `Process` waits on a run loop
    /// that can stall at exit); its output goes through files, so a server it leaves running
    /// cannot hold a pipe open.
    static func run(_ program: String, _ arguments: [String], environment: [String: String] = [:]) throws -> (status: Int32, out: String, err: String) {
        let scratch = NSTemporaryDirectory() + "byline-pg-run-" + UUID().uuidString
        defer {
            unlink(scratch + ".out")
            unlink(scratch + ".err")
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, scratch + ".out", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, scratch + ".err", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let env = ProcessInfo.processInfo.environment.merging(environment) { $1 }.map { "\($0)=\($1)" }
        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        let envp = env.map { strdup($0) } + [nil]
        defer { for p in argv + envp { free(p) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, program, &actions, nil, argv, envp)
        guard spawned == 0 else { throw Failure(text: "cannot run \(program): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let out = (try? String(contentsOfFile: scratch + ".out", encoding: .utf8)) ?? ""
        let err = (try? String(contentsOfFile: scratch + ".err", encoding: .utf8)) ?? ""
        let exited = status & 0x7f == 0
        return (exited ? (status >> 8) & 0xff : 128 + (status & 0x7f), out, err)
    }
}
