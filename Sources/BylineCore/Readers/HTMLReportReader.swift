/// Reads saved HTML pages. (Placeholder until issue 7 lands.)
public struct HTMLReportReader: ReportReader {
    public init() {}

    public func read(_ source: SourceText) throws(ReadError) -> [Article] {
        throw ReadError(path: source.path, reason: "saved HTML pages are not read yet")
    }
}
