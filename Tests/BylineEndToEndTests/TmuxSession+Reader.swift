import BylineTestSupport
import Foundation

extension TmuxSession {
    /// Starts `byline ARGUMENTS` in a fresh tmux server and waits until the folder is indexed
    /// and `ready` holds; Esc then clears the indexing summary. The shell's `[exit N]` line
    /// follows the reader when it quits.
    static func reader(_ arguments: String, width: Int, height: Int, environment: [String: String] = [:],
                       ready: (String) -> Bool = { _ in true }) throws -> TmuxSession {
        let tmux = try TmuxSession(width: width, height: height, environment: environment)
        tmux.startReader(arguments, ready: ready)
        return tmux
    }

    /// Runs the reader again in this session (the same HOME, so the same index and marks).
    func startReader(_ arguments: String, ready: (String) -> Bool = { _ in true }) {
        run("\(Self.quote(BinaryLocator.binary)) \(arguments); echo \"[exit $?]\"")
        waitFor { $0.contains("Reports · ") && $0.contains(" indexed: ") && ready($0) }
        keys("Escape")
        waitFor { !$0.contains(" indexed: ") }
    }

    /// From the list of the bundled reports, filters to the UN envoy's tour of Lake Balkhash
    /// and opens it.
    func openEnvoyReport() {
        type("&envoy tours")
        keys("Enter", "Enter")
        waitFor("▶ Reader · UN water envoy tours")
    }

    /// Opens the envoy's report, then the entity page of the first person it names, Amara
    /// Okafor; gives the screen showing that page.
    @discardableResult
    func openOkaforFromEnvoyReport() -> String {
        openEnvoyReport()
        type("]p")
        keys("Enter")
        return waitFor("▶ Entity · Amara Okafor")
    }

    /// A folder `reports` in the session's HOME holding `files` (name, text).
    func writeReports(_ files: [(String, String)]) throws -> URL {
        let folder = home.appendingPathComponent("reports")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return folder
    }
}
