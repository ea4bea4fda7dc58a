import BylineCore

extension EntitySummary {
    /// One line of `byline people --json`: `{"name","kind","articles","mentions"}`.
    public var json: JSONValue {
        .object([("name", .string(name)), ("kind", .string(kind.rawValue)), ("articles", .int(articles)), ("mentions", .int(mentions))])
    }

    /// A candidate for an ambiguous `byline person --json`: `{"name","kind","key","articles","mentions"}`,
    /// the key being what `--key` takes.
    public var candidateJSON: JSONValue {
        .object([("name", .string(name)), ("kind", .string(kind.rawValue)), ("key", .string(key)),
                 ("articles", .int(articles)), ("mentions", .int(mentions))])
    }
}
