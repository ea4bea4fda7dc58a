import ArgumentParser

/// `byline search QUERY`: ranked reports with a snippet around the match.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search the reports by keyword.",
        discussion: """
            Query language (quote the query for the shell; case and accents are ignored):
              water rights           reports with both words
              "water rights"         the phrase, as written
              =elections             this form only (plain words also find other forms:
                                     election finds elections, elected)
              desal*                 words starting with desal
              strike OR protest      either word (OR joins the words beside it)
              -drought, NOT drought  reports without the word
              person:Okafor          reports naming a person (name, alias or surname)
              person:"Peña Álvarez"  a name of several words; also place:, org:
              -person:Volkov         reports not naming the person
              author:"Hana Sato"     reports whose byline names the person
              tag:drought            reports with this front-matter tag; -tag: excludes
              after:2024             dated on or after 2024-01-01
              before:2024-07         dated before 2024-07-01 (YYYY, YYYY-MM, YYYY-MM-DD)

            Results are ranked by BM25 over every matching report, a match in the title \
            counting five times one in the body. A query that cannot be read as written is \
            searched as well as possible, and a one-line note on stderr says how. When \
            nothing or little matches, the nearest indexed words and names (up to two \
            letters off) are suggested on stderr ("did you mean: ...") and in --json \
            ("suggestions"). A person:, place: or org: filter alone shows, for each \
            report, the first sentence naming the entity.

            The index is brought up to date first: files added, removed or renamed are \
            found from folder times at once; a file edited in place is found by a check of \
            every file, which folders of up to 2,000 files get every time and larger ones \
            with --refresh or byline index. When the answer may miss such an edit, one line \
            on stderr says so (and "freshness" in --json). Exit status: 0, also when \
            nothing matches; 1 when the folder or the index cannot be used.
            """
    )

    @Argument(parsing: .allUnrecognized, help: ArgumentHelp("The query; several words are joined with spaces.", valueName: "query"))
    var words: [String] = []

    @OptionGroup var corpus: CorpusOptions

    @Option(help: "Show at most this many results.")
    var limit = 10

    @Flag(help: "Print the results as JSON.")
    var json = false

    func validate() throws {
        if words.isEmpty { throw ValidationError("Missing the query, as in: byline search 'water rights -drought'") }
        if limit < 0 { throw ValidationError("--limit must be 0 or more") }
    }

    func run() throws {
        try SearchRequest(words: words, corpus: corpus.settings, limit: limit, json: json).run()
    }
}
