import ArgumentParser

/// Placeholder until its issue lands: exits with an error naming what is missing.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "search", abstract: "Search the corpus (issue 4).")

    @Argument(parsing: .captureForPassthrough)
    var arguments: [String] = []

    func run() throws {
        Output.error("'search' is not built yet")
        throw ExitCode(2)
    }
}
