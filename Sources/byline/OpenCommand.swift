import ArgumentParser
import BylineCore

/// `byline [DIR]`: opens the reader. Until the terminal UI lands it lists the reports.
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Open the reader on a folder of reports (the default command)."
    )

    @Argument(help: "The folder of reports (default: the bundled Articles/).")
    var directory: String?

    func run() throws {
        let root = directory ?? BundledArticles.path
        let scan = CorpusScanner().scan(root: root)
        let loader = ArticleLoader()
        for warning in scan.warnings { Output.error(warning) }
        for file in scan.files {
            let result = loader.load(path: file.path, relativePath: file.relativePath)
            if let failure = result.failure { Output.error(failure) }
            for article in result.articles {
                Output.line("\(article.date?.iso ?? "          ")  \(article.title)")
            }
        }
    }
}
