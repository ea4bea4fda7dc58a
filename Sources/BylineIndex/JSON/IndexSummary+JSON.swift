import BylineCore

extension IndexSummary {
    /// The summary in the shape `byline index --json` prints:
    /// `{"corpus","index","reports","added","updated","renamed","removed","skipped","unchanged","seconds","warnings"}`.
    public func json(corpus: String, index: String) -> JSONValue {
        .object([
            ("corpus", .string(corpus)),
            ("index", .string(index)),
            ("reports", .int(reports)),
            ("added", .int(added)),
            ("updated", .int(updated)),
            ("renamed", .int(renamed)),
            ("removed", .int(removed)),
            ("skipped", .int(skipped)),
            ("unchanged", .int(unchanged)),
            ("seconds", .double((seconds * 1000).rounded() / 1000)),
            ("warnings", .array(warnings.map(JSONValue.string))),
            ("readWarnings", .array(readWarnings.map(JSONValue.string))),
        ])
    }
}
