import Foundation
import NIOCore
import NIOPosix
import PostgresNIO

/// Turns what postgres-nio and SwiftNIO throw into one line for the user (`PostgresStoreError`).
enum PostgresErrors {
    /// A failure to connect: no server, no answer, an unknown host, a refused login, a
    /// missing database.
    static func connectFailure(_ error: any Error, at location: PostgresLocation) -> PostgresStoreError {
        let place = "\(location.host):\(location.port)"
        if let psql = error as? PSQLError, let state = psql.serverInfo?[.sqlState] {
            let message = psql.serverInfo?[.message] ?? "refused"
            switch state {
            case "28P01", "28000":
                return .init(location.description, problem: "the server refused the login of \(location.user) (\(message))",
                             advice: "check the user and password in the URL (or PGPASSWORD)", kind: .connect)
            case "3D000":
                return .init(location.description, problem: "the server has no database \(location.database)",
                             advice: "create it (createdb \(location.database)) or name another in the URL", kind: .connect)
            case "57P03":
                return .init(location.description, problem: "the server is starting up or shutting down (\(message))",
                             advice: "try again in a moment", kind: .connect)
            default:
                return .init(location.description, problem: "the server refused the connection (\(message))",
                             advice: "check the URL and the server's pg_hba.conf", kind: .connect)
            }
        }
        let text = detail(error)
        if text.contains("refused") {
            return .init(location.description, problem: "nothing listens at \(place) (connection refused)",
                         advice: "start the server, or fix the host and port in --index", kind: .connect)
        }
        if text.lowercased().contains("timeout") || text.contains("timed out") {
            return .init(location.description, problem: "no answer from \(place) within \(location.connectTimeout) s",
                         advice: "check the host, the port and the network (connect_timeout=N in the URL waits longer)", kind: .connect)
        }
        if text.lowercased().contains("dns") || text.contains("resolve") || text.contains("nodename") {
            return .init(location.description, problem: "cannot find the host \(location.host)",
                         advice: "check the host name in --index", kind: .connect)
        }
        if text.contains("unreachable") {
            return .init(location.description, problem: "cannot reach \(place) (\(text))",
                         advice: "check the host and the network", kind: .connect)
        }
        if text.lowercased().contains("ssl") || text.lowercased().contains("tls") {
            return .init(location.description, problem: "the TLS handshake failed (\(text))",
                         advice: "use sslmode=disable on a trusted network, or sslmode=require", kind: .connect)
        }
        return .init(location.description, problem: "cannot connect (\(text))",
                     advice: "check that the server runs and that the URL is right", kind: .connect)
    }

    /// A failure of a statement on an open connection.
    static func map(_ error: any Error, at location: PostgresLocation) -> PostgresStoreError {
        if let psql = error as? PSQLError {
            if let state = psql.serverInfo?[.sqlState] {
                let message = psql.serverInfo?[.message] ?? "error \(state)"
                switch state {
                case "57P01", "57P02", "57P03", "08006", "08003":
                    return lost(location, reason: message)
                case "42P01", "42883", "42704":
                    return .init(location.description, problem: "the database lacks Byline's tables (\(message))",
                                 advice: "run byline index DIR --index \(location) to make them", kind: .noIndex)
                case "53100":
                    return .init(location.description, problem: "the server's disk is full (\(message))",
                                 advice: "free space on the server; what was committed is kept", kind: .server)
                case "42501":
                    return .init(location.description, problem: "permission denied (\(message))",
                                 advice: "ask the database's owner to grant \(location.user) the rights it needs", kind: .server)
                default:
                    return .init(location.description, problem: "the server said: \(message)", advice: "see the server's log for more", kind: .server)
                }
            }
            switch psql.code {
            case .serverClosedConnection, .clientClosedConnection, .connectionError, .uncleanShutdown:
                return lost(location, reason: psql.underlying.map(detail) ?? "the connection closed")
            default:
                break
            }
        }
        if error is ChannelError || error is IOError {
            return lost(location, reason: detail(error))
        }
        return .init(location.description, problem: "the query failed (\(detail(error)))", advice: "see the server's log for more", kind: .server)
    }

    /// The connection went away mid-work.
    static func lost(_ location: PostgresLocation, reason: String) -> PostgresStoreError {
        .init(location.description, problem: "lost the connection to the server (\(reason))",
              advice: "what was committed is kept; run the command again once the server is back", kind: .lost)
    }

    static func isServerError(_ error: any Error) -> Bool {
        (error as? PSQLError)?.serverInfo?[.sqlState] != nil
    }

    /// Whether the failure is what closing the connection from the watchdog gives.
    static func mayBeTimeout(_ error: any Error) -> Bool {
        guard let psql = error as? PSQLError else { return error is ChannelError }
        return [.clientClosedConnection, .serverClosedConnection, .uncleanShutdown, .connectionError].contains(psql.code)
    }

    /// A short reason, without postgres-nio's multi-line debug dump.
    static func detail(_ error: any Error) -> String {
        if let psql = error as? PSQLError {
            if let underlying = psql.underlying { return detail(underlying) }
            return psql.serverInfo?[.message] ?? "\(psql.code)"
        }
        if let io = error as? IOError { return String(cString: strerror(io.errnoCode)) }
        if let connection = error as? NIOConnectionError {
            if let first = connection.connectionErrors.first { return detail(first.error) }
            if connection.dnsAError != nil || connection.dnsAAAAError != nil { return "DNS lookup failed" }
        }
        let text = String(describing: error)
        return text.split(separator: "\n").first.map(String.init) ?? text
    }
}
