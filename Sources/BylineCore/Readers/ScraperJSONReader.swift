/// Reads the JSON written by article scrapers: one article per file, or a list of them as a
/// JSON array or JSON Lines (see `ScraperJSONFile` and `ScraperFields`).
///
/// Each article of a list gets the id `file#N` (N counted from 1), so an article keeps its id
/// when others are appended after it.
public struct ScraperJSONReader: ReportReader {
    public init() {}

    public func read(_ source: SourceText) throws(ReadError) -> [Article] {
        let file: ScraperJSONFile
        do {
            file = try ScraperJSONFile(text: source.text, linesByName: ["jsonl", "ndjson"].contains(source.pathExtension))
        } catch {
            throw ReadError(path: source.path, reason: error.reason)
        }
        var articles: [Article] = []
        var skipped: [String] = []
        for record in file.records {
            let id = record.index.map { Self.itemID(fileID: source.id, index: $0) } ?? source.id
            do {
                articles.append(try ScraperRecord(fields: record.fields).article(id: id, path: source.path, warnings: source.warnings))
            } catch {
                skipped.append(record.index.map { "item \($0): \(error.reason); skipped" } ?? error.reason)
            }
        }
        guard !articles.isEmpty else {
            throw ReadError(path: source.path, reason: file.records.count == 1 ? skipped[0] : "no item holds an article (\(skipped[0]))")
        }
        // A skipped part of a list is reported once, with the file's first article.
        articles[0].warnings += file.warnings + skipped
        return articles
    }

    /// The id of the `index`-th article (from 1) of a list file; the same as
    /// `ArticleID.make(relativePath:index:)` gives for the file's path.
    static func itemID(fileID: String, index: Int) -> String {
        "\(fileID)#\(index)"
    }
}
