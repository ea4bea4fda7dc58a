/// Turns the paths the index stores (relative to the corpus folder) into paths as the user
/// named the folder, so that `Articles/2024/strike.txt` can be passed straight to `byline show`.
struct ReportPaths: Sendable {
    /// The corpus folder (or single file) as given on the command line.
    let corpus: String
    let corpusIsFile: Bool

    func path(for relative: String) -> String {
        if corpusIsFile { return corpus }
        return corpus.hasSuffix("/") ? corpus + relative : corpus + "/" + relative
    }
}
