import BylineTestSupport
import Foundation
import Testing
@testable import BylineCore

/// A folder the user did not write: damaged and odd files next to good reports. Each odd file
/// costs at most one warning, the rest of the corpus loads, and nothing is read whole that
/// should not be.
@Suite struct HostileCorpusTests {
    static let goodReport = """
    June 3, 2024

    Dockworkers walk out in Valparaíso

    VALPARAÍSO, Chile — Dockworkers at the Port of Valparaíso walked off the job on Monday, union leader José Ignacio Peña Álvarez said.
    """

    /// Scans `root` and loads every file, as `byline` does, returning the titles and every
    /// warning (scanner warnings, failures and the warnings of loaded reports) in order.
    static func load(_ root: URL) -> (titles: [String], warnings: [String]) {
        let scan = CorpusScanner().scan(root: root.path)
        var titles: [String] = []
        var warnings = scan.warnings
        let loader = ArticleLoader()
        for file in scan.files {
            let result = loader.load(path: file.path, relativePath: file.relativePath)
            if let failure = result.failure { warnings.append(failure) }
            for article in result.articles {
                titles.append(article.title)
                warnings += article.warnings.map { "\(file.relativePath): \($0)" }
            }
        }
        return (titles, warnings)
    }

    @Test func eachDamagedFileIsOneWarningAndTheRestLoads() throws {
        let scratch = try ScratchFolder("hostile")
        try scratch.write("good.txt", Self.goodReport)
        try scratch.write("empty.txt", Data())
        try scratch.write("photo.txt", Data([0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 0x4A, 0x46, 0x49, 0x46, 0, 1, 0, 0, 0, 0]))
        // A download cut inside an em dash, then more text: damaged UTF-8, not another encoding.
        try scratch.write("broken-utf8.txt", Data("June 3, 2024\n\nPeña Álvarez spoke at the gate ".utf8) + Data([0xE2, 0x80]) + Data(" then left.\n".utf8))
        try scratch.write("latin1.txt", Data("June 3, 2024\n\nPe".utf8) + Data([0xF1]) + Data("a spoke at the gate in Valpara".utf8) + Data([0xED]) + Data("so.\n".utf8))
        let utf16 = "June 3, 2024\n\nВолков visits 東京\n\nEnergy Minister Dmitri Volkov arrived in Tokyo on Monday.\n"
        try scratch.write("utf16le.txt", Data([0xFF, 0xFE]) + utf16.data(using: .utf16LittleEndian)!)
        try scratch.write("utf16be.md", Data([0xFE, 0xFF]) + "---\ntitle: Lindqvist in Brussels\n---\nCommissioner Sofia Lindqvist spoke.\n".data(using: .utf16BigEndian)!)
        try scratch.sparse("dump.txt", size: 200 << 20)
        try scratch.mkdir("loop")
        try FileManager.default.createSymbolicLink(atPath: scratch.path("loop/again"), withDestinationPath: scratch.url.path)
        try FileManager.default.createSymbolicLink(atPath: scratch.path("gone.txt"), withDestinationPath: scratch.path("nowhere.txt"))

        let loaded = Self.load(scratch.url)
        #expect(loaded.titles == [
            "Peña Álvarez spoke at the gate \u{FFFD} then left",
            "Dockworkers walk out in Valparaíso",
            "Peña spoke at the gate in Valparaíso",
            "Lindqvist in Brussels",
            "Волков visits 東京",
        ])
        #expect(loaded.warnings == [
            "dump.txt: skipped, too large for a report (200 MB; the limit is 32 MB)",
            "gone.txt: broken symbolic link",
            "broken-utf8.txt: invalid UTF-8: 1 byte sequence shown as \u{FFFD}",
            "empty.txt: skipped, empty file",
            "latin1.txt: not UTF-8; decoded as Windows-1252 (Latin-1)",
            "photo.txt: skipped, binary file (contains NUL bytes)",
        ])
    }

    @Test func aFileOverTheSizeLimitIsJudgedByItsSizeAndNeverRead() throws {
        let scratch = try ScratchFolder("huge")
        try scratch.sparse("dump.txt", size: 200 << 20)
        // Reading would stop just past the limit and report "32 MB"; "200 MB" is the size `stat` gave.
        let scan = CorpusScanner().scan(root: scratch.url.path)
        #expect(scan.files.isEmpty)
        #expect(scan.warnings == ["dump.txt: skipped, too large for a report (200 MB; the limit is 32 MB)"])
        let direct = ArticleLoader().load(path: scratch.path("dump.txt"), relativePath: "dump.txt")
        #expect(direct.failure == "dump.txt: skipped, too large for a report (200 MB; the limit is 32 MB)")
    }

    @Test func aReportDeletedBetweenTheScanAndTheReadIsOneWarning() throws {
        let scratch = try ScratchFolder("vanish")
        try scratch.write("a.txt", Self.goodReport)
        try scratch.write("b.txt", Self.goodReport)
        let scan = CorpusScanner().scan(root: scratch.url.path)
        try FileManager.default.removeItem(atPath: scratch.path("a.txt"))
        let results = scan.files.map { ArticleLoader().load(path: $0.path, relativePath: $0.relativePath) }
        #expect(results.map(\.failure) == ["a.txt: cannot read file (No such file or directory)", nil])
        #expect(results.map(\.articles.count) == [0, 1])
    }

    @Test func aReportReplacedByAFolderBetweenTheScanAndTheReadIsOneWarning() throws {
        let scratch = try ScratchFolder("swap")
        try scratch.write("a.txt", Self.goodReport)
        let scan = CorpusScanner().scan(root: scratch.url.path)
        try FileManager.default.removeItem(atPath: scratch.path("a.txt"))
        try scratch.mkdir("a.txt")
        let result = ArticleLoader().load(path: scan.files[0].path, relativePath: scan.files[0].relativePath)
        #expect(result.failure == "a.txt: cannot read file (is a folder, not a report file)")
    }

    @Test func fiveHundredTinyReportsAllLoad() throws {
        let scratch = try ScratchFolder("many")
        for k in 0..<500 {
            try scratch.write(String(format: "r%04d.txt", k), "June 3, 2024\n\nReport \(k) from Rotterdam\n\nMayor Marianne de Graaf spoke.\n")
        }
        let loaded = Self.load(scratch.url)
        #expect(loaded.warnings == [])
        #expect(loaded.titles.count == 500)
        #expect(loaded.titles.first == "Report 0 from Rotterdam")
        #expect(loaded.titles.last == "Report 499 from Rotterdam")
    }
}
