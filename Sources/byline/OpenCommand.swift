import ArgumentParser
import BylineCore
import BylineTerminal
import BylineUI
import Foundation

extension ColorMode: ExpressibleByArgument {}

/// `byline [DIR]`: opens the reader on a folder of reports.
///
/// When standard output is not a terminal, or `TERM` cannot draw a screen (`dumb`, unknown),
/// the reader never starts: the report list is printed as plain text, a one-line note goes to
/// stderr, and the exit status is 3.
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Open the reader on a folder of reports (the default command).",
        discussion: """
        Keys follow vim, less and newsboat: j/k move, Enter opens or follows a link, Tab moves \
        between links, Ctrl-O goes back, / searches, q goes back and Q quits. Press ? in the \
        reader for every key. Keys, colours and the mouse are set in \
        $XDG_CONFIG_HOME/byline/config (default ~/.config/byline/config).

        Exit status: 0 after quitting, 1 when the folder cannot be read, 3 when there is no \
        terminal to draw on (the report list is printed instead), 128+N after signal N.
        """
    )

    /// The exit status when the reader cannot start for lack of a usable terminal.
    static let noTerminalStatus: Int32 = 3

    @Argument(help: "The folder of reports (default: the bundled Articles/).")
    var directory: String?

    @OptionGroup var location: IndexLocationOptions

    @Option(name: .long, help: "When to draw colour: never, auto or always. Wins over NO_COLOR and the config file.")
    var color: ColorMode?

    @Flag(help: "Draw timelines and marks with ASCII characters instead of block characters (also when the locale is not UTF-8).")
    var ascii = false

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let timings = FrameTimings.fromEnvironment(environment)
        timings?.mark("arguments-read")
        let options = CorpusOptions(dir: directory, location: location)
        let root = options.corpus
        var isFolder: ObjCBool = false
        // A team's corpus on a server, named, can be read from a machine without the folder.
        let onServer = options.serverURL != nil && options.corpusName != nil
        guard onServer || FileManager.default.fileExists(atPath: root, isDirectory: &isFolder) else {
            let missing = directory == nil ? BundledArticles.notFoundMessage : nil
            Output.error(VisibleText.make(missing ?? directory.flatMap(Self.notACommand) ?? "\(root): no such folder"))
            throw ExitCode(1)
        }
        if let reason = NcursesTerminal.unusableReason(environment: environment) {
            try printList(options)
            Output.error("\(reason), so the reader did not start; printed the report list instead (byline show PATH prints one report)")
            throw ExitCode(Self.noTerminalStatus)
        }
        let status = try ReaderApp(options: options, colorOption: color, ascii: ascii, environment: environment, timings: timings).run()
        if status != 0 { throw ExitCode(status) }
    }

    /// For a word that is neither a folder nor a command (`byline serach water`, a mistyped
    /// command read as a folder name), the one-line error naming the commands.
    static func notACommand(_ word: String) -> String? {
        let all = Byline.configuration.subcommands.compactMap { $0.configuration.commandName }
        guard !word.hasPrefix("-"), !word.contains("/"), !all.contains(word), word != "help",
              !FileManager.default.fileExists(atPath: word) else { return nil }
        let commands = Byline.configuration.subcommands.filter { $0.configuration.shouldDisplay }
            .compactMap { $0.configuration.commandName }.filter { $0 != "open" }
        let listed = commands.joined(separator: ", ")
        let near = commands.map { ($0, EditDistance.between(word.lowercased(), $0, limit: 2)) }
            .filter { $0.1 <= 2 }.min { $0.1 < $1.1 }
        let suggestion = near.map { "did you mean \($0.0)? " } ?? ""
        return "\(word): no such folder, nor a command (\(suggestion)\(listed); byline --help)"
    }

    /// The plain list from the index (brought up to date first): date and title, one a line.
    private func printList(_ options: CorpusOptions) throws {
        for s in try CorpusIndex.open(options.settings).summaries() {
            Output.line("\(s.date?.iso ?? "          ")  \(VisibleText.make(s.title))")
        }
    }
}
