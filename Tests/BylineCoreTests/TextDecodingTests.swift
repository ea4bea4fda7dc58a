import Foundation
import Testing
@testable import BylineCore

@Suite struct TextDecodingTests {
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

@Suite struct LegacyEncodingTests {
    @Test func latin1TextIsDecodedAsWindows1252WithAWarning() {
        // "Valparaíso – “Peña”" in Windows-1252
        let data = Data([0x56, 0x61, 0x6C, 0x70, 0x61, 0x72, 0x61, 0xED, 0x73, 0x6F, 0x20, 0x96, 0x20, 0x93, 0x50, 0x65, 0xF1, 0x61, 0x94])
        #expect(TextDecoding.decode(data) == .text("Valparaíso – “Peña”", warnings: ["not UTF-8; decoded as Windows-1252 (Latin-1)"]))
    }

    @Test func damagedUTF8IsNotMistakenForLatin1() {
        let data = Data("Peña ".utf8) + Data([0xFF]) + Data(" Álvarez".utf8)
        #expect(TextDecoding.decode(data) == .text("Peña \u{FFFD} Álvarez", warnings: ["invalid UTF-8: 1 byte sequence shown as \u{FFFD}"]))
    }
}
