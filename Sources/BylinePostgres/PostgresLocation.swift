import Foundation

/// Where a shared corpus lives: a `postgresql://` (or `postgres://`) URL read into its parts.
///
///     postgresql://newsdesk:secret@db.internal:5432/archive?connect_timeout=5&sslmode=require
///
/// As with libpq, a missing user is `PGUSER` or the login name, a missing password is
/// `PGPASSWORD`, and the database defaults to the user's name. `description` never shows the
/// password, so every error line can name the URL.
public struct PostgresLocation: Sendable, Equatable, CustomStringConvertible {
    public var host: String
    public var port: Int
    public var user: String
    public var password: String?
    public var database: String
    /// Seconds to wait for the server to accept a connection.
    public var connectTimeout: Int
    /// Seconds to wait for one statement's answer before the connection is given up as dead.
    public var queryTimeout: Int
    /// `disable`, `prefer` or `require`, as libpq's `sslmode`.
    public var sslMode: String

    /// Whether `text` names a PostgreSQL server rather than an SQLite file.
    public static func isURL(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.hasPrefix("postgresql://") || lower.hasPrefix("postgres://")
    }

    /// Reads a URL; `environment` supplies `PGUSER`, `PGPASSWORD` and `USER` as libpq would.
    ///
    /// - Throws: `PostgresStoreError` when the text is not a URL Byline can use.
    public init(url text: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws(PostgresStoreError) {
        guard Self.isURL(text), let components = URLComponents(string: text), let scheme = components.scheme,
              ["postgres", "postgresql"].contains(scheme.lowercased()) else {
            throw PostgresStoreError(Self.redacted(text), problem: "is not a postgresql:// URL",
                                     advice: "write it as postgresql://USER@HOST:PORT/DATABASE")
        }
        host = components.host.flatMap { $0.isEmpty ? nil : $0 } ?? "localhost"
        port = components.port ?? 5432
        let login = environment["PGUSER"] ?? environment["USER"] ?? "postgres"
        user = components.user.flatMap { $0.removingPercentEncoding }.flatMap { $0.isEmpty ? nil : $0 } ?? login
        password = components.password.flatMap { $0.removingPercentEncoding } ?? environment["PGPASSWORD"]
        let path = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        database = path.removingPercentEncoding.flatMap { $0.isEmpty ? nil : $0 } ?? user
        connectTimeout = 10
        queryTimeout = 600
        sslMode = "prefer"
        for item in components.queryItems ?? [] {
            let value = item.value ?? ""
            switch item.name {
            case "connect_timeout":
                guard let seconds = Int(value), seconds > 0 else {
                    throw PostgresStoreError(Self.redacted(text), problem: "has connect_timeout=\(value)", advice: "give a whole number of seconds, as in connect_timeout=5")
                }
                connectTimeout = seconds
            case "query_timeout":
                guard let seconds = Int(value), seconds > 0 else {
                    throw PostgresStoreError(Self.redacted(text), problem: "has query_timeout=\(value)", advice: "give a whole number of seconds, as in query_timeout=60")
                }
                queryTimeout = seconds
            case "sslmode":
                guard ["disable", "allow", "prefer", "require", "verify-ca", "verify-full"].contains(value) else {
                    throw PostgresStoreError(Self.redacted(text), problem: "has sslmode=\(value)", advice: "use disable, prefer or require")
                }
                sslMode = value
            case "user":
                user = value
            case "password":
                password = value
            case "host":
                host = value
            case "port":
                port = Int(value) ?? port
            default:
                // libpq takes many parameters (application_name, options, …); none changes
                // what Byline stores, so unknown ones are left to the server's defaults.
                continue
            }
        }
    }

    /// `postgresql://user@host:port/database`, without the password.
    public var description: String {
        let shownHost = host.contains(":") ? "[\(host)]" : host
        return "postgresql://\(user)@\(shownHost):\(port)/\(database)"
    }

    /// The URL as written with any password replaced by `***`, for errors about the URL itself.
    static func redacted(_ text: String) -> String {
        guard let at = text.firstIndex(of: "@"), let scheme = text.range(of: "://"), scheme.upperBound < at else { return text }
        let credentials = text[scheme.upperBound..<at]
        guard let colon = credentials.firstIndex(of: ":") else { return text }
        return String(text[..<text.index(after: colon)]) + "***" + String(text[at...])
    }
}
