import BylineUI
import Foundation

/// Runs `$BROWSER` (or, without it, `xdg-open`) and pipe commands through `/bin/sh`, in the
/// foreground on the terminal.
final class ProcessRunner: ExternalRunner {
    private let environment: [String: String]

    init(environment: [String: String]) {
        self.environment = environment
    }

    func openURL(_ url: String) -> String? {
        guard let browser = environment["BROWSER"], !browser.isEmpty else {
            guard system("command -v xdg-open >/dev/null 2>&1") == 0 else {
                return "Set $BROWSER (or install xdg-open) to open links; the address is \(url) (y copies it)"
            }
            let status = system("xdg-open \(quote(url)) >/dev/null 2>&1")
            return status == 0 ? nil : "xdg-open could not open \(url); set $BROWSER to choose a browser (y copies the address)"
        }
        // $BROWSER may list several commands separated by colons and use %s for the address.
        for command in browser.split(separator: ":").map(String.init) {
            let line = command.contains("%s") ? command.replacingOccurrences(of: "%s", with: quote(url)) : command + " " + quote(url)
            if system(line) == 0 { return nil }
        }
        return "$BROWSER (\(browser)) could not open \(url)"
    }

    func pipe(_ text: String, to command: String) -> String? {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("byline-pipe-\(getpid()).txt")
        do {
            try text.write(to: file, atomically: true, encoding: .utf8)
        } catch {
            return "Cannot write a temporary file for the pipe: \(error.localizedDescription)"
        }
        defer { try? FileManager.default.removeItem(at: file) }
        let status = system("(\(command)) < \(quote(file.path))")
        FileHandle.standardOutput.write(Data("\n[byline] Press Enter to return to the reader ".utf8))
        _ = readLine()
        let code = status >> 8
        return code == 0 ? nil : "\(command) exited with status \(code)"
    }

    /// `text` in single quotes for the shell.
    private func quote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
