import Foundation
import Testing
@testable import BylineCore

/// Inputs that libFuzzer (`make fuzz`) found crashing, hanging or running slow, kept byte for
/// byte (base64) and replayed the way `ReaderFuzzTarget` runs them: the first byte picks the
/// file name's extension, the rest is the file.
@Suite struct FuzzRegressionTests {
    struct Find: Sendable, CustomTestStringConvertible {
        var name: String
        var base64: String
        /// What a user sees: the report titles, or the one-line warning.
        var outcome: [String]
        var testDescription: String { name }
    }

    static let finds = [
        // Windows-1252 text whose caption paragraphs have dozens of lower-to-capital joins
        // (`ªªM`, `24Ma02`); each was weighed as a glued alt text with passes over the caption.
        Find(name: "caption with many glue points", base64: "ME1vbmRheSwgMTAgSnVuZSAyMDI0CgpHZW5ldmEgd2F0ZXIgc3VtbWl0IG9wZW5zJHdpdGggd2FybmluZyBvbiBzaGFldmEg"
            + "Zm9yIHRoZSBvcGVuaW5nIG9mIHRoZSB3YXRlciBzIC0tKHVtbWl0LCBKdW5lIDIwLCAyMDI0IFtNYXJpYW5hIENvc3RhL1Jl"
            + "dXRlcnNdCgpPYnNlcnZlcnMgc2FpZCB0aGUgZmlyc3QgZGF5IHdDb3N0YS9SZXV0ZXJzXQoKT2JzZXJ2ZXJzIHNhaWQgdGhl"
            + "IGZpcnN0IGRheSB3YXMgbW9yZSBjb25jaWxpYXRvcnkgdGhhbiCqqqqqqqqqIDI0TWEwMiBbcmlhbmEgQ29zdGEvUmV1dGVy"
            + "c10KCk9ic2WqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqoxMCwgMjCqqqqq"
            + "qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqfn5+qqqqqqqqqqqqqqqqqqqqqqqqqqqqqjIwLCAyMDxpbWcg"
            + "c3JydmVycyBzYWlkIHRoZSBmaXJzdCBkYXkgd2FzIG1vcmUgY29uY2lsaWF0b3J5IHRoYW4gqqqqqlRVqqqqqqqqqqqqqqqq"
            + "qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqjIwLCAy"
            + "MDxpbWcgc3JjPSJhLmpwZyIgYWx0PSIyNCBbTWFyaWFuYaqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq"
            + "qqqqqqqqqqqqqqqqqqqqfn5+qqqqqqqqqqqqqqqqqqqqqqqqqqqqqjIwLCAyMDxpbWcgc3JjPSJhLmpwZyIgYWx0PSIyNCBb"
            + "TWFyaWFuYSBDb3N0L1J1YWV0ZXJzXQoKT2JzZXJ2ZXJzIHNhaWQgdGhlIGZpcnN0IGRheSB3YXMgbW9yZSBjb25jaWxpYXRv"
            + "cnkgdGhhbiBleHBlY3RlZC4gRHIgSW5ncmlkIP7/4Dt2YW4gZGVyIEJlcmcsIGEgY2xpbWF0ZSB3Y2llbnRpc3BlbmluZyBE"
            + "ciBJbmdyaWQgdmFuIGRlciBCZXJnLCBhIGNsaW1hbG93cyBtZWE=",
             outcome: ["Observers said the first day wCosta/Reuters]"]),
    ]

    /// The same table as `ReaderFuzzTarget.extensions`.
    static let extensions = ["txt", "md", "json", "jsonl", "html", "htm", "", "markdown"]

    static func replay(_ bytes: Data) -> (outcome: [String], seconds: Double) {
        let ext = extensions[Int(bytes.first ?? 0) % extensions.count]
        let file = ext.isEmpty ? "report" : "report.\(ext)"
        let start = LongLineTests.threadCPUSeconds()
        let result = ArticleLoader().load(data: bytes.dropFirst(), path: "/fuzz/\(file)", relativePath: file)
        for article in result.articles {
            _ = article.json.serialized()
        }
        return (result.articles.map(\.title) + [result.failure].compactMap { $0 }, LongLineTests.threadCPUSeconds() - start)
    }

    @Test(arguments: finds)
    func aFindLoadsQuicklyAsExpected(_ find: Find) throws {
        let bytes = try #require(Data(base64Encoded: find.base64))
        _ = Self.replay(bytes)  // the first run builds the entity lexicons
        let run = Self.replay(bytes)
        #expect(run.outcome == find.outcome)
        // libFuzzer's limit is one second for an optimised build; a debug build is slower.
        #expect(run.seconds < 1, "\(run.seconds) s of CPU")
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
