import ArgumentParser
import BylineCore
import BylineIndex
import Foundation

/// `byline marks`: the reading trail of a folder (read, starred, noted reports), for scripts
/// and for keeping elsewhere.
struct MarksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "marks",
        abstract: "List the reports of a folder you have read, starred or written a note on.",
        discussion: """
            The marks are set in the reader (opening a report marks it read; M read or unread, \
            F star, a note) and kept in $XDG_STATE_HOME/byline/marks.sqlite (default \
            ~/.local/state/byline/), never in the reports folder. They follow a report's \
            content, so they survive indexing again and renaming the file. Exit status: 0, or 1 \
            when the index or the marks cannot be read.
            """
    )

    @OptionGroup var corpus: CorpusOptions

    @Flag(help: "Print the marks as JSON.")
    var json = false

    func run() throws {
        let store = try CorpusIndex.open(corpus.settings)
        let marks: [String: ReportMarks]
        do {
            marks = try MarksDatabase(path: MarksDatabase.defaultPath()).marks(in: store)
        } catch {
            Output.error("\(error)")
            throw ExitCode.failure
        }
        var rows: [(summary: Article, marks: ReportMarks)] = []
        for (id, m) in marks {
            if let article = try? store.article(id: id) { rows.append((article, m)) }
        }
        rows.sort { ($0.summary.date?.iso ?? "", $1.summary.path) > ($1.summary.date?.iso ?? "", $0.summary.path) }
        if json {
            Output.line(JSONValue.object([
                ("folder", .string(corpus.corpus)),
                ("marks", .array(rows.map { a, m in
                    .object([
                        ("id", .string(a.id)), ("path", .string(a.path)), ("title", .string(a.title)),
                        ("date", .optional(a.date?.iso)), ("read", .bool(m.read)), ("starred", .bool(m.starred)),
                        ("note", .optional(m.hasNote ? m.note : nil)),
                    ])
                })),
            ]).serialized())
            return
        }
        guard !rows.isEmpty else {
            Output.line("No report of \(VisibleText.make(corpus.corpus)) is read, starred or noted yet.")
            return
        }
        for (a, m) in rows {
            let flags = (m.starred ? "★" : " ") + (m.read ? " read  " : " unread")
            Output.line("\(flags)  \(a.date?.iso ?? "undated   ")  \(VisibleText.make(a.title))")
            if m.hasNote { Output.line("            note: \(VisibleText.make(PersonCommand.oneLine(m.note)))") }
        }
    }
}
