import BylineTestSupport
import Foundation
import Testing

/// Issue 20 in the real binary: keys terminals can tell apart, a report deleted under the
/// reader, moving through search results while typing, the list's layout and order, side panes,
/// history, the filter, search terms that do not stick, and copying through OSC 52.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct DailyUseEndToEndTests {
    static let byline = BinaryLocator.binary

    /// Three short reports: titles sort differently from dates, one has no source address.
    static let reports: [(String, String)] = [
        ("harbour.txt", """
        June 3, 2024

        Harbour talks resume in Rotterdam

        ROTTERDAM – Mayor Marianne de Graaf said on Monday that talks with the dockworkers would resume. “We will find a deal,” de Graaf said.

        https://example.org/harbour-talks
        """),
        ("delft.txt", """
        May 20, 2024

        Delft study warns of faster sea-level rise

        DELFT – Dr Ingrid van der Berg of Delft University of Technology said the city must raise its dikes sooner. Rising water will reach the harbour first, she said.

        https://example.org/delft-study
        """),
        ("almaty.txt", """
        April 2, 2024

        Almaty farmers protest water limits

        ALMATY – Farmers near Lake Balkhash said on Tuesday that Energy Minister Dmitri Volkov must act on water limits.

        Source link
        """),
    ]

    /// The reader on a fresh folder of `reports` (or `files`), first screen up and the indexing
    /// summary cleared.
    func open(width: Int = 120, height: Int = 30, files: [(String, String)] = reports, config: String? = nil) throws -> (TmuxSession, URL) {
        let tmux = try TmuxSession(width: width, height: height)
        let folder = try tmux.writeReports(files)
        if let config {
            let dir = tmux.home.appendingPathComponent("config/byline")
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            try config.write(to: dir.appendingPathComponent("config"), atomically: true, encoding: .utf8)
        }
        tmux.startReader(TmuxSession.quote(folder.path)) { $0.contains("Reports · reports (\(files.count)") }
        return (tmux, folder)
    }

    func quit(_ tmux: TmuxSession) -> String {
        tmux.keys("Q")
        return tmux.waitForExit()
    }

    @Test func forwardIsLOrRightNotTabWhichTerminalsSendForCtrlI() throws {
        let (tmux, _) = try open()
        tmux.keys("Enter")
        tmux.waitFor("▶ Reader · Harbour talks resume")
        tmux.keys("q")
        tmux.waitFor("▶ Reports · reports")
        tmux.keys("Tab")
        var screen = tmux.waitFor("Tab does nothing here")
        #expect(screen.row(0).hasPrefix("▶ Reports · reports"))
        tmux.keys("Right")
        screen = tmux.waitFor("▶ Reader · Harbour talks resume")
        tmux.keys("h")
        tmux.waitFor("▶ Reports · reports")
        tmux.keys("?")
        screen = tmux.waitFor("Help · keys and actions")
        #expect(screen.contains(" l Right            forward"))
        #expect(!screen.contains("Ctrl-I"))
        #expect(quit(tmux) == "[exit 0]")
    }

    @Test func aReportDeletedUnderTheReaderIsSaidToBeGoneAndItsNeighbourShows() throws {
        let (tmux, folder) = try open()
        tmux.keys("j", "Enter")
        tmux.waitFor("▶ Reader · Delft study warns")
        try FileManager.default.removeItem(at: folder.appendingPathComponent("delft.txt"))
        tmux.keys("R")
        let screen = tmux.waitFor("is no longer in the folder")
        #expect(screen.contains("“Delft study warns of faster sea-level rise” is no longer in the folder (deleted or moved); showing the next report"))
        #expect(screen.row(0).contains("Reader · Almaty farmers protest water limits"))
        #expect(!screen.contains("raise its dikes"))
        #expect(screen.row(0).contains("Reports · reports (2)"))
        #expect(quit(tmux) == "[exit 0]")
    }

    @Test func downAndUpMoveThroughResultsWhileTypingAndEnterOpensTheSelectedOne() throws {
        let (tmux, _) = try open()
        tmux.keys("S")
        tmux.type("water")
        var screen = tmux.waitFor("2. ")
        #expect(screen.contains("Search corpus: water"))
        tmux.keys("Down")
        screen = tmux.waitFor { $0.contains("2/") && $0.contains("Search corpus: water") }
        let second = screen.split(separator: "\n").first { $0.contains("2. 2024-") }.map(String.init) ?? ""
        let title = second.components(separatedBy: "  ").dropFirst().first.map { String($0.prefix(20)) } ?? "?"
        tmux.keys("C-p", "C-n")
        tmux.waitFor("Search corpus: water")
        tmux.keys("Enter")
        screen = tmux.waitFor("▶ Reader · ")
        #expect(screen.row(0).contains("▶ Reader · " + title))
        // One q leads back to the list the search started from, not to the results first.
        tmux.keys("q")
        screen = tmux.waitFor("▶ Reports · reports")
        #expect(screen.row(0).hasPrefix("▶ Reports · reports (3)"))
        #expect(quit(tmux) == "[exit 0]")
    }

    @Test func aWideTerminalShowsWholeTitlesAndKeepsTheTextToAReadingWidth() throws {
        let (tmux, _) = try open(width: 200, height: 20)
        var screen = tmux.capture()
        #expect(screen.row(1).hasPrefix("2024-06-03  Harbour talks resume in Rotterdam "))
        #expect(screen.row(2).hasPrefix("2024-05-20  Delft study warns of faster sea-level rise "))
        let reader = screen.split(separator: "\n").compactMap { line -> String? in
            guard let bar = line.firstIndex(of: "│") else { return nil }
            return String(line[line.index(after: bar)...])
        }
        #expect(reader.allSatisfy { $0.trimmingCharacters(in: .whitespaces).count <= 76 })
        #expect(reader.contains { $0.hasPrefix("ROTTERDAM – Mayor Marianne de Graaf") })
        tmux.type(":set reading-width 40")
        tmux.keys("Enter")
        screen = tmux.waitFor("at 40 columns at most")
        #expect(screen.contains("│ROTTERDAM – Mayor Marianne de Graaf said\n") || screen.contains("│ROTTERDAM – Mayor Marianne de Graaf\n"))
        #expect(quit(tmux) == "[exit 0]")
    }

    @Test func aFolderWithoutDatesHasNoDateColumnAndIsSortedByTitle() throws {
        let files = [("b.txt", "Zebra crossings return to Delft\n\nThe city council voted on Monday to paint the crossings again.\n"),
                     ("a.txt", "Almaty opens a new reservoir\n\nThe reservoir holds water for the dry months.\n")]
        let (tmux, _) = try open(files: files)
        let screen = tmux.capture()
        #expect(screen.row(0).hasPrefix("▶ Reports · reports (2, no dates)"))
        #expect(screen.row(0).contains("by title"))
        #expect(screen.row(1).hasPrefix("Almaty opens a new reservoir"))
        #expect(screen.row(2).hasPrefix("Zebra crossings return to Delft"))
        #expect(quit(tmux) == "[exit 0]")
    }

    @Test func tSortsByTheNextKeyTReversesAndTheConfigSetsTheOrder() throws {
        let (tmux, _) = try open()
        tmux.keys("t")
        var screen = tmux.waitFor("Sorted: by title")
        #expect(screen.row(0).contains("by title"))
        #expect(screen.row(1).contains("Almaty farmers protest"))
        #expect(screen.row(3).contains("Harbour talks resume"))
        tmux.keys("T")
        screen = tmux.waitFor("Sorted: title Z-A")
        #expect(screen.row(1).contains("Harbour talks resume"))
        tmux.type(":sort date reverse")
        tmux.keys("Enter")
        screen = tmux.waitFor("Sorted: oldest first")
        #expect(screen.row(1).hasPrefix("2024-04-02  Almaty farmers"))
        #expect(quit(tmux) == "[exit 0]")

        let (configured, _) = try open(config: "set sort title reverse\n")
        screen = configured.capture()
        #expect(screen.row(0).contains("title Z-A"))
        #expect(screen.row(1).contains("Harbour talks resume"))
        #expect(screen.row(0).contains("Reader · Harbour talks resume"))
        #expect(quit(configured) == "[exit 0]")
    }

    @Test func sidePanesReplaceOneAnotherBesideTheReport() throws {
        let (tmux, _) = try open()
        tmux.keys("Enter")
        tmux.waitFor("▶ Reader · Harbour talks resume")
        tmux.type("c")
        tmux.waitFor("▶ Captions · ")
        tmux.type("=")
        var screen = tmux.waitFor("▶ Sources · ")
        #expect(screen.row(0).hasPrefix("  Reader · Harbour talks resume"))
        tmux.type("P")
        screen = tmux.waitFor("▶ People and entities · ")
        #expect(screen.row(0).hasPrefix("  Reader · Harbour talks resume"))
        tmux.type("q")
        screen = tmux.waitFor("▶ Reader · Harbour talks resume")
        #expect(screen.row(0).hasPrefix("  Reports · reports"))
        #expect(quit(tmux) == "[exit 0]")
    }

    @Test(.enabled(if: ReaderEndToEndTests.entitiesAreRecognised, "entity recognition is not on this branch"))
    func theFilterMatchesPeopleNamedInAReportAndItsFileName() throws {
        let (tmux, _) = try open()
        tmux.type("&van der berg")
        var screen = tmux.waitFor("filter: van der berg")
        #expect(screen.row(0).contains("(1 of 3, filt"))
        #expect(screen.row(1).contains("Delft study warns"))
        tmux.keys("C-u")
        tmux.type("almaty.txt")
        screen = tmux.waitFor("filter: almaty.txt")
        #expect(screen.row(1).contains("Almaty farmers protest"))
        tmux.keys("Enter")
        #expect(quit(tmux) == "[exit 0]")
    }

    @Test func aSearchTermIsNotShownOnReportsOpenedAfterwards() throws {
        let (tmux, _) = try open()
        tmux.keys("S")
        tmux.type("water")
        tmux.waitFor("1. ")
        tmux.keys("Enter")
        var screen = tmux.waitFor("▶ Reader · ")
        #expect(screen.row(0).range(of: #"/ \d+/\d+"#, options: .regularExpression) != nil)
        tmux.keys("/")
        tmux.type("water")
        tmux.keys("Enter")
        tmux.keys("K")   // the first result is the oldest report; K opens the one before it in the list
        screen = tmux.waitFor { $0.row(0).contains("▶ Reader · Delft") && !$0.contains("/water") }
        let reader = screen.row(0).components(separatedBy: "▶ Reader · ").last ?? ""
        #expect(!reader.contains("/ "))
        #expect(quit(tmux) == "[exit 0]")
    }

    @Test func yCopiesTheSourceAddressThroughOSC52() throws {
        let (tmux, _) = try open()
        _ = try tmux.tmux("set-option -g set-clipboard on")
        tmux.keys("y")
        var screen = tmux.waitFor("to the clipboard")
        #expect(screen.contains(" Copied https://example.org/harbour-talks to the clipboard"))
        #expect((try? tmux.tmux("show-buffer")) == "https://example.org/harbour-talks")
        tmux.keys("j", "j", "y")
        screen = tmux.waitFor("no source link to copy")
        #expect(screen.contains("This report has no source link to copy (it says only “Source link”)"))
        #expect((try? tmux.tmux("show-buffer")) == "https://example.org/harbour-talks")
        #expect(quit(tmux) == "[exit 0]")
    }
}
