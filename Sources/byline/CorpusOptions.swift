import ArgumentParser

/// Where the reports are and where their index lives; shared by the corpus commands.
struct CorpusOptions: ParsableArguments {
    @Option(name: .long, help: "The folder of reports (default: the bundled Articles/).")
    var dir: String?

    @Option(name: .long, help: "Use this index database instead of the one in ~/.cache/byline/.")
    var index: String?
}
