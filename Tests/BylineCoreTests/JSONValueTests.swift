import Testing
@testable import BylineCore

@Suite struct JSONValueTests {
    @Test func objectsKeepTheirKeyOrder() {
        let doc: JSONValue = .object([("name", .string("Tokayev")), ("kind", .string("person")), ("mentions", .int(3))])
        #expect(doc.serialized() == #"{"name":"Tokayev","kind":"person","mentions":3}"#)
    }

    @Test func controlCharactersAndBidiOverridesAreEscaped() {
        let doc: JSONValue = .string("a\u{1B}]52;c;evil\u{07}b\u{202E}c\u{0}\"\\\n")
        #expect(doc.serialized() == #""a\u001b]52;c;evil\u0007b\u202ec\u0000\"\\\n""#)
    }

    @Test func nonASCIITextIsWrittenAsIs() {
        #expect(JSONValue.string("Нурсултан “東京”").serialized() == "\"Нурсултан “東京”\"")
    }

    @Test func optionalsBecomeNull() {
        #expect(JSONValue.array([.optional(nil), .optional("x")]).serialized() == #"[null,"x"]"#)
    }
}
