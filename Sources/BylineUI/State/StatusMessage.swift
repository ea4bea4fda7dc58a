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
        if let total, total > 0 { return "\(label) \(Self.grouped(done))/\(Self.grouped(total))" }
        return "\(label) \(Self.grouped(done))"
    }

    static func grouped(_ n: Int) -> String {
        let digits = Array(String(n))
        var out = ""
        for (i, d) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(d)
        }
        return out
    }
}
