/// Turns the paths the index stores (relative to the corpus folder) into paths as the user
/// named the folder, so that `Articles/2024/strike.txt` can be passed straight to `byline show`.
public struct ReportPaths: Sendable {
    /// The corpus folder (or single file) as given on the command line.
    let corpus: String
    let corpusIsFile: Bool

    public init(corpus: String, corpusIsFile: Bool) {
        self.corpus = corpus
        self.corpusIsFile = corpusIsFile
    }

    public func path(for relative: String) -> String {
        if corpusIsFile { return corpus }
        return corpus.hasSuffix("/") ? corpus + relative : corpus + "/" + relative
    }
}
