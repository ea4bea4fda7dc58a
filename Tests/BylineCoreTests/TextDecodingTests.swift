import Foundation
import Testing
@testable import BylineCore

@Suite struct TextDecodingTests {
    @Test func invalidUTF8IsReplacedWithAWarning() {
        let data = Data("Caf".utf8) + Data([0xE9]) + Data(" au lait".utf8)
        guard case let .text(text, warnings) = TextDecoding.decode(data) else {
            Issue.record("expected text")
            return
        }
        #expect(text == "Caf\u{FFFD} au lait")
        #expect(warnings == ["invalid UTF-8: 1 byte sequence shown as \u{FFFD}"])
    }

    @Test func utf16WithABOMIsDecoded() {
        var data = Data([0xFF, 0xFE])
        for unit in "Назарбаев".utf16 { data.append(UInt8(unit & 0xFF)); data.append(UInt8(unit >> 8)) }
        #expect(TextDecoding.decode(data) == .text("Назарбаев", warnings: []))
    }

    @Test func aUTF8ByteOrderMarkIsDropped() {
        #expect(TextDecoding.decode(Data([0xEF, 0xBB, 0xBF]) + Data("Almaty".utf8)) == .text("Almaty", warnings: []))
    }

    @Test func binaryAndEmptyFilesAreSkipped() {
        #expect(TextDecoding.decode(Data()) == .skipped(reason: "empty file"))
        let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52])
        #expect(TextDecoding.decode(png) == .skipped(reason: "binary file (contains NUL bytes)"))
    }

    @Test func aStrayNULInTextKeepsTheText() {
        let data = Data(String(repeating: "word ", count: 40).utf8) + Data([0]) + Data("end".utf8)
        guard case let .text(_, warnings) = TextDecoding.decode(data) else {
            Issue.record("expected text")
            return
        }
        #expect(warnings == ["contains 1 NUL byte"])
    }
}
