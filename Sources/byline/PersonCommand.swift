import ArgumentParser

/// Placeholder until its issue lands: exits with an error naming what is missing.
struct PersonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "person", abstract: "Show one entity across the corpus (issue 4).")

    @Argument(parsing: .captureForPassthrough)
    var arguments: [String] = []

    func run() throws {
        Output.error("'person' is not built yet")
        throw ExitCode(2)
    }
}
