import Testing
@testable import BylineCore

@Suite struct RawTextTests {
    private func endTag(_ name: String, in text: String) -> Int? {
        let bytes = Array(text.utf8)
        return name.withCString { name in
            bytes.withUnsafeBufferPointer { RawText.endTag(named: UnsafeRawPointer(name).assumingMemoryBound(to: UInt8.self), in: $0) }
        }
    }

    @Test func theEndTagIsTheFirstCloseOfTheNameInAnyCase() {
        #expect(endTag("script", in: "a < b; '</div>'; </SCRIPT>") == 17)
        #expect(endTag("script", in: "x</scripts>") == 1)
        #expect(endTag("style", in: "p {} </styl") == nil)
        #expect(endTag("style", in: "</") == nil)
    }

    @Test func onlyTextLibxml2CopiesUnchangedIsTakenAsItIs() {
        func plain(_ text: String) -> Bool { Array(text.utf8).withUnsafeBufferPointer(RawText.isCopiedAsItIs) }
        #expect(plain("var a = 1;\r\n\tb = 'é 🚢';"))
        #expect(!plain("a\u{1}b"))
        #expect(!plain("a\u{0}b"))
        #expect(!plain("a\u{FFFE}b"))
        #expect(!plain("a\u{FFFF}b"))
        #expect(plain("a\u{FFFD}b"))
        #expect(!Array<UInt8>([0x61, 0xFF, 0x62]).withUnsafeBufferPointer(RawText.isCopiedAsItIs))
    }
}
