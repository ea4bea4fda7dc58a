import Foundation
import Testing
@testable import BylineIndex

/// Searches that libFuzzer (`make fuzz FUZZ_TARGET=query`) found failing, kept in
/// `Fixtures/fuzz-query/` exactly as found. The query language promises that no input is an
/// error, so each must give results or a hint, never an SQLite error.
@Suite struct QueryFuzzRegressionTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/fuzz-query")

    /// Matches found for each kept query in the sample reports.
    static let expected: [String: Int] = [
        // A NUL inside a word ended FTS5's reading of the expression: "unterminated string".
        "nul-inside-a-word": 0,
        // The same, with a combining mark making the NUL part of a larger character, which a
        // search for the character NUL does not find.
        "nul-joined-to-a-combining-mark": 0,
        // A quote made part of a larger character by a combining mark was not doubled, so it
        // closed the FTS5 string early (found by reading the code after the NUL above).
        "quote-joined-to-a-combining-mark": 2,
    ]

    @Test func everyKeptQueryHasAnExpectedOutcome() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { !$0.hasPrefix(".") }
        #expect(Set(names) == Set(Self.expected.keys))
    }

    @Test func keptQueriesSearchWithoutError() throws {
        let (_, _, store) = try SampleReports.indexed()
        for (name, total) in Self.expected {
            let query = String(decoding: try Data(contentsOf: Self.folder.appendingPathComponent(name)), as: UTF8.self)
            let results = try store.search(query, limit: 5)
            #expect(results.total == total, "\(name): \(results.total) matches, hint \(results.hint ?? "none")")
        }
    }

    @Test func controlCharactersSeparateWordsInASearch() throws {
        let (_, _, store) = try SampleReports.indexed()
        #expect(try store.search("water\0rights", limit: 5).total == store.search("water rights", limit: 5).total)
        #expect(try store.search("\"water\0rights\"", limit: 5).total == store.search("\"water rights\"", limit: 5).total)
        #expect(try store.search("wat\0*", limit: 5).total == store.search("wat*", limit: 5).total)
    }
}
