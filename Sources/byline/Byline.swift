import ArgumentParser
import BylineCore

/// `byline`: a terminal reader for a folder of stored news reports.
@main
struct Byline: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "byline",
        abstract: "Read, search and cross-reference a folder of stored news reports.",
        version: BuildInfo.version,
        subcommands: [
            OpenCommand.self, ShowCommand.self, EntitiesCommand.self, IndexCommand.self,
            SearchCommand.self, PeopleCommand.self, PersonCommand.self, WithCommand.self, MarksCommand.self, ManualCommand.self,
        ],
        defaultSubcommand: OpenCommand.self
    )

    /// `byline` and `byline DIR` open the reader without ArgumentParser's parse, which reflects
    /// over every argument of every command and looks up their protocol conformances: about
    /// 4 ms of each start, a tenth of the time to the reader's first screen. So do the usual
    /// forms of `byline search` (`SearchRequest(plainArguments:)`), a whole process per query.
    /// Anything else (options, subcommands, `help`) is parsed as usual.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let word = arguments.first, let message = OpenCommand.notACommand(word) {
            Output.error(VisibleText.make(message))
            exit(withError: ExitCode(1))
        }
        if let search = SearchRequest(plainArguments: arguments) {
            do {
                try search.run()
            } catch {
                exit(withError: error)
            }
        }
        guard let open = OpenCommand(plainArguments: arguments) else {
            main(nil)
            return
        }
        do {
            try open.run()
        } catch {
            exit(withError: error)
        }
    }
}

extension OpenCommand {
    /// The command for `[DIR]`, when that is all there is: no option and no subcommand name.
    init?(plainArguments arguments: [String]) {
        guard arguments.count <= 1 else { return nil }
        if let word = arguments.first {
            let names = Byline.configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]
            guard !word.hasPrefix("-"), !names.contains(word) else { return nil }
        }
        self.init()
        // Every property is set: reading one ArgumentParser did not parse is a crash.
        directory = arguments.first
        location = IndexLocationOptions(index: nil)
        color = nil
        ascii = false
    }
}
