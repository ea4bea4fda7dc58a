import BylineCore
import Foundation

extension SearchResults {
    /// The results in the shape `byline search --json` prints; key names and order are a
    /// contract that scripts rely on. Snippets mark matches with brackets. The hint is not part
    /// of it (the command writes it to stderr); the suggestions are, as `{"text","kind","query"}`
    /// objects (empty when the query found enough).
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
                    ("score", .double(Self.fourFigures(hit.score))),
                    ("snippet", .string(hit.snippet.rendered())),
                ])
            })),
            ("suggestions", .array(suggestions.map { suggestion in
                .object([
                    ("text", .string(suggestion.text)),
                    ("kind", .string(suggestion.kind.rawValue)),
                    ("query", .string(suggestion.query)),
                ])
            })),
        ])
    }

    /// Four significant figures: enough to compare scores, short to read (BM25 gives words
    /// found in most reports scores near zero, such as `1.2e-06`).
    static func fourFigures(_ x: Double) -> Double {
        guard x != 0, x.isFinite else { return x }
        let scale = pow(10, 3 - floor(log10(abs(x))))
        return (x * scale).rounded() / scale
    }
}
