import BylineCore

/// A one-line message in the status line until the next key.
public struct StatusMessage: Sendable, Equatable {
    public enum Kind: Sendable { case info, error }
    public var text: String
    public var kind: Kind

    public init(_ text: String, kind: Kind = .info) {
        self.text = text
        self.kind = kind
    }

    public static func error(_ text: String) -> StatusMessage { StatusMessage(text, kind: .error) }
}

/// Progress of work in the background (indexing), shown in the status line.
public struct BackgroundProgress: Sendable, Equatable {
    public var label: String
    public var done: Int
    public var total: Int?

    public init(label: String, done: Int, total: Int?) {
        self.label = label
        self.done = done
        self.total = total
    }

    /// `indexing 1,200/5,000`
    public var text: String {
        if let total, total > 0 { return "\(label) \(GroupedDigits.string(done))/\(GroupedDigits.string(total))" }
        return "\(label) \(GroupedDigits.string(done))"
    }
}
