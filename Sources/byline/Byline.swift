import ArgumentParser

/// `byline`: a terminal reader for a folder of stored news reports.
@main
struct Byline: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "byline",
        abstract: "Read, search and cross-reference a folder of stored news reports.",
        version: "0.1.0",
        subcommands: [
            OpenCommand.self, ShowCommand.self, EntitiesCommand.self, IndexCommand.self,
            SearchCommand.self, PeopleCommand.self, PersonCommand.self,
        ],
        defaultSubcommand: OpenCommand.self
    )
}
