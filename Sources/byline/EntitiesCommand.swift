import ArgumentParser

/// Placeholder until its issue lands: exits with an error naming what is missing.
struct EntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "entities", abstract: "Print entity spans per report as JSON lines (issue 3).")

    @Argument(parsing: .captureForPassthrough)
    var arguments: [String] = []

    func run() throws {
        Output.error("'entities' is not built yet")
        throw ExitCode(2)
    }
}
