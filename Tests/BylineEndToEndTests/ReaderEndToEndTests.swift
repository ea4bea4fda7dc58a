import BylineTestSupport
import Foundation
import Testing

/// The reader as a new user meets it: the real binary in tmux, keys sent, the screen read back.
/// One test per flow of issue 5; each takes a second or two.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct ReaderEndToEndTests {
    static let byline = BinaryLocator.binary
    static let articles = BinaryLocator.packageRoot.appendingPathComponent("Articles").path

    /// Whether the binary finds people in the bundled reports (the flows that follow a person
    /// need them).
    static var entitiesAreRecognised: Bool {
        let report = articles + "/2024-05-02-okafor-visits-balkhash.txt"
        guard let run = try? runByline(["show", report, "--json"]) else { return false }
        return run.out.contains("\"kind\":\"person\"")
    }

    /// Starts the reader in a fresh tmux server and waits for its first screen.
    func open(_ arguments: String = "", width: Int = 120, height: Int = 32, environment: [String: String] = [:]) throws -> TmuxSession {
        // HOME is new, so the folder is indexed first; Esc clears the summary it leaves.
        try TmuxSession.reader(arguments, width: width, height: height, environment: environment) { isListRow($0.row(1)) }
    }

    /// Whether a row of `screen` matches the regular expression `pattern`.
    func hasLine(_ screen: String, _ pattern: String) -> Bool {
        screen.split(separator: "\n").contains { $0.range(of: pattern, options: .regularExpression) != nil }
    }

    /// `2024-06-10  Title…`: a date, two spaces, a title.
    func isListRow(_ row: String) -> Bool {
        row.range(of: #"^\d{4}-\d{2}-\d{2}  \S"#, options: .regularExpression) != nil
    }

    /// Quits with `Q` from wherever the reader is and returns the exit line and terminal modes.
    func quit(_ tmux: TmuxSession) -> (exit: String, modes: String) {
        tmux.keys("Q")
        let exit = tmux.waitForExit()
        return (exit, tmux.modes)
    }

    @Test func aFolderWhoseIndexCannotBeMadeIsReadThroughATemporaryIndexRemovedOnQuit() throws {
        let tmux = try TmuxSession(width: 120, height: 32)
        let temporary = tmux.home.appendingPathComponent("tmp")
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
        // No folder can be made under /dev/null, so the index named cannot be opened.
        tmux.run("TMPDIR=\(TmuxSession.quote(temporary.path)) \(TmuxSession.quote(Self.byline)) --index /dev/null/index.sqlite; echo \"[exit $?]\"")
        let screen = tmux.waitFor { $0.contains(" reports indexed: ") }
        #expect(isListRow(screen.row(1)))
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.path).count == 1)
        #expect(quit(tmux).exit == "[exit 0]")
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.path).isEmpty)
    }

    @Test func theBundledArticlesAreIndexedInTheBackgroundAndOpenBesideTheNewestReport() throws {
        let tmux = try TmuxSession(width: 120, height: 32)
        tmux.run("\(TmuxSession.quote(Self.byline)); echo \"[exit $?]\"")
        var screen = tmux.waitFor { $0.contains(" reports indexed: ") }
        #expect(screen.row(31).range(of: #"^ \d+ reports indexed: \d+ files added, 0 updated, 0 removed, 0 skipped \(\d+\.\d+ s\)$"#,
                                     options: .regularExpression) != nil)
        tmux.keys("Escape")
        screen = tmux.waitFor { !$0.contains(" reports indexed: ") }
        #expect(screen.row(0).hasPrefix("▶ Reports · Articles ("))
        #expect(screen.row(0).contains("│  Reader · "))
        #expect(isListRow(screen.row(1)))
        #expect(screen.row(31).hasPrefix(" ? help  q back  / search  P people"))
        #expect(tmux.modes == "1 0 1 0")
        let end = quit(tmux)
        #expect(end.exit == "[exit 0]")
        #expect(end.modes == "0 1 0 0")
    }

    @Test func underLangCTheReaderStillDrawsUTF8() throws {
        let tmux = try open(environment: ["LANG": "C", "LC_ALL": "C"])
        tmux.type("&Valpara")
        let screen = tmux.waitFor("filter: Valpara")
        #expect(screen.row(0).hasPrefix("▶ Reports · Articles ("))
        #expect(screen.contains("Valparaíso"))
        tmux.keys("Enter")
        #expect(quit(tmux).modes == "0 1 0 0")
    }

    @Test(.enabled(if: Self.entitiesAreRecognised, "entity recognition (issue 3) is not on this branch yet"))
    func aPersonLeadsToTheirEntityPageToAnotherReportAndBackAndForward() throws {
        let tmux = try open()
        var screen = tmux.openOkaforFromEnvoyReport()
        #expect(screen.row(1).hasPrefix("Amara Okafor "))
        // n on the entity page previews the next report naming her; Enter opens it.
        tmux.type("n")
        screen = tmux.waitFor { !$0.contains("Reader · UN water envoy tours") }
        let other = screen.row(0).components(separatedBy: "Reader · ").last ?? ""
        #expect(!other.isEmpty)
        tmux.keys("Enter")
        screen = tmux.waitFor("▶ Reader · ")
        #expect(screen.row(0).contains("Entity · Amara Okafor"))
        // One step back: the entity page was on screen beside the report, so it is not a place.
        tmux.keys("C-o")
        screen = tmux.waitFor("▶ Reader · UN water envoy tours shrinking Lake Balkhash")
        #expect(screen.row(0).hasPrefix("  Reports · Articles (1 of "))
        // Forward again (Right; Ctrl-I is Tab, which terminals cannot tell apart).
        tmux.keys("Right")
        screen = tmux.waitFor("▶ Entity · Amara Okafor")
        #expect(screen.row(0).contains(String(other.prefix(30))))
        #expect(quit(tmux).modes == "0 1 0 0")
    }

    @Test(.enabled(if: Self.entitiesAreRecognised, "entity recognition (issue 3) is not on this branch yet"))
    func bracketPSelectsTheNextAndPreviousPersonMention() throws {
        let tmux = try open()
        tmux.openEnvoyReport()
        func person(after keys: String) -> String {
            tmux.type(keys)
            tmux.type("*")
            let screen = tmux.waitFor("▶ Search · ")
            tmux.keys("C-o")
            tmux.waitFor("▶ Reader · UN water envoy tours")
            return screen.row(0).components(separatedBy: "Search · ").last?.components(separatedBy: "  ").first ?? ""
        }
        let first = person(after: "]p")
        let second = person(after: "]p")
        let third = person(after: "]p")
        #expect(first == "\"Amara Okafor\"")     // the first person the report names
        #expect(!second.isEmpty && !third.isEmpty)
        #expect(person(after: "[p") == second)
        _ = quit(tmux)
    }

    @Test func corpusSearchShowsRankedSnippetsAndOpensTheReportAtTheMatch() throws {
        let tmux = try open()
        tmux.type("Sdockworkers strike")
        var screen = tmux.waitFor("▶ Search · dockworkers strike")
        #expect(screen.row(1).hasPrefix("1. 20"))
        #expect(screen.contains("Search corpus: dockworkers strike"))
        tmux.keys("Enter")
        screen = tmux.waitFor(" match dockworkers strike")
        tmux.keys("Enter")
        screen = tmux.waitFor("▶ Reader · ")
        #expect(screen.row(0).contains(" / "))      // the words are highlighted, with a count
        #expect(screen.lowercased().contains("dockworkers") || screen.lowercased().contains("strike"))
        _ = quit(tmux)
    }

    @Test func slashSearchesTheReportAndNStepsThroughMatches() throws {
        let tmux = try open()
        tmux.openEnvoyReport()
        tmux.type("/balkhash")
        var screen = tmux.waitFor("/balkhash  [1/")
        let total = screen.components(separatedBy: "[1/").last?.prefix { $0.isNumber } ?? ""
        #expect(Int(total) ?? 0 >= 3)
        tmux.keys("Enter")
        tmux.type("n")
        screen = tmux.waitFor("/ 2/\(total)")
        tmux.type("n")
        tmux.waitFor("/ 3/\(total)")
        tmux.type("N")
        screen = tmux.waitFor("/ 2/\(total)")
        #expect(screen.row(0).contains("/ 2/\(total)"))
        _ = quit(tmux)
    }

    @Test func captionsAndSourcesPanesShowTheSplitCaptionAndCredit() throws {
        let tmux = try TmuxSession(width: 100, height: 30)
        let folder = tmux.home.appendingPathComponent("reports")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try """
        Mon. Jun 10th, 2024

        GENEVA – UN Special Rapporteur Amara Okafor opened the water summit on Monday.

        Delegates queue at the Palais des NationsDelegates queue for the opening session in Geneva, Switzerland, on June 10, 2024 [Mariana Costa/Reuters]

        “Water does not stop at a border,” Okafor said.

        By Newsdesk
        Source link
        """.write(to: folder.appendingPathComponent("summit.txt"), atomically: true, encoding: .utf8)
        tmux.run("\(TmuxSession.quote(Self.byline)) \(TmuxSession.quote(folder.path)); echo \"[exit $?]\"")
        tmux.waitFor { $0.contains("Reports · reports (1)") && isListRow($0.row(1)) }
        tmux.keys("Enter")
        tmux.type("c")
        var screen = tmux.waitFor("▶ Captions · ")
        #expect(screen.contains(" Alt text  Delegates queue at the Palais des Nations\n"))
        #expect(screen.contains(" Caption   Delegates queue for the opening session in Geneva, Switzerland, on June 10, 2024\n"))
        #expect(screen.contains(" Credit    Mariana Costa/Reuters\n"))
        tmux.type("q=")
        screen = tmux.waitFor("▶ Sources · ")
        #expect(hasLine(screen, #"^ Posted by +Newsdesk \(the site's account, not a named author\)$"#))
        #expect(hasLine(screen, #"^ Source +No source link was saved \(the page says “Source link”\)$"#))
        #expect(hasLine(screen, #"^ Date +2024-06-10 \(Mon\. Jun 10th, 2024\)$"#))
        #expect(hasLine(screen, " File +\(folder.path)/summit.txt$"))
        #expect(hasLine(screen, #"^Photo credits \(1\)$"#))
        #expect(hasLine(screen, #"^ Image 1 +Mariana Costa/Reuters$"#))
        if Self.entitiesAreRecognised {
            #expect(hasLine(screen, #"^ Amara Okafor +“Water does not stop at a border”$"#))
        }
        _ = quit(tmux)
    }

    @Test func rescanIndexesNewFilesAndASecondStartReusesTheIndex() throws {
        let tmux = try TmuxSession(width: 100, height: 20)
        let folder = tmux.home.appendingPathComponent("reports")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "2024-06-10\n\nGeneva summit opens\n\nDelegates met in Geneva on Monday.\n"
            .write(to: folder.appendingPathComponent("one.txt"), atomically: true, encoding: .utf8)
        let command = "\(TmuxSession.quote(Self.byline)) \(TmuxSession.quote(folder.path)); echo \"[exit $?]\""
        tmux.run(command)
        tmux.waitFor("1 report indexed: 1 file added")
        try "2024-06-11\n\nGeneva summit closes\n\nDelegates left Geneva on Tuesday.\n"
            .write(to: folder.appendingPathComponent("two.txt"), atomically: true, encoding: .utf8)
        tmux.type("R")
        var screen = tmux.waitFor("2 reports indexed: 1 file added, 0 updated, 0 removed, 0 skipped")
        #expect(screen.row(0).hasPrefix("▶ Reports · reports (2)"))
        #expect(screen.row(1).hasPrefix("2024-06-11  Geneva summit closes"))
        _ = quit(tmux)
        tmux.run("clear; " + command)
        screen = tmux.waitFor { $0.contains("Reports · reports (2)") && isListRow($0.row(1)) }
        #expect(!screen.contains("indexed"))
        _ = quit(tmux)
    }

    /// The check behind the first screen finds the index damaged (garbage over its full-text
    /// pages, which the first screen does not read): the index is set aside and rebuilt in the
    /// same session, the list comes from the new index, and `R` indexes into it.
    @Test func anIndexFoundDamagedWhileTheReaderIsOpenIsRebuiltAndRead() throws {
        let tmux = try TmuxSession(width: 100, height: 20)
        let folder = tmux.home.appendingPathComponent("reports")
        let index = tmux.home.appendingPathComponent("index.sqlite").path
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in [("one.txt", "2024-06-10\n\nGeneva summit opens\n\nDelegates met in Geneva on Monday.\n"),
                             ("two.txt", "2024-06-11\n\nGeneva summit closes\n\nDelegates left Geneva on Tuesday.\n")] {
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        #expect(try runByline(["index", folder.path, "--index", index]).status == 0)
        let corrupt = """
            import os, sqlite3, sys
            db = sqlite3.connect(sys.argv[1])
            size = db.execute("PRAGMA page_size").fetchone()[0]
            pages = [p for (p,) in db.execute("SELECT pageno FROM dbstat WHERE name IN ('articleText_data', 'articleText_idx')")]
            db.close()
            with open(sys.argv[1], "r+b") as f:
                for p in pages:
                    f.seek((p - 1) * size)
                    f.write(os.urandom(size))
            """
        let damage = try runProgram("/usr/bin/env", ["python3", "-c", corrupt, index])
        try #require(damage.status == 0, "python3 could not damage the index: \(damage.err)")
        // A new report makes the check write to the full-text index, where it meets the damage.
        try "2024-06-12\n\nGeneva summit report\n\nThe summit report was published in Geneva.\n"
            .write(to: folder.appendingPathComponent("three.txt"), atomically: true, encoding: .utf8)

        tmux.run("\(TmuxSession.quote(Self.byline)) \(TmuxSession.quote(folder.path)) --index \(TmuxSession.quote(index)); echo \"[exit $?]\"")
        var screen = tmux.waitFor("was damaged")
        #expect(screen.row(19).hasPrefix(" the index \(index) was damaged ("))
        #expect(FileManager.default.fileExists(atPath: index + ".damaged"))
        screen = tmux.waitFor { $0.contains("Reports · reports (3)") && $0.row(1).hasPrefix("2024-06-12  Geneva summit report") }
        #expect(screen.row(2).hasPrefix("2024-06-11  Geneva summit closes"))

        // The rescan writes to the new index; the damaged copy is kept.
        try "2024-06-13\n\nGeneva summit ends\n\nThe last delegates left Geneva.\n"
            .write(to: folder.appendingPathComponent("four.txt"), atomically: true, encoding: .utf8)
        tmux.type("R")
        screen = tmux.waitFor("4 reports indexed: 1 file added, 0 updated, 0 removed, 0 skipped")
        #expect(screen.row(0).hasPrefix("▶ Reports · reports (4)"))
        #expect(screen.row(1).hasPrefix("2024-06-13  Geneva summit ends"))
        #expect(FileManager.default.fileExists(atPath: index + ".damaged"))
        tmux.type("/")
        tmux.run("published")
        screen = tmux.waitFor("1 report matches published")
        #expect(screen.contains("Geneva summit report"))
        #expect(quit(tmux).exit.contains("[exit 0]"))
    }

    @Test func escapeSequencesInAReportAreShownNotObeyed() throws {
        let tmux = try TmuxSession(width: 100, height: 20)
        let folder = tmux.home.appendingPathComponent("reports")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try """
        2024-06-10

        Summit notes\u{1B}]0;pwned\u{07}

        Delegates met in Geneva.\u{1B}[2J\u{1B}[31m The lake is shrinking.\u{1B}]52;c;aGVsbG8=\u{07}
        """.write(to: folder.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        let title = tmux.display("#{pane_title}")
        tmux.run("\(TmuxSession.quote(Self.byline)) \(TmuxSession.quote(folder.path)); echo \"[exit $?]\"")
        tmux.waitFor { $0.contains("Reports · reports (1)") && isListRow($0.row(1)) }
        tmux.keys("Enter")
        let screen = tmux.waitFor("▶ Reader · ")
        #expect(screen.contains("Summit notes␛]0;pwned␇"))
        #expect(screen.contains("Delegates met in Geneva.␛[2J␛[31m The lake is shrinking.␛]52;c;aGVsbG8=␇"))
        #expect(tmux.display("#{pane_title}") == title)
        _ = quit(tmux)
    }

    @Test func resizingReWrapsTheReportAndKeepsTheFirstVisibleLine() throws {
        let tmux = try open(width: 120, height: 24)
        tmux.openEnvoyReport()
        tmux.type("O")
        var screen = tmux.waitFor("▶ Reader · UN water envoy tours shrinking Lake Balkhash  ")
        // Scroll until a paragraph starts the page.
        for _ in 0..<20 where !screen.row(1).hasPrefix("Okafor, a Nigerian") {
            tmux.type("j")
            screen = tmux.waitFor(timeout: 1) { _ in true }
        }
        #expect(screen.row(1).hasPrefix("Okafor, a Nigerian lawyer who took up the post in 2022, spent the morning"))
        tmux.resize(width: 50, height: 24)
        screen = tmux.waitFor { $0.row(0).count <= 50 }
        #expect(screen.row(1) == "Okafor, a Nigerian lawyer who took up the post in")
        tmux.resize(width: 90, height: 20)
        screen = tmux.waitFor { $0.row(0).count > 50 }
        #expect(screen.row(1).hasPrefix("Okafor, a Nigerian lawyer who took up the post in 2022,"))
        _ = quit(tmux)
    }

    @Test func noColorDrawsNoColourButKeepsReverseAndBold() throws {
        let plain = try open(environment: ["NO_COLOR": "1"])
        let escapes = plain.capture(escapes: true)
        #expect(colourParameters(in: escapes).isEmpty)
        #expect(escapes.contains("\u{1B}[7m") || escapes.contains(";7m"))
        _ = quit(plain)
        let coloured = try open()
        #expect(!colourParameters(in: coloured.capture(escapes: true)).isEmpty)
        _ = quit(coloured)
        let forced = try open("--color always", environment: ["NO_COLOR": "1"])
        #expect(!colourParameters(in: forced.capture(escapes: true)).isEmpty)
        _ = quit(forced)
    }

    /// The SGR parameters that set a colour (30–38, 40–48, 90–97, 100–107).
    func colourParameters(in text: String) -> [String] {
        var found: [String] = []
        for match in text.components(separatedBy: "\u{1B}[").dropFirst() {
            guard let end = match.firstIndex(of: "m") else { continue }
            for p in match[..<end].split(separator: ";") {
                guard let n = Int(p) else { continue }
                if (30...38).contains(n) || (40...48).contains(n) || (90...97).contains(n) || (100...107).contains(n) {
                    found.append(String(p))
                }
            }
        }
        return found
    }

    @Test func theMouseWorksWhenTheConfigTurnsItOnAndIsOffAgainAfterQuitting() throws {
        let tmux = try TmuxSession(width: 120, height: 30)
        let config = tmux.home.appendingPathComponent("config/byline")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        try "# written by the test\nset mouse on\n".write(to: config.appendingPathComponent("config"), atomically: true, encoding: .utf8)
        tmux.run("\(TmuxSession.quote(Self.byline)); echo \"[exit $?]\"")
        var screen = tmux.waitFor { $0.contains("Reports · ") && isListRow($0.row(1)) }
        #expect(tmux.modes == "1 0 1 1")
        let fourth = String(screen.row(4).dropFirst(12).prefix(20))
        // The bytes a terminal sends for the wheel turned down over row 3 (X10 mouse encoding).
        _ = try tmux.tmux("send-keys -t 0 -H 1b 5b 4d 61 26 24")
        screen = tmux.waitFor { $0.row(0).contains("Reader · \(fourth)") }
        #expect(screen.row(0).contains("Reader · \(fourth)"))
        tmux.keys("C-c")
        #expect(tmux.waitForExit() == "[exit 130]")
        #expect(tmux.modes == "0 1 0 0")
    }

    @Test func ctrlCQuitsAtOnceAndRestoresTheTerminal() throws {
        let tmux = try open()
        tmux.keys("C-c")
        #expect(tmux.waitForExit() == "[exit 130]")
        #expect(tmux.modes == "0 1 0 0")
    }

    @Test func sigtermAndSighupRestoreTheTerminal() throws {
        for (signal, status) in [("TERM", 143), ("HUP", 129)] {
            let tmux = try open()
            let pid = try #require(tmux.foregroundPID)
            #expect(system("kill -\(signal) \(pid)") == 0)
            #expect(tmux.waitForExit() == "[exit \(status)]")
            #expect(tmux.modes == "0 1 0 0", "after SIG\(signal)")
        }
    }

    @Test func aCrashPutsTheTerminalBackBeforeTheProcessDies() throws {
        // SIGSEGV from outside takes the same path as a bad pointer or a Swift trap inside.
        let tmux = try open(environment: ["SWIFT_BACKTRACE": "enable=no"])
        let pid = try #require(tmux.foregroundPID)
        #expect(system("kill -SEGV \(pid)") == 0)
        #expect(tmux.waitForExit() == "[exit 139]")
        #expect(tmux.modes == "0 1 0 0")
        tmux.run("stty -a | tr ' ' '\\n' | grep -x -e icanon -e echo -e -icanon -e -echo | tr '\\n' ' '")
        #expect(tmux.waitFor("icanon echo").contains("\nicanon echo"))
    }

    @Test func ctrlZSuspendsToTheShellAndFgRedrawsAtTheNewSize() throws {
        let tmux = try open(width: 120, height: 30)
        tmux.keys("C-z")
        tmux.waitFor("Stopped")
        #expect(tmux.modes == "0 1 0 0")
        tmux.resize(width: 80, height: 24)
        tmux.run("fg")
        let screen = tmux.waitFor("▶ Reports · Articles (")
        #expect(tmux.modes.hasPrefix("1 0"))
        #expect(screen.row(0).count <= 80)
        #expect(screen.row(23).hasPrefix(" ? help"))
        #expect(quit(tmux).modes == "0 1 0 0")
    }

    @Test func withoutATerminalTheListIsPrintedInstead() throws {
        let tmux = try TmuxSession(width: 120, height: 40)
        tmux.run("\(TmuxSession.quote(Self.byline)) | head -3; echo \"[exit ${PIPESTATUS[0]}]\"")
        #expect(tmux.waitForExit() == "[exit 3]")
        var screen = tmux.capture()
        #expect(screen.split(separator: "\n").filter { isListRow(String($0)) }.count == 3)
        #expect(screen.contains("byline: standard output is not a terminal, so the reader did not start"))
        #expect(tmux.modes == "0 1 0 0")
        for (term, reason) in [("dumb", "TERM=dumb cannot move the cursor"), ("no-such-terminal", "unknown terminal type TERM=no-such-terminal")] {
            // stdout stays the terminal; stderr goes to a file shown afterwards.
            tmux.run("clear; TERM=\(term) \(TmuxSession.quote(Self.byline)) 2>\"$HOME/err\" >/dev/tty; s=$?; clear; cat \"$HOME/err\"; echo \"[exit $s]\"")
            #expect(tmux.waitForExit() == "[exit 3]")
            screen = tmux.capture()
            #expect(screen.contains("byline: \(reason), so the reader did not start; printed the report list instead"))
        }
    }

    @Test func theSmallestSizesNeverCrash() throws {
        let tmux = try open(width: 20, height: 5)
        // As much of the first title as fits: no date column at this width.
        #expect(tmux.capture().row(0) == "▶ Reports · Article…")
        #expect(tmux.capture().row(1) == "First Gulf Meridian…")
        tmux.resize(width: 19, height: 5)
        #expect(tmux.waitFor("terminal too small").row(0) == "terminal too small")
        // At 1×1 ncurses cannot draw the one cell (it is the bottom-right corner); it must not crash.
        tmux.resize(width: 1, height: 1)
        tmux.waitFor(timeout: 1) { _ in true }
        tmux.resize(width: 200, height: 60)
        let screen = tmux.waitFor("▶ Reports · Articles (")
        #expect(screen.row(59).hasPrefix(" ? help"))
        #expect(quit(tmux).exit == "[exit 0]")
    }
}
