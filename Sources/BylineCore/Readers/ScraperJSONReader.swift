/// Reads the JSON written by article scrapers. (Placeholder until issue 7 lands.)
public struct ScraperJSONReader: ReportReader {
    public init() {}

    public func read(_ source: SourceText) throws(ReadError) -> [Article] {
        throw ReadError(path: source.path, reason: "scraper JSON is not read yet")
    }
}
