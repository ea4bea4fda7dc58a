/// Reads text or Markdown behind a YAML front-matter block. (Placeholder until issue 2 lands.)
public struct FrontMatterReader: ReportReader {
    public init() {}

    public func read(_ source: SourceText) throws(ReadError) -> [Article] {
        throw ReadError(path: source.path, reason: "front-matter reports are not read yet")
    }
}
