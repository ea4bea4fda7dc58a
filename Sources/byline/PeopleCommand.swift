import ArgumentParser

/// Placeholder until its issue lands: exits with an error naming what is missing.
struct PeopleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "people", abstract: "List entities in the corpus (issue 4).")

    @Argument(parsing: .captureForPassthrough)
    var arguments: [String] = []

    func run() throws {
        Output.error("'people' is not built yet")
        throw ExitCode(2)
    }
}
