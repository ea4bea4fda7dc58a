import Foundation
import Testing
@testable import BylineCore

/// A folder mixing scraper JSON, saved pages and broken files loads every good report and
/// gives one line for each broken file.
@Suite struct MixedCorpusTests {
    @Test func brokenJSONAndHTMLAreWarningsAndTheRestOfTheCorpusLoads() throws {
        let fm = FileManager.default
        let root = fm.temporaryDirectory.appendingPathComponent("byline-mixed-\(UUID().uuidString)")
        try fm.createDirectory(at: root.appendingPathComponent("web"), withIntermediateDirectories: true)
        defer { try? fm.removeItem(at: root) }
        func write(_ name: String, _ text: String) throws { try Data(text.utf8).write(to: root.appendingPathComponent(name)) }

        try write("batch.json", #"[{"title": "Strike extended", "text": "Dockworkers voted."}, {"title": "Ships wait", "body": "Rotterdam waits."}]"#)
        try write("broken.json", "{\n  \"title\": \"Strike\",\n  \"text\": \"Body\"\n  \"url\": \"x\"\n}\n")
        try write("wire.jsonl", "{\"headline\": \"Talks resume\", \"articleBody\": \"Brussels.\"}\n{\"headline\": \"Talks end\", \"articleBody\": \n")
        try write("web/summit.html", htmlPage(head: "<title>Summit opens | Courier</title>", body: "<article><p>GENEVA — The summit opened.</p></article>"))
        try write("web/empty-shell.html", htmlPage(body: "<nav><a href=\"/\">Home</a></nav><div id=\"app\"></div><script>render()</script>"))
        try write("web/no-story.html", htmlPage(head: "<title>Page not found | Courier</title>", body: "<nav><a href=\"/\">Home</a></nav>"))
        try write("web/zero.html", "")
        try Data([0x3C, 0x68, 0x74, 0x6D, 0x6C, 0x3E, 0x00, 0x00, 0x00, 0x01, 0x02, 0x00]).write(to: root.appendingPathComponent("web/binary.html"))

        let scan = CorpusScanner().scan(root: root.path)
        var loaded: [String] = []
        var failures: [String] = []
        var warnings: [String: [String]] = [:]
        for file in scan.files {
            let result = ArticleLoader().load(path: file.path, relativePath: file.relativePath)
            loaded += result.articles.map(\.id)
            for article in result.articles where !article.warnings.isEmpty { warnings[article.id] = article.warnings }
            if let failure = result.failure { failures.append(failure.replacingOccurrences(of: root.path + "/", with: "")) }
        }
        #expect(loaded == ["batch#1", "batch#2", "web/no-story", "web/summit", "wire#1"])
        #expect(failures == [
            "broken.json: not valid JSON: line 4, column 3: expected ',' or '}' after an object member, found '\"'",
            "web/binary.html: skipped, binary file (contains NUL bytes)",
            "web/empty-shell.html: no title and no story text in the page",
            "web/zero.html: skipped, empty file",
        ])
        #expect(warnings == [
            "web/no-story": ["no story text found in the page"],
            "wire#1": ["line 2 is not valid JSON (column 41: the text ends where a value was expected); skipped"],
        ])
    }
}
