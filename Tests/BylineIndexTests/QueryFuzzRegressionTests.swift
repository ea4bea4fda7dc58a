import BylineTestSupport
import Foundation
import Testing
@testable import BylineIndex

/// Searches that libFuzzer (`make fuzz FUZZ_TARGET=query`) found failing, kept byte for byte
/// (base64). The query language promises that no input is an error, so each must give results
/// or a hint, never an SQLite error.
@Suite struct QueryFuzzRegressionTests {
    struct Find: Sendable, CustomTestStringConvertible {
        var name: String
        var base64: String
        /// Matches in the sample reports.
        var total: Int
        var testDescription: String { name }
    }

    static let finds = [
        // A NUL inside a word ended FTS5's reading of the expression: "unterminated string".
        Find(name: "NUL inside a word", base64: "AAAAAAAAABdQZcOxYSDDgWx2c2+TeiI=", total: 0),
        // The same with a combining mark after the NUL, making both one character, which a
        // search for the character NUL did not find.
        Find(name: "NUL joined to a combining mark", base64: "IC1vIE7isakAAAAAAAAAAAAAAAAAAAAAAMyBIA==", total: 0),
        // A quote joined to a combining mark was not doubled either, so it closed the FTS5
        // string early (found by reading the code after the find above).
        Find(name: "quote joined to a combining mark", base64: "d2F0ZXIgIsyBcmlnaHRz", total: 2),
    ]

    @Test(arguments: finds)
    func aFindSearchesWithoutError(_ find: Find) throws {
        let (_, _, store) = try SampleReports.indexed()
        let query = String(decoding: try #require(Data(base64Encoded: find.base64)), as: UTF8.self)
        #expect(try store.search(query, limit: 5).total == find.total)
    }

    @Test func controlCharactersSeparateWordsInASearch() throws {
        let (_, _, store) = try SampleReports.indexed()
        #expect(try store.search("water\0rights", limit: 5).total == store.search("water rights", limit: 5).total)
        #expect(try store.search("\"water\0rights\"", limit: 5).total == store.search("\"water rights\"", limit: 5).total)
        #expect(try store.search("wat\0*", limit: 5).total == store.search("wat*", limit: 5).total)
    }
}
