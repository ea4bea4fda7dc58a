import BylineCore

extension EntityRelations {
    /// `"with"` of `byline person --json`, best first: `[{"name","kind","reports","sentences","score"}]`;
    /// `sentences` counts sentences naming both, `score` is `ConnectionScore` to three decimals.
    public func withJSON(limit: Int) -> JSONValue {
        .array(connections.prefix(max(0, limit)).map { c in
            .object([
                ("name", .string(c.name)),
                ("kind", .string(c.kind.rawValue)),
                ("reports", .int(c.reports)),
                ("sentences", .int(c.sentences)),
                ("score", .double((c.score * 1000).rounded() / 1000)),
            ])
        })
    }

    /// `"timeline"` of `byline person --json`: `[{"period":"2024-06","reports":N}]`, oldest first.
    public var timelineJSON: JSONValue {
        .array(timeline.buckets.map { .object([("period", .string($0.period)), ("reports", .int($0.reports))]) })
    }
}

extension SharedReport {
    /// One report of `byline with --json`: `{"id","path","title","date","sentences":[{"text","marks":[[start,end]]}]}`,
    /// marks in Unicode scalars, end exclusive.
    public var json: JSONValue {
        .object([
            ("id", .string(id)),
            ("path", .string(path)),
            ("title", .string(title)),
            ("date", .optional(date?.iso)),
            ("sentences", .array(sentences.map { s in
                .object([("text", .string(s.text)), ("marks", .array(s.marks.map { .array([.int($0.lowerBound), .int($0.upperBound)]) }))])
            })),
        ])
    }
}
