import ArgumentParser
import BylineUI
import Foundation

/// `byline generate-manual`: the man page `byline.1`, written from the same texts as `--help`
/// of each command and the reader's `?` screen, so the three never disagree. `make install`
/// runs it; it is hidden from the command list.
struct ManualCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate-manual",
        abstract: "Print the man page byline.1 (troff), built from the help of every command and the reader's key table.",
        shouldDisplay: false
    )

    func run() throws {
        Output.write(Self.page())
    }

    /// The whole page.
    static func page() -> String {
        var out = [".TH BYLINE 1 \"\" \"byline \(BuildInfo.release)\" \"User Commands\""]
        out += [".SH NAME", "byline \\- " + roff(Byline.configuration.abstract)]
        out += [".SH SYNOPSIS", ".B byline", "[\\fIDIR\\fR]", ".br", ".B byline", "\\fICOMMAND\\fR [\\fIOPTIONS\\fR]"]
        out += [".SH DESCRIPTION"] + preformatted(Byline.helpMessage(columns: 78))
        for command in Byline.configuration.subcommands where command.configuration.shouldDisplay {
            let name = command.configuration.commandName ?? "\(command)"
            out += [".SH COMMAND: byline \(name)"] + preformatted(Byline.helpMessage(for: command, columns: 78))
        }
        out += [".SH READER KEYS", "The reader's keys as bound by default (the \\fB?\\fR screen lists the live ones)."]
        for line in HelpView.lines(keyMap: .defaults) {
            if let heading = line.heading {
                if !heading.isEmpty { out += [".SS " + roff(heading)] }
                continue
            }
            out += [".TP", "\\fB" + roff(line.keys.isEmpty ? "(unbound)" : line.keys) + "\\fR  " + roff(line.name), roff(line.help)]
        }
        out += [".SH FILES",
                ".TP", "\\fI$XDG_CONFIG_HOME/byline/config\\fR (default \\fI~/.config/byline/config\\fR)",
                "Keys (bind, unbind), colours (color), settings (set mouse, set reading-width, set sort).",
                ".TP", "\\fI$XDG_CACHE_HOME/byline/\\fR (default \\fI~/.cache/byline/\\fR)",
                "The index, one database per folder of reports; the reports folder is never written to.",
                ".TP", "\\fIPREFIX/share/byline/Articles\\fR",
                "The sample reports opened when no folder is named."]
        out += [".SH ENVIRONMENT",
                ".TP", "\\fBBROWSER\\fR", "The program that opens source links (o); without it, xdg-open.",
                ".TP", "\\fBNO_COLOR\\fR", "When set and not empty, no colour is drawn (--color wins)."]
        return out.joined(separator: "\n") + "\n"
    }

    /// Help text kept as it is laid out.
    static func preformatted(_ text: String) -> [String] {
        [".nf"] + text.split(separator: "\n", omittingEmptySubsequences: false).map { roff(String($0)) } + [".fi"]
    }

    /// Text safe in troff: backslashes doubled, and a line starting with `.` or `'` kept as text.
    static func roff(_ text: String) -> String {
        let escaped = text.replacingOccurrences(of: "\\", with: "\\e").replacingOccurrences(of: "-", with: "\\-")
        return escaped.hasPrefix(".") || escaped.hasPrefix("'") ? "\\&" + escaped : escaped
    }
}
