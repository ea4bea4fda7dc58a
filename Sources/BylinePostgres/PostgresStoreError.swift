/// Why the PostgreSQL store could not do what was asked: one line naming the server (never its
/// password), what went wrong and what to do.
///
///     postgresql://byline@127.0.0.1:5433/news: nothing listens there (connection refused); start the server or fix the host and port
public struct PostgresStoreError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// The server could not be reached, or refused the login.
        case connect
        /// The connection went away in the middle of the work.
        case lost
        /// The database has no Byline tables, or not this corpus.
        case noIndex
        /// The database holds a newer schema than this build knows.
        case newerSchema
        /// Anything else the server said.
        case server
        /// The URL itself.
        case url
    }

    public var kind: Kind
    /// The URL without its password.
    public var location: String
    public var problem: String
    public var advice: String

    public init(_ location: String, problem: String, advice: String, kind: Kind = .url) {
        self.location = location
        self.problem = problem
        self.advice = advice
        self.kind = kind
    }

    public var description: String {
        "\(location): \(problem); \(advice)"
    }
}
