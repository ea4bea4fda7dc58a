import BylineCore
import Foundation

/// How the indexer turns a file's bytes into reports.
///
/// `standard` reads with `ArticleLoader` (format detection, the format's reader, entity
/// recognition). Tests and benchmarks pass their own to index reports built by hand.
/// Called on several threads at once.
public struct ReportLoader: Sendable {
    /// What one file gave: its reports, or when there are none, a one-line reason naming the file.
    public struct Loaded: Sendable {
        public var articles: [Article]
        public var failure: String?

        public init(articles: [Article], failure: String? = nil) {
            self.articles = articles
            self.failure = failure
        }
    }

    /// Reads `data`, the bytes of `file`, whose path as the user named it is `path`.
    public var load: @Sendable (_ data: Data, _ file: CorpusFile, _ path: String) -> Loaded

    public init(load: @escaping @Sendable (_ data: Data, _ file: CorpusFile, _ path: String) -> Loaded) {
        self.load = load
    }

    /// Reads reports with `ArticleLoader`.
    public static let standard = ReportLoader { data, file, path in
        let result = ArticleLoader().load(data: data, path: path, relativePath: file.relativePath)
        return Loaded(articles: result.articles, failure: result.failure)
    }
}
