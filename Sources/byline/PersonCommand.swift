import ArgumentParser
import BylineCore
import BylineIndex
import BylineSession

/// `byline person NAME`: one entity across the corpus, with every sentence naming it.
struct PersonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "person",
        abstract: "Show a person, place or organisation and every report and sentence naming it.",
        discussion: """
            NAME matches a name or alias the reports use, or a person's surname, ignoring case \
            and accents: Okafor, "pena alvarez" and "Amara Okafor" all find Amara Okafor. When \
            several match, they are listed with their keys; give a fuller name or --key.

            The index is brought up to date first. Exit status: 0 when found; 1 when nothing \
            matches or the folder or the index cannot be used; 2 when the name is ambiguous \
            (with --json the candidates are printed as {"candidates":[...]}).
            """
    )

    @Argument(help: ArgumentHelp("The name; several words are joined with spaces.", valueName: "name"))
    var name: [String] = []

    @Option(help: ArgumentHelp("The entity's key, as listed for an ambiguous name.", valueName: "key"))
    var key: String?

    @OptionGroup var corpus: CorpusOptions

    @Flag(help: "Print the entity as JSON.")
    var json = false

    @Option(help: ArgumentHelp("How many connections to list (who is named with the entity), best first.", valueName: "n"))
    var connections = 10

    @Flag(help: "Draw the timeline with ASCII characters instead of block characters.")
    var ascii = false

    func validate() throws {
        if name.isEmpty && key == nil { throw ValidationError("Missing the name, as in: byline person Okafor") }
    }

    func run() throws {
        let (store, freshness) = try CorpusIndex.openChecked(corpus.settings)
        let wanted = name.joined(separator: " ")
        let entityKey: String
        if let key {
            entityKey = key
        } else {
            entityKey = try EntityLookup.only(wanted, in: store) { candidates in
                if json {
                    Output.line(JSONValue.object([("candidates", .array(candidates.map(\.candidateJSON)))]).serialized())
                } else {
                    Output.error(VisibleText.make("\"\(wanted)\" names \(candidates.count) entities; give a fuller name or --key:"))
                    for c in candidates {
                        Output.error(VisibleText.make("  \(c.name) (\(c.kind.rawValue), \(IndexReport.count(c.articles, "report"))) --key '\(c.key)'"))
                    }
                }
            }.key
        }
        guard let page = try store.entityPage(key: entityKey) else {
            Output.error(VisibleText.make("no entity with key \(entityKey) in the reports; see byline people"))
            throw ExitCode.failure
        }
        let relations = try store.relations(key: page.key, limit: connections)
        if json {
            guard case .object(var fields) = page.json else { return }
            fields.append(("with", relations?.withJSON(limit: connections) ?? .array([])))
            fields.append(("timeline", relations?.timelineJSON ?? .array([])))
            fields.append(("freshness", freshness.json))
            Output.line(JSONValue.object(fields).serialized())
        } else {
            Output.line(Self.plain(page, relations: relations, limit: connections, ascii: ascii))
        }
    }

    /// The page's header, then the connections as a table and the timeline as a bar row,
    /// then the reports.
    static func plain(_ page: EntityPage, relations: EntityRelations?, limit: Int, ascii: Bool) -> String {
        let text = plain(page)
        guard let relations else { return text }
        let table = "\n\n" + RelationsTable.lines(relations, limit: limit, ascii: ascii).joined(separator: "\n")
        guard let split = text.range(of: "\n\n") else { return text + table }
        return text[..<split.lowerBound] + table + text[split.lowerBound...]
    }

    /// The name and kind, aliases and roles, then each report with its sentences, the
    /// mention in brackets.
    static func plain(_ page: EntityPage) -> String {
        let mentions = page.articles.reduce(0) { $0 + $1.mentions.count }
        var lines = ["\(VisibleText.make(page.name)) (\(page.kind.rawValue))"]
        if !page.aliases.isEmpty { lines.append("Also written: " + VisibleText.make(page.aliases.joined(separator: ", "))) }
        if !page.roles.isEmpty { lines.append("Roles: " + VisibleText.make(page.roles.joined(separator: ", "))) }
        if !page.couldBe.isEmpty {
            lines.append("Kept apart: could be " + VisibleText.make(page.couldBe.joined(separator: " or ")) + "; only the reports naming it so are here.")
        }
        let written = page.written.count
        if written > 0 { lines.append("Wrote \(IndexReport.count(written, "report")) (listed first).") }
        lines.append("Named in \(IndexReport.count(page.articles.count - written, "report")), \(IndexReport.count(mentions, "mention")).")
        for (i, article) in page.articles.enumerated() {
            lines.append("")
            if written > 0 && (i == 0 || i == written) { lines += [i == 0 ? "Wrote:" : "Named in:", ""] }
            lines.append("\(article.date?.iso ?? "undated")  \(VisibleText.make(article.title))")
            lines.append("            \(VisibleText.make(article.path))")
            // A sentence naming the entity twice (`Dmitri Volkov (Дмитрий Волков)`) is printed
            // once, with both marked.
            var i = article.mentions.startIndex
            while i < article.mentions.endIndex {
                let shown = article.mentions[i].shown
                let (sentence, block) = (article.mentions[i].sentence, article.mentions[i].mention.block)
                var marks: [Range<Int>] = []
                while i < article.mentions.endIndex, article.mentions[i].sentence == sentence, article.mentions[i].mention.block == block {
                    let m = article.mentions[i].shown
                    marks.append(m.start..<m.end)
                    i += 1
                }
                lines.append("  " + VisibleText.make(MarkedText(text: oneLine(shown.sentence), marks: marks).rendered()))
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Line breaks inside a quote become spaces, one scalar for one, so offsets still hold.
    static func oneLine(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { $0.properties.isWhitespace ? " " : $0 }))
    }
}
