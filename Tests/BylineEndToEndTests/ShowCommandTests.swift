import BylineTestSupport
import Foundation
import Testing

/// `byline show` run as a user would: the real binary on files written for each test.
@Suite struct ShowCommandTests {
    /// A scratch folder removed when the test ends.
    final class Scratch {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("byline-show-\(UUID().uuidString)")

        init() throws {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        }

        deinit {
            try? FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: url.path)
            try? FileManager.default.removeItem(at: url)
        }

        func write(_ name: String, _ data: Data) throws -> String {
            let file = url.appendingPathComponent(name)
            try data.write(to: file)
            return file.path
        }

        func write(_ name: String, _ text: String) throws -> String {
            try write(name, Data(text.utf8))
        }
    }

    static let report = """
    Sat. Mar 9th, 2024

    ALMATY, Kazakhstan (Reuters) - Herders around Lake Balkhash are moving their flocks north as the water retreats.

    “We cannot wait for rain,” Energy Minister Dmitri Volkov told Reuters.

    Herders near the lake shoreHerders drive sheep along the dry shore of Lake Balkhash [Aleksei Morozov/AFP]

    A dry winter

    Volkov said the ministry would release water from the Kapchagay reservoir.

    Share this:
    Facebook
    Twitter

    Source link

    By admin

    Leave a Reply
    """

    @Test func showPrintsTheReportWrappedToEightyColumnsWhenNotATerminal() throws {
        let scratch = try Scratch()
        let path = try scratch.write("balkhash.txt", Self.report)
        let run = try runByline(["show", path])
        #expect(run.status == 0)
        #expect(run.err.isEmpty)
        #expect(run.out == """
        Herders around Lake Balkhash are moving their flocks north as the water retreats
        ════════════════════════════════════════════════════════════════════════════════
        Date:    2024-03-09 (Sat. Mar 9th, 2024)
        By:      admin

        ALMATY, Kazakhstan (Reuters) - Herders around Lake Balkhash are moving their
        flocks north as the water retreats.

        “We cannot wait for rain,” Energy Minister Dmitri Volkov told Reuters.

        ┃ Image: Herders near the lake shore
        ┃ Herders drive sheep along the dry shore of Lake Balkhash
        ┃ Photo: Aleksei Morozov/AFP

        A dry winter
        ────────────

        Volkov said the ministry would release water from the Kapchagay reservoir.

        Sources
        ───────
        Byline:  admin
        Source:  Source link
        Photo:   Aleksei Morozov/AFP
        File:    \(path)

        """)
    }

    @Test func widthWrapsTheBodyToTheGivenColumns() throws {
        let scratch = try Scratch()
        let path = try scratch.write("balkhash.txt", Self.report)
        let run = try runByline(["show", "--width", "40", path])
        #expect(run.status == 0)
        let lines = run.out.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.contains("ALMATY, Kazakhstan (Reuters) - Herders"))
        #expect(lines.dropLast().allSatisfy { $0.count <= 40 || $0.hasPrefix("File:") })
    }

    @Test func jsonPrintsTheArticleWithItsKeysInOrder() throws {
        let scratch = try Scratch()
        let path = try scratch.write("balkhash.txt", Self.report)
        let run = try runByline(["show", path, "--json"])
        #expect(run.status == 0)
        let expected = #"{"id":"balkhash","path":"\#(path)","format":"text","#
            + #""title":"Herders around Lake Balkhash are moving their flocks north as the water retreats","title_derived":true,"#
            + #""date":"2024-03-09","date_text":"Sat. Mar 9th, 2024","byline":"admin","source":"Source link","#
            + #""dateline":"ALMATY, Kazakhstan (Reuters)","blocks":["#
            + #"{"kind":"paragraph","text":"ALMATY, Kazakhstan (Reuters) - Herders around Lake Balkhash are moving their flocks north as the water retreats."},"#
            + #"{"kind":"paragraph","text":"“We cannot wait for rain,” Energy Minister Dmitri Volkov told Reuters."},"#
            + #"{"kind":"caption","text":"Herders drive sheep along the dry shore of Lake Balkhash"},"#
            + #"{"kind":"subhead","text":"A dry winter"},"#
            + #"{"kind":"paragraph","text":"Volkov said the ministry would release water from the Kapchagay reservoir."}],"#
            + #""captions":[{"alt":"Herders near the lake shore","text":"Herders drive sheep along the dry shore of Lake Balkhash","credit":"Aleksei Morozov/AFP"}],"#
            + #""entities":[{"name":"ALMATY","kind":"place","aliases":[],"role":null,"mentions":1},"#
            + #"{"name":"Kazakhstan","kind":"place","aliases":[],"role":null,"mentions":1},"#
            + #"{"name":"Reuters","kind":"organisation","aliases":[],"role":null,"mentions":2},"#
            + #"{"name":"Lake Balkhash","kind":"place","aliases":[],"role":null,"mentions":2},"#
            + #"{"name":"Dmitri Volkov","kind":"person","aliases":["Volkov"],"role":"Energy Minister","mentions":2},"#
            + #"{"name":"Aleksei Morozov","kind":"person","aliases":[],"role":"photographer","mentions":1},"#
            + #"{"name":"AFP","kind":"organisation","aliases":[],"role":null,"mentions":1},"#
            + #"{"name":"Kapchagay","kind":"place","aliases":[],"role":null,"mentions":1}],"quotes":[{"speaker":"Dmitri Volkov","text":"We cannot wait for rain"}]"#
            + #","warnings":[]}"#
        #expect(run.out == expected + "\n")
    }

    @Test func jsonOfAFrontMatterReportSaysMarkdown() throws {
        let scratch = try Scratch()
        let path = try scratch.write("deal.md", "---\ntitle: Deal signed\ndate: June 14, 2024\nauthor: Hana Sato\n---\n> “A good day,” said Lindqvist.\n")
        let run = try runByline(["show", "--json", path])
        #expect(run.status == 0)
        #expect(run.out.hasPrefix(#"{"id":"deal","path":"\#(path)","format":"markdown","title":"Deal signed","title_derived":false,"date":"2024-06-14","date_text":"June 14, 2024","byline":"Hana Sato","source":null,"dateline":null,"blocks":[{"kind":"quote","text":"“A good day,” said Lindqvist."}]"#))
    }

    @Test func invalidUTF8IsShownWithReplacementCharactersAndAWarning() throws {
        let scratch = try Scratch()
        // Valid UTF-8 (“Peña”) with one broken byte: damaged UTF-8, not a single-byte encoding.
        let bytes = Data("June 3, 2024\n\nPeña said the caf".utf8) + Data([0xE9]) + Data(" on the quay reopened.\n".utf8)
        let path = try scratch.write("damaged.txt", bytes)
        let run = try runByline(["show", path])
        #expect(run.status == 0)
        #expect(run.out.contains("Peña said the caf\u{FFFD} on the quay reopened.\n"))
        #expect(run.out.hasSuffix("Warnings\n────────\n! invalid UTF-8: 1 byte sequence shown as \u{FFFD}\n"))
        let json = try runByline(["show", "--json", path])
        #expect(json.out.hasSuffix(#""warnings":["invalid UTF-8: 1 byte sequence shown as \#u{FFFD}"]}"# + "\n"))
    }

    @Test func aLatin1FileIsDecodedWithAWarning() throws {
        let scratch = try Scratch()
        let path = try scratch.write("latin1.txt", Data("June 3, 2024\n\nThe caf".utf8) + Data([0xE9]) + Data(" on the quay reopened.\n".utf8))
        let run = try runByline(["show", path])
        #expect(run.status == 0)
        #expect(run.out.contains("The café on the quay reopened.\n"))
        #expect(run.out.hasSuffix("Warnings\n────────\n! not UTF-8; decoded as Windows-1252 (Latin-1)\n"))
    }

    /// A binary file, an empty one and one of only site furniture.
    @Test(arguments: [
        ("photo.txt", Data([0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]), "skipped, binary file (contains NUL bytes)"),
        ("empty.txt", Data(), "skipped, empty file"),
        ("furniture.txt", Data("Leave a Reply\n\nShare this:\nFacebook\n".utf8), "no story text found (only a date line, byline or site furniture)"),
    ])
    func aFileWithNoReportIsOneLineOnStderrAndAFailure(name: String, bytes: Data, problem: String) throws {
        let scratch = try Scratch()
        let path = try scratch.write(name, bytes)
        let run = try runByline(["show", path])
        #expect(run.status == 1)
        #expect(run.out.isEmpty)
        #expect(run.err == "byline: \(path): \(problem)\n")
    }

    @Test func aFolderIsOneLineOnStderrAndAFailure() throws {
        let scratch = try Scratch()
        let run = try runByline(["show", scratch.url.path])
        #expect(run.status == 1)
        #expect(run.err == "byline: \(scratch.url.path): is a folder; byline show takes one report file (byline \(scratch.url.path) opens the folder)\n")
    }

    @Test func aNamedPipeIsRefusedAtOnceRatherThanWaitedOn() throws {
        let scratch = try Scratch()
        let path = scratch.url.appendingPathComponent("pipe.txt").path
        try #require(mkfifo(path, 0o600) == 0)
        let run = try runByline(["show", path])
        #expect(run.status == 1)
        #expect(run.err == "byline: \(path): skipped, not a regular file (a named pipe, socket or device)\n")
    }

    @Test(.enabled(if: geteuid() != 0, "root can read a file whatever its permissions"))
    func anUnreadableFileIsOneLineOnStderrAndAFailure() throws {
        let scratch = try Scratch()
        let path = try scratch.write("locked.txt", "June 3, 2024\n\nText.\n")
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: path)
        let run = try runByline(["show", path])
        #expect(run.status == 1)
        #expect(run.err == "byline: \(path): cannot read file (Permission denied)\n")
    }

    @Test func escapeSequencesInAFileNameAreNotWrittenToTheTerminal() throws {
        let scratch = try Scratch()
        let path = try scratch.write("evil\u{1B}[2J.txt", Data([0, 1, 2, 0, 0]))
        let run = try runByline(["show", path])
        #expect(run.status == 1)
        #expect(run.err == "byline: \(scratch.url.path)/evil␛[2J.txt: skipped, binary file (contains NUL bytes)\n")
        #expect(!run.err.contains("\u{1B}"))
    }

    @Test func aWidthTooSmallToReadIsRefused() throws {
        let run = try runByline(["show", "--width", "5", "/nonexistent.txt"])
        #expect(run.status == 64)
        #expect(run.err.contains("--width must be at least 20 columns, not 5."))
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: BinaryLocator.shared.appendingPathComponent("seed/kazakhstan-unrest.txt").path),
                   "../shared/seed is not beside this checkout"))
    func theSeedShowsItsDateBylineCaptionAndSources() throws {
        let path = BinaryLocator.shared.appendingPathComponent("seed/kazakhstan-unrest.txt").path
        let run = try runByline(["show", path])
        #expect(run.status == 0)
        let lines = run.out.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(Array(lines.prefix(4)) == [
            "Security forces appear to have regained control of Kazakhstan’s capital…",
            "════════════════════════════════════════════════════════════════════════",
            "Date:    2022-01-22 (Sat. Jan 22nd, 2022)",
            "By:      admin",
        ])
        #expect(lines.contains("┃ Image: Protesters take part in rally on rising energy prices in Almaty,"))
        #expect(lines.contains("┃ Photo: Abduaziz Madyarov/AFP/Getty Images via AFP"))
        #expect(lines.contains("Russian forces secure airport"))
        #expect(!run.out.contains("Leave a Reply"))
        #expect(Array(lines.suffix(7)) == [
            "Sources", "───────", "Byline:  admin", "Source:  Source link",
            "Photo:   Abduaziz Madyarov/AFP/Getty Images via AFP", "File:    \(path)", "",
        ])
    }
}
