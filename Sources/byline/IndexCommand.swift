import ArgumentParser

/// Placeholder until its issue lands: exits with an error naming what is missing.
struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "index", abstract: "Index a folder of reports (issue 4).")

    @Argument(parsing: .captureForPassthrough)
    var arguments: [String] = []

    func run() throws {
        Output.error("'index' is not built yet")
        throw ExitCode(2)
    }
}
