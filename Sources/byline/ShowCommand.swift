import ArgumentParser
import BylineCore

/// `byline show PATH`: one report, for a person or (with `--json`) for a script.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print one report: title, date, byline, body, captions and sources.",
        discussion: """
        The body is wrapped to the terminal's width, or to 80 columns when the output is not a \
        terminal. With --json the report is printed as one JSON object in the shape scripts \
        rely on (id, path, format, title, title_derived, date, date_text, byline, source, \
        dateline, blocks, captions, entities, quotes, warnings).
        """
    )

    @Argument(help: "The report file (raw text, Markdown with front matter, scraper JSON or HTML).")
    var path: String

    @Flag(help: "Print the report as JSON.")
    var json = false

    @Option(help: "Wrap the text to this many columns instead of the terminal's width.")
    var width: Int?

    func validate() throws {
        if let width, width < 20 { throw ValidationError("--width must be at least 20 columns, not \(width).") }
    }

    func run() throws {
        let result = ArticleLoader().load(path: path, relativePath: path.split(separator: "/").last.map(String.init))
        guard let article = result.articles.first else {
            Output.error(VisibleText.make(result.failure ?? "\(path): no report found"))
            throw ExitCode(1)
        }
        if json {
            Output.line(article.json.serialized())
        } else {
            Output.write(ArticleTextRenderer(width: width ?? Output.width).render(article))
        }
    }
}
