import Foundation

/// Reads report files into articles: decode, detect the format, hand to the format's reader.
///
/// Never throws for a user's file: whatever goes wrong becomes a one-line warning and the rest
/// of the corpus loads.
public struct ArticleLoader: Sendable {
    /// Fills each report's entities and quotes; nil leaves them empty.
    public var recognizer: EntityRecognizer?

    public init(recognizer: EntityRecognizer? = EntityRecognizer()) {
        self.recognizer = recognizer
    }

    /// What reading one file gave.
    public struct Result: Sendable {
        /// The reports in the file, usually one.
        public var articles: [Article]
        /// Set when the file gave no report at all; one line naming the file and the reason.
        public var failure: String?
    }

    /// Reads the file at `path`; `relativePath` (below the corpus root) makes the ids.
    public func load(path: String, relativePath: String? = nil) -> Result {
        let rel = relativePath ?? (path.split(separator: "/").last.map(String.init) ?? path)
        let data: Data
        do {
            data = try FileBytes.read(path: path)
        } catch {
            return Result(articles: [], failure: error.warning(for: rel))
        }
        return load(data: data, path: path, relativePath: rel)
    }

    /// Reads bytes already in memory as if they came from `path`.
    public func load(data: Data, path: String, relativePath: String) -> Result {
        switch TextDecoding.decode(data) {
        case .skipped(let reason):
            return Result(articles: [], failure: "\(relativePath): skipped, \(reason)")
        case .text(let text, let warnings):
            let ext = CorpusFile.pathExtension(of: relativePath)
            let source = SourceText(path: path, id: ArticleID.make(relativePath: relativePath), text: text, pathExtension: ext,
                                    warnings: warnings, bytes: data)
            return read(source)
        }
    }

    /// Reads decoded text with the reader its content calls for.
    public func read(_ source: SourceText) -> Result {
        guard let format = FormatDetector.detect(source.text, pathExtension: source.pathExtension) else {
            return Result(articles: [], failure: "\(source.path): not a report in any supported format")
        }
        do {
            var articles = try Self.reader(for: format).read(source)
            if let recognizer { articles = articles.map(recognizer.annotate) }
            if articles.isEmpty {
                return Result(articles: [], failure: "\(source.path): no report found in the file")
            }
            return Result(articles: articles, failure: nil)
        } catch {
            return Result(articles: [], failure: error.description)
        }
    }

    /// The reader for each stored format.
    public static func reader(for format: ArticleFormat) -> any ReportReader {
        switch format {
        case .text: return TextReportReader()
        case .markdown: return FrontMatterReader()
        case .json: return ScraperJSONReader()
        case .html: return HTMLReportReader()
        }
    }
}
