import BylineTestSupport
import Foundation
import Testing

/// The command line as installed and as mistyped (issue 20): the default folder found beside
/// the binary or under `share/byline/`, a clear line when it is nowhere, nothing written to the
/// cache for a missing folder, and the man page from the help texts.
@Suite struct InstalledLayoutTests {
    /// A scratch folder removed when the test ends.
    final class Scratch {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("byline-install-\(UUID().uuidString)")
        init() throws { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
        deinit { try? FileManager.default.removeItem(at: url) }

        /// A copy of the built binary at `relative` (copied: a link would lead back to the build).
        ///
        /// `cp` writes the copy in a process of its own. Copied from this one, the file would be
        /// open for writing while parallel tests start processes; a child that inherits that
        /// descriptor keeps the copy busy, and starting it fails with "Text file busy".
        func installBinary(at relative: String) throws -> String {
            let target = url.appendingPathComponent(relative)
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            let copy = try runProgram("/bin/cp", [BinaryLocator.binary, target.path])
            guard copy.status == 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: copy.err]) }
            return target.path
        }

        func writeReport(in folder: String) throws {
            let dir = url.appendingPathComponent(folder)
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            try "2024-06-10\n\nGeneva summit opens\n\nDelegates met in Geneva on Monday.\n"
                .write(to: dir.appendingPathComponent("summit.txt"), atomically: true, encoding: .utf8)
        }
    }

    /// Runs `executable` in `folder` with its own cache, and returns (status, stdout, stderr).
    func run(_ executable: String, _ arguments: [String], in folder: URL, cache: URL) throws -> (status: Int32, out: String, err: String) {
        try runProgram("/usr/bin/env", ["-C", folder.path, "XDG_CACHE_HOME=\(cache.path)", executable] + arguments)
    }

    @Test func theSamplesAreFoundUnderShareBylineOfTheInstallPrefix() throws {
        let scratch = try Scratch()
        let binary = try scratch.installBinary(at: "prefix/bin/byline")
        try scratch.writeReport(in: "prefix/share/byline/Articles")
        let elsewhere = scratch.url.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        let result = try run(binary, ["search", "geneva"], in: elsewhere, cache: scratch.url.appendingPathComponent("cache"))
        #expect(result.status == 0)
        #expect(result.out.contains("Geneva summit opens"))
    }

    @Test func theSamplesAreFoundBesideTheBinary() throws {
        let scratch = try Scratch()
        let binary = try scratch.installBinary(at: "opt/byline/byline")
        try scratch.writeReport(in: "opt/byline/Articles")
        let result = try run(binary, ["index", "--json"], in: scratch.url, cache: scratch.url.appendingPathComponent("cache"))
        #expect(result.status == 0)
        #expect(result.out.contains(scratch.url.appendingPathComponent("opt/byline/Articles").path))
    }

    @Test func withoutSamplesByLineSaysWhereItLooked() throws {
        let scratch = try Scratch()
        let binary = try scratch.installBinary(at: "bin/byline")
        let cache = scratch.url.appendingPathComponent("cache")
        for arguments in [["people"], []] {
            let result = try run(binary, arguments, in: scratch.url, cache: cache)
            #expect(result.status == 1)
            let bin = scratch.url.appendingPathComponent("bin").path
            #expect(result.err == "byline: no folder was named and the bundled Articles/ is not installed; looked in \(bin)/Articles, "
                    + "\(scratch.url.path)/share/byline/Articles, \(scratch.url.path)/Articles. Name a folder of reports (byline DIR, or --dir DIR)\n")
        }
        #expect(!FileManager.default.fileExists(atPath: cache.path))
    }

    @Test func aMissingDirWritesNothingToTheCacheFolder() throws {
        let scratch = try Scratch()
        let cache = scratch.url.appendingPathComponent("cache")
        for command in ["search", "people"] {
            let arguments = command == "search" ? ["search", "water", "--dir", "/nonexistent/reports"] : ["people", "--dir", "/nonexistent/reports"]
            let result = try run(BinaryLocator.binary, arguments, in: scratch.url, cache: cache)
            #expect(result.status == 1)
            #expect(result.out.isEmpty)
            #expect(result.err == "byline: /nonexistent/reports: no such folder (--dir names the folder of reports)\n")
        }
        #expect(!FileManager.default.fileExists(atPath: cache.path))
    }

    @Test func theManPageIsBuiltFromTheHelpOfEveryCommandAndTheKeyTable() throws {
        let result = try runByline(["generate-manual"])
        #expect(result.status == 0)
        let page = result.out
        #expect(page.hasPrefix(".TH BYLINE 1 "))
        for command in ["show", "entities", "index", "search", "people", "person"] {
            #expect(page.contains(".SH COMMAND: byline \(command)\n"), "\(command)")
        }
        // The same text as `byline search --help`.
        let help = try runByline(["search", "--help"]).out
        let firstLine = help.split(separator: "\n").first.map(String.init) ?? "?"
        #expect(page.contains(firstLine.replacingOccurrences(of: "-", with: "\\-")))
        #expect(page.contains(".TP\n\\fBl Right\\fR  forward\n"))
        #expect(!page.contains("generate\\-manual"), "the hidden command is not listed")
        #expect(!page.split(separator: "\n").contains { $0.hasPrefix(".") && !$0.hasPrefix(".TH") && !$0.hasPrefix(".SH") && !$0.hasPrefix(".SS")
            && !$0.hasPrefix(".TP") && !$0.hasPrefix(".nf") && !$0.hasPrefix(".fi") && !$0.hasPrefix(".B") && !$0.hasPrefix(".br") })
    }
}
