import Foundation
import Testing
@testable import BylineCore

/// Inputs that libFuzzer (`make fuzz`) found crashing, hanging or running slow, kept in
/// `Fixtures/fuzz/` exactly as found and replayed the way `ReaderFuzzTarget` runs them: the
/// first byte picks the file name's extension, the rest is the file.
@Suite struct FuzzRegressionTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/fuzz")

    /// The same table as `ReaderFuzzTarget.extensions`.
    static let extensions = ["txt", "md", "json", "jsonl", "html", "htm", "", "markdown"]

    /// What a user sees for each input: the report titles, or the one-line warning.
    static let expected: [String: [String]] = [
        // Windows-1252 text whose caption paragraphs have dozens of lower-to-capital joins
        // (`ªªM`, `24Ma02`): each was weighed as a glued alt text with a pass over the caption.
        "caption-with-many-glue-points": ["Observers said the first day wCosta/Reuters]"],
    ]

    static func replay(_ name: String) throws -> (titles: [String], seconds: Double) {
        let bytes = try Data(contentsOf: folder.appendingPathComponent(name))
        let ext = extensions[Int(bytes.first ?? 0) % extensions.count]
        let file = ext.isEmpty ? "report" : "report.\(ext)"
        let start = LongLineTests.threadCPUSeconds()
        let result = ArticleLoader().load(data: bytes.dropFirst(), path: "/fuzz/\(file)", relativePath: file)
        let seconds = LongLineTests.threadCPUSeconds() - start
        for article in result.articles {
            _ = article.json.serialized()
        }
        return (result.articles.map(\.title) + [result.failure].compactMap { $0 }, seconds)
    }

    @Test func everyKeptInputHasAnExpectedOutcome() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { !$0.hasPrefix(".") }
        #expect(Set(names) == Set(Self.expected.keys))
    }

    @Test(arguments: expected.keys.sorted())
    func aKeptInputLoadsQuicklyAsExpected(name: String) throws {
        _ = try Self.replay(name)  // the first run builds the entity lexicons
        let run = try Self.replay(name)
        #expect(run.titles == Self.expected[name])
        // libFuzzer's limit is one second for an optimised build; a debug build is slower.
        #expect(run.seconds < 1, "\(name) took \(run.seconds) s of CPU")
    }

    @Test func aCaptionWithHundredsOfJoinsIsWeighedOnlyAtItsFirstFew() {
        let caption = String(repeating: "abC", count: 190) + "ab [Mariana Costa/Reuters]"
        let start = LongLineTests.threadCPUSeconds()
        let parts = CaptionSplitter.split(caption)
        let seconds = LongLineTests.threadCPUSeconds() - start
        #expect(parts == CaptionSplitter.Parts(alt: nil, text: String(caption.dropLast(24)), credit: "Mariana Costa/Reuters", textOffset: 0))
        #expect(seconds < 0.02, "\(seconds) s of CPU for one caption")
    }
}
