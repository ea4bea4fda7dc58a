import BylineCore
import BylineTestSupport
import Foundation
import Testing

/// Reports that try to take over the terminal, and crashes that would leave it raw: the real
/// binary in tmux, its screen and modes read back.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct HostileTerminalTests {
    static let byline = BinaryLocator.binary

    static let esc = "\u{1B}", bel = "\u{07}"

    /// One report in each format with terminal controls in its title, dateline, byline,
    /// caption (alt text, caption, credit) and body: OSC 0/2 titles, an OSC 52 clipboard write,
    /// CSI sequences (7-bit and C1), a bidi override and a NUL.
    static func writeReports(to folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let (e, b) = (esc, bel)
        try """
        June 10, 2024

        Geneva summit\(e)]0;OWNED-TITLE\(b) opens\(e)]2;OWNED-TITLE-2\(b)

        GENEVA\(e)[2J — Delegates met in Geneva on Monday, UN Special Rapporteur Amara Okafor said.\u{202E} reversed

        Delegates at the lakeDelegates at the lake shore on Monday\(e)]52;c;b3duZWQ=\(b) [Mariana Costa/Reuters\(e)[5m]

        “We need water\u{9B}2J now,” Okafor told Reuters\u{0}.
        """.write(to: folder.appendingPathComponent("summit.txt"), atomically: true, encoding: .utf8)
        try """
        ---
        title: "Hydrogen talks\\e]2;OWNED-MD\\a in Tokyo"
        date: 2024-06-12
        author: "Lucía Fernández\\e]52;c;b3duZWQ=\\a"
        images:
          - src: port.jpg
            caption: "Ships at the port\\e[?1049l of Tokyo"
            credit: "Aleksei Morozov\\e[8m/AFP"
        ---
        TOKYO — Chief negotiator Kenji Watanabe\u{1B}[?25l met Commissioner Sofia Lindqvist.
        """.write(to: folder.appendingPathComponent("tokyo.md"), atomically: true, encoding: .utf8)
        try #"""
        {"title": "Rotterdam\u001b]0;OWNED-JSON\u0007 flood barrier", "authors": ["Marianne\u001b]52;c;b3duZWQ=\u0007 de Graaf"], "publish_date": "2024-06-20",
         "text": "Mayor Marianne de Graaf opened the barrier.\u009b31m It closed in an hour.\u202e"}
        """#.write(to: folder.appendingPathComponent("rotterdam.json"), atomically: true, encoding: .utf8)
        try """
        <html><head><title>Valpara&iacute;so vote&#x1b;]0;OWNED-HTML&#x7;</title>
        <meta name="author" content="Jos&eacute;&#x1b;]52;c;b3duZWQ=&#x7;"></head>
        <body><article><h1>Valpara&iacute;so vote&#x1b;]0;OWNED-HTML&#x7;</h1>
        <p>Union leader Jos&eacute; Ignacio Pe&ntilde;a &Aacute;lvarez&#x1b;[2J called the vote.</p>
        <figure><img src="vote.jpg" alt="Dockers&#x1b;[31m vote"><figcaption>Dockers vote&#x9b;2J at the gate [Mariana Costa/Reuters]</figcaption></figure>
        </article></body></html>
        """.write(to: folder.appendingPathComponent("valparaiso.html"), atomically: true, encoding: .utf8)
    }

    /// Whether `text` holds anything a terminal would obey, line breaks and tabs apart.
    static func unsafe(_ text: String) -> [String] {
        text.unicodeScalars.filter { VisibleText.isUnsafe($0, keepLayout: true) }.map { String(format: "U+%04X", $0.value) }
    }

    /// `capture-pane -e` output without its colour and attribute sequences: what is left of
    /// ESC there came from somewhere else.
    static func withoutSGR(_ screen: String) -> String {
        screen.replacingOccurrences(of: "\u{1B}\\[[0-9;:]*m", with: "", options: .regularExpression)
    }

    @Test func theCommandLineNeverWritesAReportsControlsAndJSONEscapesThem() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("byline-hostile-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.writeReports(to: folder.appendingPathComponent("reports"))
        let reports = folder.appendingPathComponent("reports").path
        let index = ["--dir", reports, "--index", folder.appendingPathComponent("index.sqlite").path]
        var outputs: [(String, String)] = []
        for name in ["summit.txt", "tokyo.md", "rotterdam.json", "valparaiso.html"] {
            let path = reports + "/" + name
            let plain = try runByline(["show", path])
            #expect(plain.status == 0, "\(name): \(plain.err)")
            outputs.append(("show \(name)", plain.out + plain.err))
            let json = try runByline(["show", "--json", path])
            outputs.append(("show --json \(name)", json.out + json.err))
            // Escaped, not dropped: the JSON gives scripts the text as the file had it (libxml2
            // drops ESC and BEL from a page, which XML does not allow, but keeps C1 controls).
            #expect(json.out.contains("\\u001b") || json.out.contains("\\u009b"), "\(name)")
            #expect((try? JSONSerialization.jsonObject(with: Data(json.out.utf8))) is [String: Any], "\(name)")
        }
        for arguments in [["search", "Geneva OR Tokyo OR Rotterdam OR vote"] + index, ["people"] + index, ["person", "Okafor"] + index,
                          ["index", reports, "--index", folder.appendingPathComponent("index.sqlite").path],
                          ["entities", reports], ["open", reports]] {
            let run = try runByline(arguments)
            outputs.append((arguments.prefix(2).joined(separator: " "), run.out + run.err))
        }
        for (command, text) in outputs {
            #expect(!text.isEmpty, "\(command) printed nothing")
            #expect(Self.unsafe(text) == [], "\(command)")
        }
        let summit = try #require(outputs.first { $0.0 == "show summit.txt" }).1
        #expect(summit.hasPrefix("Geneva summit␛]0;OWNED-TITLE␇ opens␛]2;OWNED-TITLE-2␇\n"))
        #expect(summit.contains("on Monday␛]52;c;b3duZWQ=␇"))
    }

    @Test func theReaderShowsEveryPaneOfHostileReportsWithoutObeyingThem() throws {
        let tmux = try TmuxSession(width: 140, height: 40)
        _ = try tmux.tmux("set-option -g set-clipboard on")
        let folder = tmux.home.appendingPathComponent("reports")
        try Self.writeReports(to: folder)
        let title = tmux.display("#{pane_title}")
        tmux.run("\(TmuxSession.quote(Self.byline)) \(TmuxSession.quote(folder.path)); echo \"[exit $?]\"")
        tmux.waitFor { $0.contains("Reports · reports (4)") && $0.contains("reports indexed") }
        tmux.keys("Escape")

        var seen: [String] = []
        func look(_ what: String) {
            let screen = tmux.waitFor(timeout: 2) { _ in true }
            seen.append(screen)
            let raw = Self.withoutSGR(tmux.capture(escapes: true))
            #expect(!raw.contains(Self.esc), "\(what): an escape sequence reached the terminal")
            #expect(Self.unsafe(raw) == [], "\(what)")
            #expect(tmux.display("#{pane_title}") == title, "\(what): the pane title changed")
            #expect(tmux.modes == "1 0 1 0", "\(what): the terminal modes changed")
        }
        for report in 0..<4 {
            tmux.keys("g")
            for _ in 0..<report { tmux.keys("j") }
            tmux.keys("Enter")
            look("report \(report)")
            for pane in ["c", "=", "P", "v"] {
                tmux.keys(pane)
                look("report \(report), pane \(pane)")
                tmux.keys("q")
            }
            tmux.keys("q")
        }
        #expect((try? tmux.tmux("list-buffers")) == "", "an OSC 52 write reached the clipboard")
        let all = seen.joined(separator: "\n")
        for placeholder in ["␛]0;OWNED-TITLE␇", "␛]52;c;b3duZWQ=␇", "␛[?1049l", "␛]0;OWNED-JSON␇", "vote�2J at the gate"] {
            #expect(all.contains(placeholder), "\(placeholder) was not shown")
        }
        tmux.keys("Q")
        #expect(tmux.waitForExit() == "[exit 0]")
        #expect(tmux.modes == "0 1 0 0")
    }

    @Test(arguments: ["enable=no", "enable=yes"])
    func aSwiftTrapLeavesTheTerminalUsable(backtracer: String) throws {
        let tmux = try TmuxSession(width: 100, height: 24, environment: ["BYLINE_TEST_TRAP": "1", "SWIFT_BACKTRACE": backtracer])
        let folder = tmux.home.appendingPathComponent("reports")
        try Self.writeReports(to: folder)
        tmux.run("\(TmuxSession.quote(Self.byline)) \(TmuxSession.quote(folder.path)); echo \"[exit $?]\"")
        if backtracer == "enable=yes" {
            // Swift's backtracer reports the crash and offers to debug it; by then the terminal
            // must already be back to normal, or its prompt could not read a key.
            tmux.waitFor("any other key to quit", timeout: 60)
            #expect(tmux.modes == "0 1 0 0")
            tmux.type("x")
        }
        // SIGILL (4), which a Swift trap raises on x86-64, or SIGTRAP (5) on other machines.
        let exit = tmux.waitForExit(timeout: 30)
        #expect(exit == "[exit 132]" || exit == "[exit 133]", "\(exit)")
        #expect(tmux.modes == "0 1 0 0")
        tmux.run("stty -a | tr ' ' '\\n' | grep -x -e icanon -e echo -e -icanon -e -echo | tr '\\n' ' '; echo")
        #expect(tmux.waitFor("icanon echo").contains("\nicanon echo"))
        // Typed text echoes and a line is read whole: the shell is usable.
        tmux.run("echo typed-after-the-crash")
        #expect(tmux.waitFor("\ntyped-after-the-crash").contains("\ntyped-after-the-crash"))
    }
}
