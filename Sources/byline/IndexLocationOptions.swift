import ArgumentParser

/// Where a corpus's index lives (a database file or a PostgreSQL server) and the corpus's name
/// on a server: the options `open`, `index` and the corpus commands (`CorpusOptions`) share.
struct IndexLocationOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Use this index database instead of the one in ~/.cache/byline/, or a team's PostgreSQL server (postgresql://USER@HOST:PORT/DB; also BYLINE_INDEX).", valueName: "path-or-url"))
    var index: String?

    @Option(name: .long, help: ArgumentHelp("The corpus's name on a PostgreSQL server (default: the folder's absolute path).", valueName: "name"))
    var corpusName: String?

    init() {}

    init(index: String?, corpusName: String? = nil) {
        self.index = index
        self.corpusName = corpusName
    }
}
