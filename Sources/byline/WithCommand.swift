import ArgumentParser
import BylineCore
import BylineIndex
import BylineSession

/// `byline with NAME OTHER`: the reports naming both, with the sentences naming both.
struct WithCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "with",
        abstract: "List the reports, and the sentences, naming two people, places or organisations.",
        discussion: """
            Each name is found as by `byline person` (name, alias or surname, ignoring case and \
            accents); quote a name of several words. Exit status: 0 when both are found (even \
            with no shared report); 1 when one is not found or the index cannot be used; 2 when \
            a name is ambiguous.
            """
    )

    @Argument(help: ArgumentHelp("The first name.", valueName: "name"))
    var name: String

    @Argument(help: ArgumentHelp("The second name.", valueName: "other"))
    var other: String

    @OptionGroup var corpus: CorpusOptions

    @Flag(help: "Print the shared reports as JSON.")
    var json = false

    func run() throws {
        let store = try CorpusIndex.open(corpus.settings)
        let first = try Self.find(name, in: store), second = try Self.find(other, in: store)
        let reports = try store.sharedReports(key: first.key, with: second.key)
        if json {
            Output.line(JSONValue.object([
                ("name", .string(first.name)), ("other", .string(second.name)),
                ("reports", .array(reports.map(\.json))),
            ]).serialized())
            return
        }
        let sentences = reports.reduce(0) { $0 + $1.sentences.count }
        var lines = ["\(VisibleText.make(first.name)) and \(VisibleText.make(second.name)): \(IndexReport.count(reports.count, "shared report")), \(IndexReport.count(sentences, "sentence")) naming both."]
        for r in reports {
            lines.append("")
            lines.append("\(r.date?.iso ?? "undated")  \(VisibleText.make(r.title))")
            lines.append("            \(VisibleText.make(r.path))")
            for s in r.sentences { lines.append("  " + VisibleText.make(MarkedText(text: PersonCommand.oneLine(s.text), marks: s.marks).rendered())) }
        }
        Output.line(lines.joined(separator: "\n"))
    }

    /// The one entity `name` finds; a clear error otherwise.
    static func find(_ name: String, in store: any ArticleStore) throws -> EntitySummary {
        try EntityLookup.only(name, in: store) { found in
            Output.error(VisibleText.make("\"\(name)\" names \(found.count) entities (\(found.prefix(4).map(\.name).joined(separator: ", "))); give a fuller name"))
        }
    }
}
