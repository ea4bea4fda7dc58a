import ArgumentParser
import BylineCore
import BylineIndex

/// `byline people`: the people, places and organisations the corpus names, most mentioned first.
struct PeopleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "people",
        abstract: "List the people, places and organisations the reports name, most mentioned first.",
        discussion: "The index is brought up to date first. Exit status: 0, or 1 when the folder or the index cannot be used."
    )

    @OptionGroup var corpus: CorpusOptions

    @Option(help: ArgumentHelp("Only this kind: person, place or organisation.", valueName: "kind"))
    var kind: Entity.Kind?

    @Option(help: "Show at most this many (default: all).")
    var limit: Int?

    @Flag(help: "Print the list as JSON.")
    var json = false

    func validate() throws {
        if let limit, limit < 0 { throw ValidationError("--limit must be 0 or more") }
    }

    func run() throws {
        let store = try CorpusIndex.open(corpus.settings)
        let entities = try store.entities(kind: kind, limit: limit ?? Int(Int32.max))
        if json {
            Output.line(JSONValue.array(entities.map(\.json)).serialized())
            return
        }
        guard !entities.isEmpty else {
            // With `--limit 0` nothing was asked for; otherwise there is nothing to list.
            if limit != 0 {
                Output.line(kind.map { "The reports name no \($0.rawValue)." } ?? "The reports name no people, places or organisations.")
            }
            return
        }
        Output.line(Self.table(entities))
    }

    /// Right-aligned counts, then kind and name.
    static func table(_ entities: [EntitySummary]) -> String {
        let rows = entities.map { (GroupedDigits.string($0.mentions), GroupedDigits.string($0.articles), $0.kind.rawValue, VisibleText.make($0.name)) }
        let w0 = max("mentions".count, rows.map(\.0.count).max() ?? 0)
        let w1 = max("reports".count, rows.map(\.1.count).max() ?? 0)
        let w2 = max("kind".count, rows.map(\.2.count).max() ?? 0)
        func pad(_ s: String, _ w: Int, right: Bool) -> String {
            let fill = String(repeating: " ", count: max(0, w - s.count))
            return right ? fill + s : s + fill
        }
        return ([("mentions", "reports", "kind", "name")] + rows).map {
            [pad($0.0, w0, right: true), pad($0.1, w1, right: true), pad($0.2, w2, right: false), $0.3].joined(separator: "  ")
        }.joined(separator: "\n")
    }
}
