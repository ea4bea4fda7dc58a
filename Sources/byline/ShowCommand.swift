import ArgumentParser
import BylineCore
import Foundation

/// `byline show PATH`: one report, for a person or (with `--json`) for a script.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print a report: title, date, byline, body, captions and sources.",
        discussion: """
        The body is wrapped to the terminal's width, or to 80 columns when the output is not a \
        terminal. A file holding several reports (a JSON array, JSON Lines) prints them all in \
        turn; PATH#N prints only the N-th, as in the ids `search` and `person` print. With \
        --json each report is one JSON object on its own line, in the shape scripts rely on \
        (id, path, format, title, title_derived, date, date_text, byline, source, dateline, \
        blocks, captions, entities, quotes, warnings).
        """
    )

    @Argument(help: ArgumentHelp(
        "The report file (raw text, Markdown with front matter, scraper JSON or HTML).",
        valueName: "path[#n]"))
    var path: String

    @Flag(help: "Print each report as one line of JSON.")
    var json = false

    @Option(help: "Wrap the text to this many columns instead of the terminal's width.")
    var width: Int?

    func validate() throws {
        if let width, width < 20 { throw ValidationError("--width must be at least 20 columns, not \(width).") }
    }

    func run() throws {
        let selector = ReportSelector(path)
        let name = selector.path.split(separator: "/").last.map(String.init) ?? selector.path
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: selector.path, isDirectory: &isFolder) else {
            Output.error(VisibleText.make("\(selector.path): no such file"))
            throw ExitCode(1)
        }
        guard !isFolder.boolValue else {
            Output.error(VisibleText.make("\(selector.path): is a folder; byline show takes one report file (byline \(selector.path) opens the folder)"))
            throw ExitCode(1)
        }
        let result = ArticleLoader().load(path: selector.path, relativePath: name)
        guard !result.articles.isEmpty else {
            // The loader names the file as the corpus would (its name); say it as given.
            var failure = result.failure ?? "\(selector.path): no report found"
            if failure.hasPrefix(name + ":") { failure = selector.path + failure.dropFirst(name.count) }
            Output.error(VisibleText.make(failure))
            throw ExitCode(1)
        }
        let numbers: ClosedRange<Int>
        switch selector.range(of: result.articles.count) {
        case .success(let range): numbers = range
        case .failure(let error):
            Output.error(error.description)
            throw ExitCode(1)
        }
        let renderer = ArticleTextRenderer(width: width ?? Output.width)
        for number in numbers {
            let article = result.articles[number - 1]
            if json {
                Output.line(article.json.serialized())
            } else {
                if number != numbers.lowerBound { Output.write("\n") }
                Output.write(renderer.render(article))
            }
        }
    }
}
