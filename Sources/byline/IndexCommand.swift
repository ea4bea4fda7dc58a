import ArgumentParser
import BylineCore
import BylineIndex
import BylineSession

/// `byline index [DIR]`: brings the corpus's index up to date and says what changed.
struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Index a folder of reports for search and entity pages.",
        discussion: """
            Only new, changed and removed files are read again: a second run over an unchanged \
            folder only looks at each file's size and time. The index lives in \
            $XDG_CACHE_HOME/byline/ (default ~/.cache/byline/), one database per folder; the \
            reports folder is never written to. Interrupting a run is safe: the next run \
            continues from what was committed.

            Prints one summary line (reports indexed; files added, updated, removed and skipped) \
            and a warning for each skipped file. Exit status: 0 when the index is up to date, \
            1 when the folder or the index cannot be used.
            """
    )

    @Argument(help: ArgumentHelp("The folder of reports (default: the bundled Articles/).", valueName: "dir"))
    var directory: String?

    @OptionGroup var location: IndexLocationOptions

    @Flag(help: "Print the summary as JSON.")
    var json = false

    func run() throws {
        let options = CorpusOptions(dir: directory, location: location)
        try CorpusIndex.requireFolder(options.settings)
        let summary: IndexSummary
        let shownIndex: String
        if let url = options.serverURL {
            let location = try PostgresCorpusIndex.location(url)
            summary = try PostgresCorpusIndex.update(corpus: options.corpus, corpusName: options.corpusName, location: location)
            shownIndex = location.description
        } else {
            summary = try CorpusIndex.update(corpus: options.corpus, indexPath: options.indexPath).1
            shownIndex = options.indexPath
        }
        if json {
            Output.line(summary.json(corpus: options.corpus, index: shownIndex).serialized())
        } else {
            Output.line(VisibleText.make(IndexReport.line(summary)))
            for warning in summary.warnings { Output.error(VisibleText.make(warning)) }
            for line in IndexReport.readWarningLines(summary) { Output.error(line) }
        }
    }
}
