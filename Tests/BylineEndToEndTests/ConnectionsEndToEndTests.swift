import BylineTestSupport
import Foundation
import Testing

/// Issue 18 in the real binary: an entity's connections and timeline opened from its page,
/// a connection's shared reports and a bar's reports; read, starred and noted reports set,
/// filtered, kept across runs and exported by `byline marks`.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct ConnectionsEndToEndTests {
    static let articles = BinaryLocator.packageRoot.appendingPathComponent("Articles").path

    @Test(.enabled(if: ReaderEndToEndTests.entitiesAreRecognised, "entity recognition is not on this branch"))
    func aConnectionAndATimelineBarEachListTheirReports() throws {
        let tmux = try TmuxSession.reader(TmuxSession.quote(Self.articles), width: 120, height: 32)
        var screen = tmux.openOkaforFromEnvoyReport()
        #expect(screen.contains("By month: "))
        tmux.type("w")
        screen = tmux.waitFor("▶ With · Amara Okafor")
        #expect(screen.contains("Timeline by month, "))
        #expect(screen.contains("Named in the same report (best first; t: the same sentence)"))
        // The first connection is selected: Enter lists the reports naming both.
        tmux.keys("Enter")
        screen = tmux.waitFor("▶ Together · Amara Okafor & ")
        #expect(screen.row(0).contains("report 1/"))
        #expect(screen.row(0).contains("│  Reader · "))
        tmux.keys("q")
        tmux.waitFor("▶ With · Amara Okafor")
        tmux.type("t")
        screen = tmux.waitFor("Named in the same sentence (best first; t: the same report)")
        #expect(screen.contains("same sentence"))
        // < selects the timeline (at its latest month with reports); Enter lists that month's reports.
        tmux.type("<")
        screen = tmux.waitFor { $0.contains(" naming Amara Okafor") }
        let month = try #require(screen.row(31).range(of: #"\d{4}-\d{2}"#, options: .regularExpression).map { String(screen.row(31)[$0]) })
        tmux.keys("Enter")
        screen = tmux.waitFor("▶ \(month) · Amara Okafor")
        #expect(screen.row(1).hasPrefix(month))
        tmux.keys("Q")
        #expect(tmux.waitForExit() == "[exit 0]")
    }

    @Test(.enabled(if: ReaderEndToEndTests.entitiesAreRecognised, "entity recognition is not on this branch"))
    func aClickOnATimelineBarListsThatMonthsReports() throws {
        let tmux = try TmuxSession(width: 120, height: 32)
        let config = tmux.home.appendingPathComponent("config/byline")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        try "# written by the test\nset mouse on\n".write(to: config.appendingPathComponent("config"), atomically: true, encoding: .utf8)
        tmux.startReader(TmuxSession.quote(Self.articles))
        #expect(tmux.modes.hasSuffix(" 1"), "the reader asks the terminal for mouse reports")
        tmux.openOkaforFromEnvoyReport()
        tmux.type("w")
        let screen = tmux.waitFor("▶ With · Amara Okafor")
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let head = try #require(rows.firstIndex { $0.contains("Timeline by month, ") })
        let heading = rows[head]
        // The pane's first column, and in the bar row below, the first bar with reports.
        let left = heading.distance(from: heading.startIndex, to: try #require(heading.range(of: "Timeline by month, ")).lowerBound)
        let bars = Array(rows[head + 1].dropFirst(left + 1))
        let first = try #require(bars.firstIndex { $0 != "·" && $0 != " " })
        let periods = try #require(heading.range(of: #"\d{4}-\d{2}"#, options: .regularExpression))
        let (year, month) = (Int(heading[periods].prefix(4))!, Int(heading[periods].suffix(2))!)
        let months = year * 12 + month - 1 + first
        let period = String(format: "%04d-%02d", months / 12, months % 12 + 1)
        // A press and a release of the left button on that bar, as a terminal sends them (X10 encoding).
        func byte(_ n: Int) -> String { String(format: "%02x", 32 + n) }
        let (x, y) = (left + 1 + first + 1, head + 1 + 1)
        _ = try tmux.tmux("send-keys -t 0 -H 1b 5b 4d \(byte(0)) \(byte(x)) \(byte(y)) 1b 5b 4d \(byte(3)) \(byte(x)) \(byte(y))")
        let listed = tmux.waitFor("\(period) · Amara Okafor")
        #expect(listed.contains("\(period) · Amara Okafor"))
        #expect(listed.contains(" \(period): "), "the clicked bar is the selected one")
        // The month's reports are listed, each dated in it.
        let reports = listed.split(separator: "\n").filter { $0.contains("\(period)-") && $0.range(of: #"\d{4}-\d{2}-\d{2}  "#, options: .regularExpression) != nil }
        #expect(!reports.isEmpty)
        tmux.keys("Q")
        #expect(tmux.waitForExit() == "[exit 0]")
    }

    @Test func marksAreSetFilteredKeptAcrossRunsAndExported() throws {
        let tmux = try TmuxSession(width: 120, height: 24)
        let folder = try tmux.writeReports(DailyUseEndToEndTests.reports)
        tmux.startReader(TmuxSession.quote(folder.path)) { $0.contains("Reports · reports (3)") }
        var screen = tmux.waitFor("Reports · reports (3) 3 unread")
        #expect(screen.contains("Reports · reports (3) 3 unread"))
        // Opening the newest report reads it; q comes back to the list.
        tmux.keys("Enter")
        tmux.waitFor("▶ Reader · Harbour talks resume")
        tmux.keys("q")
        screen = tmux.waitFor("▶ Reports · reports (3) 2 unread")
        #expect(screen.contains("▶ Reports · reports (3) 2 unread"))
        // F stars the second; a writes a note on it.
        tmux.type("jF")
        screen = tmux.waitFor("★ Delft study warns")
        #expect(screen.contains("★ Delft study warns"))
        tmux.type("a")
        #expect(tmux.waitFor("\nNote:").contains("\nNote:"))  // the prompt on the bottom row
        tmux.type("ask the university for the data")
        tmux.keys("Enter")
        #expect(tmux.waitFor("Note saved").contains("Note saved"))
        tmux.type("&is:starred")
        tmux.keys("Enter")
        screen = tmux.waitFor("(1 of 3, filter: is:starred)")
        #expect(screen.row(1).contains("★ Delft study warns"))
        tmux.keys("Q")
        #expect(tmux.waitForExit() == "[exit 0]")

        // The next run finds them in the state folder, not in the reports folder.
        tmux.run("clear")
        tmux.run("\(TmuxSession.quote(BinaryLocator.binary)) \(TmuxSession.quote(folder.path)); echo \"[exit $?]\"")
        screen = tmux.waitFor("▶ Reports · reports (3) 2 unread")
        #expect(screen.contains("★ Delft study warns"))
        tmux.type(":sort starred")
        tmux.keys("Enter")
        screen = tmux.waitFor("starred first")
        #expect(screen.row(1).contains("★ Delft study warns"))
        tmux.keys("Q")
        #expect(tmux.waitForExit() == "[exit 0]")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["almaty.txt", "delft.txt", "harbour.txt"])
        let state = tmux.home.appendingPathComponent("state/byline/marks.sqlite").path
        #expect(FileManager.default.fileExists(atPath: state))

        let run = try runByline(["marks", "--dir", folder.path, "--json"], environment: [
            "HOME": tmux.home.path, "XDG_CACHE_HOME": tmux.home.appendingPathComponent("cache").path,
            "XDG_STATE_HOME": tmux.home.appendingPathComponent("state").path,
        ])
        #expect(run.status == 0)
        #expect(run.out.contains(#""title":"Delft study warns of faster sea-level rise""#))
        #expect(run.out.contains(#""starred":true"#))
        #expect(run.out.contains(#""note":"ask the university for the data""#))
        #expect(run.out.contains(#""title":"Harbour talks resume in Rotterdam""#))
    }
}
