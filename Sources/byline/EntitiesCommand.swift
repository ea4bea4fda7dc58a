import ArgumentParser
import BylineCore

/// `byline entities PATH...`: the people, places and organisations of each report, with
/// their offsets in the file's text (the input `ner_eval.py score` reads).
struct EntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "Print the names each report mentions, with their offsets in the file.",
        discussion: """
            Offsets count Unicode scalars of the file's text as read, end exclusive. With --jsonl each \
            report is one line: {"doc", "persons", "locations", "organizations", "names"}.
            """
    )

    @Argument(help: "Report files, or folders to read every report in.")
    var paths: [String]

    @Flag(help: "Print one JSON object per report and line.")
    var jsonl = false

    @Flag(help: "Read each file as plain text: no title, date, furniture or caption detection.")
    var plain = false

    func validate() throws {
        if paths.isEmpty { throw ValidationError("Name at least one report file or folder.") }
    }

    func run() throws {
        let recognizer = EntityRecognizer()
        var out = BufferedOutput()
        var failures = 0
        for path in paths {
            let scan = CorpusScanner().scan(root: path)
            for warning in scan.warnings {
                Output.error(warning)
                failures += 1
            }
            for file in scan.files {
                do {
                    for listing in try EntityListing.read(path: file.path, plain: plain, recognizer: recognizer) {
                        if jsonl {
                            out.write(listing.json.serialized())
                        } else {
                            write(listing, to: &out)
                        }
                    }
                } catch {
                    out.flush()
                    Output.error(error.description)
                    failures += 1
                }
            }
        }
        out.flush()
        if failures > 0 { throw ExitCode(1) }
    }

    private func write(_ listing: EntityListing, to out: inout BufferedOutput) {
        out.write(listing.doc)
        let rows = (listing.persons.map { ("person", $0) } + listing.locations.map { ("place", $0) }
            + listing.organizations.map { ("organisation", $0) }).sorted { $0.1.start < $1.1.start }
        for (kind, span) in rows {
            out.write("  \(kind.padding(12))  \(span.start)-\(span.end)  \(VisibleText.make(span.text))")
        }
    }
}

private extension String {
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
