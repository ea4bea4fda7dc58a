import Foundation
import Testing

/// Saved pages whose bytes trip libxml2: nothing of libxml2's own error output may reach the
/// standard streams, and the page must not be cut short.
@Suite struct HostilePageTests {
    @Test func aWindows1252PageWithAnUnassignedByteIsReadWholeAndPrintsOnlyTheReport() throws {
        let scratch = try ShowCommandTests.Scratch()
        // 0x81 and 0x8F are unassigned in windows-1252; iconv stops at them.
        let page = Data("<html><head><meta charset=\"windows-1252\"><title>Caf".utf8) + Data([0xE9, 0x20, 0x81])
            + Data(" talks in Geneva</title></head><body><article><p>Delegates met in Gen".utf8) + Data([0x8F])
            + Data("ve on Monday.</p><p>Amara Okafor spoke last.</p></article></body></html>".utf8)
        let path = try scratch.write("talks.html", page)
        let run = try runByline(["show", "--json", path])
        #expect(run.status == 0)
        #expect(run.err.isEmpty)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any])
        #expect(object["title"] as? String == "Café \u{FFFD} talks in Geneva")
        let blocks = (object["blocks"] as? [[String: Any]])?.compactMap { $0["text"] as? String }
        #expect(blocks == ["Delegates met in Gen\u{FFFD}ve on Monday.", "Amara Okafor spoke last."])
    }
}
