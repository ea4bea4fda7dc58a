import BylineTestSupport
import Foundation
import Testing

/// `byline show --json` on the bundled scraper JSON and saved pages, through the real binary.
@Suite struct ShowWebFormatsTests {
    private func showJSON(_ name: String) throws -> [String: Any] {
        let path = BinaryLocator.packageRoot.appendingPathComponent("Articles/\(name)").path
        let run = try runByline(["show", "--json", path])
        #expect(run.status == 0)
        #expect(run.err.isEmpty)
        #expect(run.out.hasSuffix("}\n") && run.out.filter { $0 == "\n" }.count == 1, "one line of JSON")
        let object = try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any]
        let report = try #require(object)
        #expect(report["path"] as? String == path)
        return report
    }

    private func blocks(_ report: [String: Any]) -> [(kind: String, text: String)] {
        (report["blocks"] as? [[String: Any]] ?? []).map { ($0["kind"] as? String ?? "", $0["text"] as? String ?? "") }
    }

    @Test func aScraperJSONReportShowsAsFormatJSON() throws {
        let report = try showJSON("lake-balkhash-water-rights.json")
        #expect(report["id"] as? String == "lake-balkhash-water-rights")
        #expect(report["format"] as? String == "json")
        #expect(report["title"] as? String == "Kazakhstan and UN envoy clash over Lake Balkhash water rights")
        #expect(report["title_derived"] as? Bool == false)
        #expect(report["date"] as? String == "2024-05-03")
        #expect(report["date_text"] as? String == "2024-05-03 00:00:00")
        #expect(report["byline"] as? String == "Aigerim Nurlanova and Tomás Reyes")
        #expect(report["source"] as? String == "https://news.example.org/2024/05/03/lake-balkhash-water-rights")
        #expect(report["dateline"] as? String == "ALMATY")
        let shown = blocks(report)
        #expect(shown.count == 10)
        #expect(shown[2].kind == "paragraph")
        #expect(shown[2].text.hasPrefix("“I met a grandmother in a village near Balkhash town"))
        #expect(shown[5].kind == "caption")
        let captions = report["captions"] as? [[String: Any]] ?? []
        #expect(captions.count == 1)
        #expect(captions.first?["text"] as? String == "Fishermen repair their nets on the shore of Lake Balkhash, where the water has retreated more than a kilometre")
        #expect(captions.first?["credit"] as? String == "Aleksei Morozov/AFP/Getty Images via AFP")
        #expect(report["warnings"] as? [String] == [])
    }

    @Test func aSavedPageShowsAsFormatHTMLWithoutItsFurniture() throws {
        let report = try showJSON("geneva-water-summit.html")
        #expect(report["id"] as? String == "geneva-water-summit")
        #expect(report["format"] as? String == "html")
        #expect(report["title"] as? String == "Okafor tells Geneva summit that shared lakes need rules, not promises")
        #expect(report["date"] as? String == "2024-06-10")
        #expect(report["date_text"] as? String == "2024-06-10T18:20:00+02:00")
        #expect(report["byline"] as? String == "Claire Dubois")
        #expect(report["source"] as? String == "https://lakesidecourier.example.ch/2024/06/10/okafor-geneva-summit")
        let shown = blocks(report)
        #expect(shown.map(\.kind) == ["caption", "paragraph", "paragraph", "quote", "paragraph", "caption", "subhead", "paragraph",
                                      "paragraph", "paragraph", "paragraph", "subhead", "paragraph", "paragraph"])
        #expect(shown[1].text == "GENEVA — The United Nations’ envoy on the right to water opened a five-day summit in Geneva on Monday with a warning that the world’s shared lakes and rivers would keep shrinking until governments accepted rules that others could check.")
        let captions = report["captions"] as? [[String: Any]] ?? []
        #expect(captions.map { $0["credit"] as? String } == ["Aleksei Morozov/AFP/Getty Images via AFP", "Mariana Costa/Reuters"])
        #expect(captions.map { $0["alt"] as? String } == ["Flags outside the Palais des Nations in Geneva", "Amara Okafor at a podium"])
        #expect(!shown.contains { $0.text.contains("cookies") || $0.text.contains("Leave a Reply") || $0.text.contains("Related stories") })
    }

    @Test func aPageInWindows1252ShowsItsAccentedNames() throws {
        let report = try showJSON("valparaiso-union-vote.html")
        #expect(report["title"] as? String == "Valparaíso dockworkers vote to end strike after safety deal")
        #expect(blocks(report).contains { $0.text.contains("union leader José Ignacio Peña Álvarez told reporters") })
        #expect(report["warnings"] as? [String] == [])
    }

    @Test func brokenScraperJSONIsOneLineOnStderr() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("byline-broken-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("broken.json")
        try Data("[{\"title\": \"Strike\", \"text\": \"Body\"},\n {\"title\" \"Two\"}]\n".utf8).write(to: file)
        let run = try runByline(["show", "--json", file.path])
        #expect(run.status == 1)
        #expect(run.out.isEmpty)
        #expect(run.err == "byline: \(file.path): not valid JSON: line 2, column 11: expected ':' after the member name \"title\", found '\"'\n")
    }
}
