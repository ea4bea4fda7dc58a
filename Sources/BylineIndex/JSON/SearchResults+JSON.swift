import BylineCore

extension SearchResults {
    /// The results in the shape `byline search --json` prints; key names and order are a
    /// contract that scripts rely on. Snippets mark matches with brackets. The hint is not part
    /// of it (the command writes it to stderr).
    ///
    ///     {"query":"strike","total":1,"results":[{"id":"2024/strike","path":"Articles/2024/strike.txt",
    ///      "title":"Dockworkers strike","date":"2024-06-03","score":2.731,"snippet":"…the [strike] began…"}]}
    public var json: JSONValue {
        .object([
            ("query", .string(query)),
            ("total", .int(total)),
            ("results", .array(hits.map { hit in
                .object([
                    ("id", .string(hit.id)),
                    ("path", .string(hit.path)),
                    ("title", .string(hit.title)),
                    ("date", .optional(hit.date?.iso)),
                    ("score", .double((hit.score * 1000).rounded() / 1000)),
                    ("snippet", .string(hit.snippet.rendered())),
                ])
            })),
        ])
    }
}
