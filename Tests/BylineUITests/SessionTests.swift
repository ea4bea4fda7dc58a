import BylineCore
import Foundation
import Testing
@testable import BylineUI

/// The run loop with a headless terminal: input in, frames and reactions out.
@Suite struct SessionTests {
    final class Runner: ExternalRunner {
        var opened: [String] = []
        var piped: [(String, String)] = []
        func openURL(_ url: String) -> String? { opened.append(url); return nil }
        func pipe(_ text: String, to command: String) -> String? { piped.append((command, text)); return "\(command) exited with status 1" }
    }

    func session(_ terminal: HeadlessTerminal, runner: Runner = Runner()) -> ReaderSession {
        let store = Fixtures.store()
        let state = AppState(summaries: try! store.summaries(), corpusName: "Articles", width: terminal.size.width, height: terminal.size.height)
        return ReaderSession(state: state, backend: terminal, corpus: FixedCorpus(store: store), runner: runner, clock: { 0 })
    }

    @Test func keysAreHandledUntilQuitAndTheLastFrameIsDrawn() {
        let terminal = HeadlessTerminal(width: 80, height: 12)
        terminal.type("jj")
        terminal.quitWhenEmpty = false
        terminal.type("q")
        let s = session(terminal)
        #expect(s.run() == .quit)
        #expect(s.state.list.cursor.selected == 2)
        #expect(terminal.frames == 1)   // typed-ahead keys are handled before drawing again
    }

    @Test func aSignalEndsTheSessionWithItsNumber() {
        let terminal = HeadlessTerminal(width: 80, height: 12)
        terminal.queue = [.input(.key(.char("j"))), .signal(.quit(number: 15))]
        #expect(session(terminal).run() == .signal(15))
    }

    @Test func onlyChangedCellsAreWrittenAfterTheFirstFrame() {
        let terminal = HeadlessTerminal(width: 80, height: 12)
        let s = session(terminal)
        s.drawFrame()
        #expect(terminal.cellsWritten == 80 * 12)
        s.send(.key(.char("Z")))   // unbound: only the status line changes
        s.drawFrame()
        #expect(terminal.cellsWritten > 0 && terminal.cellsWritten <= 80)
    }

    @Test func suspendingRedrawsEverythingOnReturnAtTheNewSize() {
        let terminal = HeadlessTerminal(width: 80, height: 12)
        terminal.queue = [.signal(.suspend)]
        let s = session(terminal)
        s.drawFrame()
        terminal.size = (100, 20)       // the terminal was resized while stopped
        _ = s.run()
        #expect(terminal.suspensions == 1)
        #expect(s.state.width == 100 && s.state.height == 20)
        #expect(terminal.screen.width == 100)
    }

    @Test func savingWritesTheReportAndNeverOverwrites() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("byline-save-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("geneva.txt").path
        let terminal = HeadlessTerminal(width: 80, height: 12)
        let s = session(terminal)
        s.send(.key(.char(":")))
        for c in "save \(path)" { s.send(.key(.char(c))) }
        s.send(.key(.enter))
        #expect(s.state.status?.text == "Saved to \(path)")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == ArticleTextRenderer(width: nil).render(Fixtures.geneva1))
        s.send(.key(.char(":")))
        for c in "save \(path)" { s.send(.key(.char(c))) }
        s.send(.key(.enter))
        #expect(s.state.status == .error("\(path) already exists; choose another name (s)"))
    }

    @Test func browserAndPipeRunThroughTheRunnerAndReportProblems() {
        let terminal = HeadlessTerminal(width: 80, height: 12)
        let runner = Runner()
        let s = session(terminal, runner: runner)
        s.send(.key(.char("o")))
        #expect(runner.opened == ["https://example.org/geneva-summit"])
        #expect(s.state.status?.text == "Opened https://example.org/geneva-summit")
        s.send(.key(.char("|")))
        for c in "false" { s.send(.key(.char(c))) }
        s.send(.key(.enter))
        #expect(runner.piped.map(\.0) == ["false"])
        #expect(s.state.status == .error("false exited with status 1"))
    }

    @Test func theMouseIsSwitchedOnlyWhenAsked() {
        let terminal = HeadlessTerminal(width: 80, height: 12)
        terminal.type(":set mouse on")
        terminal.press(.enter)
        _ = session(terminal).run()
        #expect(terminal.mouseEnabled)
    }
}
