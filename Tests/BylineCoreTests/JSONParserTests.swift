import Testing
@testable import BylineCore

@Suite struct JSONParserTests {
    @Test func objectsKeepTheirMembersInTheOrderWritten() throws {
        let tree = try JSONParser.parse(#"{"title": "Strike ends", "n": -12.5e1, "ok": true, "none": null, "list": [1, "two"]}"#)
        #expect(tree.keys == ["title", "n", "ok", "none", "list"])
        #expect(tree["title"] == .string("Strike ends"))
        #expect(tree["n"] == .double(-125))
        #expect(tree["ok"] == .bool(true))
        #expect(tree["list"] == .array([.int(1), .string("two")]))
    }

    @Test func integersReadBackAsWrittenAndHugeOnesAsDoubles() throws {
        let tree = try JSONParser.parse(#"{"id": 20250616123456, "year": 2025, "huge": 123456789012345678901234, "half": 0.5}"#)
        #expect(tree["id"]?.scalarText == "20250616123456")
        #expect(tree["year"] == .int(2025))
        #expect(tree["huge"] == .double(Double("123456789012345678901234")!))
        #expect(tree["half"]?.number == 0.5)
    }

    @Test func aParsedDocumentIsWrittenBackInTheSameOrder() throws {
        let text = #"{"b":[1,2.5,"x",null,true],"a":{"z":"é","y":-3}}"#
        #expect(try JSONParser.parse(text).serialized() == text)
    }

    @Test func aNullMemberCountsAsAbsent() throws {
        let tree = try JSONParser.parse(#"{"text": null, "maintext": "Body"}"#)
        #expect(tree.member(["text", "maintext"]) == .string("Body"))
    }

    @Test func memberNamesAreComparedWithoutCase() throws {
        let tree = try JSONParser.parse(#"{"DatePublished": "2025-06-16"}"#)
        #expect(tree["datePublished"] == .string("2025-06-16"))
    }

    @Test func escapesAndSurrogatePairsAreDecoded() throws {
        let tree = try JSONParser.parse(#"["Pe\u00f1a \u00c1lvarez", "\ud83c\udf0a wave", "tab\there", "quote \" slash \/", "lone \ud800 half"]"#)
        #expect(tree == .array([.string("Peña Álvarez"), .string("🌊 wave"), .string("tab\there"), .string("quote \" slash /"),
                                .string("lone \u{FFFD} half")]))
    }

    @Test func aByteOrderMarkBeforeTheValueIsAccepted() throws {
        #expect(try JSONParser.parse("\u{FEFF}{\"a\": 1}") == .object([("a", .int(1))]))
    }

    @Test(arguments: [
        ("{\n  \"title\": \"x\",\n  \"text\": \"y\"\n  \"url\": \"z\"\n}", "line 4, column 3: expected ',' or '}' after an object member, found '\"'"),
        ("{\"title\": \"x\",\n}", "line 2, column 1: expected a quoted member name after ',', found '}'"),
        ("[1, 2", "line 1, column 6: expected ',' or ']' after an array item, found the end of the text"),
        ("{\"title\": \"Peña\nÁlvarez\"}", "line 1, column 16: a line break inside a string (write it as \\n)"),
        ("{\"a\": tru}", "line 1, column 7: expected a value, found 't'"),
        ("{\"a\": 1} trailing", "line 1, column 10: unexpected 't' after the end of the JSON value"),
        ("{\"a\": \"\\x\"}", "line 1, column 9: unknown escape \\x in a string"),
        ("{\"a\": 01}", "line 1, column 8: expected ',' or '}' after an object member, found '1'"),
        ("", "line 1, column 1: the text ends where a value was expected"),
    ])
    func brokenJSONSaysWhereAndWhat(text: String, message: String) {
        #expect(throws: JSONParser.SyntaxError.self) { try JSONParser.parse(text) }
        do {
            _ = try JSONParser.parse(text)
        } catch {
            #expect(error.description == message)
        }
    }

    @Test func columnsCountCharactersNotBytes() {
        do {
            _ = try JSONParser.parse("{\"名前\": \"渡辺健二\" \"x\": 1}")
            Issue.record("expected a syntax error")
        } catch {
            #expect(error.description == "line 1, column 15: expected ',' or '}' after an object member, found '\"'")
        }
    }

    @Test func nestingTooDeepIsRefusedInsteadOfOverflowingTheStack() {
        let text = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        do {
            _ = try JSONParser.parse(text)
            Issue.record("expected a syntax error")
        } catch {
            #expect(error.description == "line 1, column 513: nested more than 512 levels deep")
        }
    }
}
