import ArgumentParser
import BylineIndex
import BylinePostgres
import Foundation

/// Where the reports are and where their index lives; shared by the corpus commands.
struct CorpusOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The folder of reports (default: the bundled Articles/).", valueName: "dir"))
    var dir: String?

    @OptionGroup var location: IndexLocationOptions

    @Flag(help: "Check every file for changes first, also files edited in place (otherwise only folder times are checked in folders of over 2,000 files).")
    var refresh = false

    init() {}

    init(dir: String?, location: IndexLocationOptions, refresh: Bool = false) {
        self.dir = dir
        self.location = location
        // Assigned, not left to its default: a flag that was never set or parsed cannot be read.
        self.refresh = refresh
    }

    /// The options as plain values.
    var settings: CorpusSettings {
        CorpusSettings(dir: dir, index: location.index, corpusName: location.corpusName, refresh: refresh)
    }

    /// `--index` as given.
    var index: String? { location.index }

    /// `--corpus-name` as given.
    var corpusName: String? { location.corpusName }

    /// The corpus folder as the user named it.
    var corpus: String { settings.corpus }

    /// The PostgreSQL URL when the index is on a server.
    var serverURL: String? { settings.serverURL }

    /// The database file: `--index`, or one per corpus folder in the XDG cache.
    var indexPath: String { settings.indexPath }
}

/// `CorpusOptions` as plain values: what `CorpusIndex` opens. A `byline search` read without
/// ArgumentParser (`SearchRequest(plainArguments:)`) makes one directly, so that it never
/// instantiates ArgumentParser's property wrappers, whose generic types cost runtime
/// conformance lookups at every start.
struct CorpusSettings {
    /// `--dir` as given.
    var dir: String?
    /// `--index` as given.
    var index: String?
    /// `--corpus-name` as given.
    var corpusName: String?
    /// `--refresh`.
    var refresh = false

    /// The corpus folder as the user named it.
    var corpus: String { dir ?? BundledArticles.path }

    /// `--index`, else `BYLINE_INDEX` from the environment.
    var named: String? { index ?? ProcessInfo.processInfo.environment["BYLINE_INDEX"].flatMap { $0.isEmpty ? nil : $0 } }

    /// The PostgreSQL URL when the index is on a server.
    var serverURL: String? { named.flatMap { PostgresLocation.isURL($0) ? $0 : nil } }

    /// The database file: `--index`, or one per corpus folder in the XDG cache.
    var indexPath: String { named ?? IndexLocation.defaultPath(forCorpus: corpus) }
}
