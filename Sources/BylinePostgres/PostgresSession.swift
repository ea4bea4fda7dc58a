import Foundation
import Logging
import NIOCore
import NIOPosix
import PostgresNIO
import Synchronization

/// One connection to the server, used by one thread at a time; every call blocks until the
/// server answers, within the location's timeouts, so a dead server is an error, not a hang.
///
/// A session that lost its connection opens a new one on the next call outside a transaction,
/// so a reader's session outlives a restart of the server.
final class PostgresSession: @unchecked Sendable {
    let location: PostgresLocation
    private var connection: PostgresConnection?
    private var inTransaction = false
    /// Whether a lost connection may be replaced. An indexing run holds an advisory lock and
    /// open transactions on its connection, so it must fail instead.
    var reconnects = true
    private static let logger = Logger(label: "byline.postgres", factory: { _ in SwiftLogNoOpLogHandler() })
    private static let nextID = Mutex(0)

    /// Connects at once, so that a wrong URL, password or database is reported before any work.
    init(_ location: PostgresLocation) throws(PostgresStoreError) {
        self.location = location
        connection = try connect()
    }

    deinit {
        let closing: EventLoopFuture<Void>? = connection?.close()
        try? closing?.wait()
    }

    /// Closes the connection (waiting until it is closed) and forgets it. postgres-nio requires
    /// a connection to be closed before it is released, also one the server already dropped.
    func close() {
        let closing: EventLoopFuture<Void>? = connection?.close()
        try? closing?.wait()
        connection = nil
    }

    /// Runs one statement and returns all its rows. `timeout` (default: the location's query
    /// timeout) bounds the wait; nil waits as long as the server takes (a lock held by
    /// another run).
    @discardableResult
    func query(_ sql: String, _ binds: PostgresBindings = PostgresBindings(), timeout: Int?? = .none) throws(PostgresStoreError) -> [PostgresRow] {
        let limit = timeout ?? location.queryTimeout
        do {
            return try run(sql, binds, timeout: limit)
        } catch let error where error.kind == .lost && !inTransaction && reconnects {
            // The server restarted, or dropped an idle connection: one new connection, once.
            close()
            return try run(sql, binds, timeout: limit)
        }
    }

    /// Runs `body` in one transaction: committed when it returns, rolled back when it throws.
    func transaction<T>(_ body: () throws(PostgresStoreError) -> T) throws(PostgresStoreError) -> T {
        try begin()
        do {
            let value = try body()
            try commit()
            return value
        } catch {
            rollback()
            throw error
        }
    }

    /// Opens a transaction; until `commit` or `rollback`, a lost connection is never replaced
    /// (the statements after it would each commit on their own).
    func begin() throws(PostgresStoreError) {
        try query("BEGIN")
        inTransaction = true
    }

    func commit() throws(PostgresStoreError) {
        defer { inTransaction = false }
        try query("COMMIT")
    }

    /// Rolls back what the open transaction did, if the connection is still there to hear it.
    func rollback() {
        defer { inTransaction = false }
        if let connection, !connection.isClosed { _ = try? run("ROLLBACK", PostgresBindings(), timeout: location.queryTimeout) }
    }

    private func run(_ sql: String, _ binds: PostgresBindings, timeout: Int?) throws(PostgresStoreError) -> [PostgresRow] {
        let connection: PostgresConnection
        if let open = self.connection, !open.isClosed {
            connection = open
        } else if inTransaction || !reconnects {
            throw PostgresErrors.lost(location, reason: "the connection closed")
        } else {
            connection = try connect()
            self.connection = connection
        }
        let future = connection.query(PostgresQuery(unsafeSQL: sql, binds: binds), logger: Self.logger)
        // No answer in time: the connection is closed, which fails the query at once.
        let watchdog = timeout.map { seconds in
            connection.eventLoop.scheduleTask(in: .seconds(Int64(seconds))) { let _: EventLoopFuture<Void> = connection.close() }
        }
        defer { watchdog?.cancel() }
        do {
            return Array(try future.wait().rows)
        } catch {
            if connection.isClosed { self.connection = nil }
            let timedOut = timeout != nil && connection.isClosed && !PostgresErrors.isServerError(error)
            throw timedOut && PostgresErrors.mayBeTimeout(error)
                ? PostgresErrors.lost(location, reason: "no answer within \(timeout ?? 0) s")
                : PostgresErrors.map(error, at: location)
        }
    }

    private func connect() throws(PostgresStoreError) -> PostgresConnection {
        let tls: PostgresConnection.Configuration.TLS
        switch location.sslMode {
        case "disable", "allow":
            tls = .disable
        default:
            var settings = TLSConfiguration.makeClientConfiguration()
            // As libpq's `require` and `prefer`: encrypted, without checking the certificate.
            if !location.sslMode.hasPrefix("verify") { settings.certificateVerification = .none }
            do {
                let context = try NIOSSLContext(configuration: settings)
                tls = location.sslMode == "prefer" ? .prefer(context) : .require(context)
            } catch {
                throw PostgresStoreError(location.description, problem: "cannot set up TLS (\(error))", advice: "add sslmode=disable to the URL on a trusted network", kind: .connect)
            }
        }
        var configuration = PostgresConnection.Configuration(host: location.host, port: location.port, username: location.user,
                                                             password: location.password, database: location.database, tls: tls)
        configuration.options.connectTimeout = .seconds(Int64(location.connectTimeout))
        let id = Self.nextID.withLock { value -> Int in
            value += 1
            return value
        }
        do {
            return try PostgresConnection.connect(on: PostgresConnection.defaultEventLoopGroup.any(), configuration: configuration,
                                                  id: id, logger: Self.logger).wait()
        } catch {
            throw PostgresErrors.connectFailure(error, at: location)
        }
    }
}
