import ArgumentParser
import BylineIndex

/// Where the reports are and where their index lives; shared by the corpus commands.
struct CorpusOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The folder of reports (default: the bundled Articles/).", valueName: "dir"))
    var dir: String?

    @Option(name: .long, help: ArgumentHelp("Use this index database instead of the one in ~/.cache/byline/.", valueName: "path"))
    var index: String?

    @Flag(help: "Check every file for changes first, also files edited in place (otherwise only folder times are checked in folders of over 2,000 files).")
    var refresh = false

    init() {}

    init(dir: String?, index: String?, refresh: Bool = false) {
        self.dir = dir
        self.index = index
        // Assigned, not left to its default: a flag that was never set or parsed cannot be read.
        self.refresh = refresh
    }

    /// The corpus folder as the user named it.
    var corpus: String { dir ?? BundledArticles.path }

    /// The database file: `--index`, or one per corpus folder in the XDG cache.
    var indexPath: String { index ?? IndexLocation.defaultPath(forCorpus: corpus) }
}
