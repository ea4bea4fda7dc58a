import Foundation
import Testing
@testable import BylineCore

/// A report that is one enormous line (a scraper that dropped every line break, a minified
/// page) must cost time in proportion to its length. Timings are CPU time of the test's own
/// thread, compared between two sizes, so a busy machine does not make the test flaky: eight
/// times the text may cost at most twenty times the time (linear is eight, quadratic sixty-four).
/// The 10 MB figures are measured by `scripts/hostile-files.sh`.
@Suite struct LongLineTests {
    static let sentence = "Herders around Lake Balkhash moved their flocks north as the water retreated, Energy Minister Dmitri Volkov said. "
    static let markup = "[Okafor](https://example.org/okafor) **spoke** _today_ ![Dry shore](shore.jpg \"The shore [Mariana Costa/Reuters]\") "

    /// Each format with a body of about `size` bytes on one line.
    static func files(size: Int) -> [(name: String, text: String)] {
        let plain = String(repeating: sentence, count: size / sentence.utf8.count)
        let marked = String(repeating: markup, count: size / markup.utf8.count)
        return [
            ("long.txt", "June 3, 2024\n\n" + plain + "\n"),
            ("long.md", "---\ntitle: One long line\n---\n" + plain + "\n"),
            ("marked.md", "---\ntitle: One long line of markup\n---\n" + marked + "\n"),
            ("long.json", "{\"title\": \"One long line\", \"text\": \"" + plain + "\"}"),
            ("long.html", "<html><head><title>One long line</title></head><body><article><p>" + plain + "</p></article></body></html>"),
        ]
    }

    static func threadCPUSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    /// Reads the file and returns the CPU seconds it took and what came out.
    static func timedRead(_ name: String, _ text: String) -> (seconds: Double, article: Article?) {
        let source = SourceText(path: name, id: name, text: text, pathExtension: String(name.split(separator: ".").last!))
        let start = threadCPUSeconds()
        let result = ArticleLoader().read(source)
        return (threadCPUSeconds() - start, result.articles.first)
    }

    @Test(arguments: 0..<5)
    func aLongLineCostsTimeInProportionToItsLength(format: Int) throws {
        let small = Self.files(size: 32 << 10)[format]
        let large = Self.files(size: 256 << 10)[format]
        _ = Self.timedRead(small.name, small.text)  // warm up lazily built tables
        let a = Self.timedRead(small.name, small.text)
        let b = Self.timedRead(large.name, large.text)
        let article = try #require(b.article, "\(large.name) gave no report")
        #expect(article.title.hasPrefix("One long line") || article.title.hasPrefix("Herders around Lake Balkhash"))
        #expect(!article.blocks.isEmpty)
        #expect(b.seconds < 20 * max(a.seconds, 0.002), "\(large.name): \(b.seconds) s for 256 KB against \(a.seconds) s for 32 KB")
    }
}
