import ArgumentParser
import BylineCore

/// `byline show PATH`: one report, for a person or (with `--json`) for a script.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print one report: title, date, byline, body, captions and sources."
    )

    @Argument(help: "The report file.")
    var path: String

    @Flag(help: "Print the report as JSON.")
    var json = false

    func run() throws {
        let result = ArticleLoader().load(path: path, relativePath: path.split(separator: "/").last.map(String.init))
        guard let article = result.articles.first else {
            Output.error(result.failure ?? "\(path): no report found")
            throw ExitCode(1)
        }
        if json {
            Output.line(article.json.serialized())
        } else {
            Output.line(article.title)
            for block in article.blocks { Output.line("\n" + block.text) }
        }
    }
}
