import Testing
@testable import BylineCore

/// Reads a scraper file named `name` holding `text`.
func scraperFile(_ text: String, name: String = "batch.json") throws(ReadError) -> [Article] {
    let ext = String(name.split(separator: ".").last ?? "")
    return try ScraperJSONReader().read(SourceText(path: name, id: ArticleID.make(relativePath: name), text: text, pathExtension: ext,
                                                   warnings: ["decoding note"]))
}

@Suite struct ScraperJSONReaderTests {
    @Test func aFileOfOneObjectIsOneReportWithTheFilesID() throws {
        let articles = try scraperFile(#"{"title": "One", "text": "Body."}"#, name: "2025/one.json")
        #expect(articles.map(\.id) == ["2025/one"])
        #expect(articles[0].warnings == ["decoding note"])
    }

    @Test func eachItemOfAnArrayIsItsOwnReportNumberedFromOne() throws {
        let articles = try scraperFile(#"[{"title": "One", "text": "A."}, {"title": "Two", "text": "B."}, {"title": "Three", "text": "C."}]"#, name: "feeds/batch.json")
        #expect(articles.map(\.id) == ["feeds/batch#1", "feeds/batch#2", "feeds/batch#3"])
        #expect(articles.map(\.title) == ["One", "Two", "Three"])
        #expect(articles.allSatisfy { $0.path == "feeds/batch.json" && $0.format == .json && $0.warnings == ["decoding note"] })
    }

    @Test func itemIDsMatchTheIDsArticleIDMakes() {
        #expect(ScraperJSONReader.itemID(fileID: ArticleID.make(relativePath: "feeds/batch.json"), index: 2)
                == ArticleID.make(relativePath: "feeds/batch.json", index: 2))
    }

    @Test func jsonLinesGiveOneReportPerLine() throws {
        let articles = try scraperFile("{\"title\": \"One\", \"text\": \"A.\"}\r\n\n{\"title\": \"Two\", \"text\": \"B.\"}\n", name: "wire.jsonl")
        #expect(articles.map(\.id) == ["wire#1", "wire#2"])
    }

    @Test func aJSONLinesFileHoldingAnArrayIsReadAsTheArray() throws {
        let articles = try scraperFile("[\n  {\"title\": \"One\", \"text\": \"A.\"},\n  {\"title\": \"Two\", \"text\": \"B.\"}\n]\n", name: "wire.jsonl")
        #expect(articles.map(\.id) == ["wire#1", "wire#2"])
    }

    @Test func jsonLinesSavedAsDotJSONAreRecognised() throws {
        let articles = try scraperFile("{\"title\": \"One\", \"text\": \"A.\"}\n{\"title\": \"Two\", \"text\": \"B.\"}\n", name: "wire.json")
        #expect(articles.map(\.title) == ["One", "Two"])
    }

    @Test func aBrokenLineOfJSONLinesIsSkippedWithAWarningOnTheFirstReport() throws {
        let text = "{\"title\": \"One\", \"text\": \"A.\"}\n{\"title\": \"Two\", \"text\": \n{\"title\": \"Three\", \"text\": \"C.\"}\n"
        let articles = try scraperFile(text, name: "wire.jsonl")
        #expect(articles.map(\.id) == ["wire#1", "wire#3"])
        #expect(articles[0].warnings == ["decoding note", "line 2 is not valid JSON (column 25: the text ends where a value was expected); skipped"])
        #expect(articles[1].warnings == ["decoding note"])
    }

    @Test func aListWrappedInAnAPIResponseIsUnwrapped() throws {
        let articles = try scraperFile(#"{"status": "ok", "totalResults": 2, "articles": [{"title": "One", "content": "A."}, {"title": "Two", "content": "B."}]}"#)
        #expect(articles.map(\.id) == ["batch#1", "batch#2"])
    }

    @Test func itemsThatAreNotArticlesAreSkippedWithAWarning() throws {
        let articles = try scraperFile(#"[{"title": "One", "text": "A."}, "stray", {"id": 7}]"#)
        #expect(articles.map(\.id) == ["batch#1"])
        #expect(articles[0].warnings == ["decoding note", "item 2 of the list is not an article object; skipped",
                                         "item 3: no title and no story text (fields: id); skipped"])
    }

    @Test(arguments: [
        ("{\n  \"title\": \"Strike\",\n  \"text\": \"Body\"\n  \"url\": \"x\"\n}",
         "batch.json: not valid JSON: line 4, column 3: expected ',' or '}' after an object member, found '\"'"),
        ("[{\"title\": \"One\", \"text\": \"A.\"},", "batch.json: not valid JSON: line 1, column 33: the text ends where a value was expected"),
        ("[]", "batch.json: the JSON list is empty"),
        ("\"just a string\"", "batch.json: the JSON holds a single value, not an article object or a list of them"),
        ("{}", "batch.json: no title and no story text (the object is empty)"),
        ("{\"id\": 1, \"lang\": \"en\"}", "batch.json: no title and no story text (fields: id, lang)"),
        ("[{\"id\": 1}, {\"id\": 2}]", "batch.json: no item holds an article (item 1: no title and no story text (fields: id); skipped)"),
    ])
    func aFileWithNoArticleIsOneClearError(text: String, message: String) {
        do {
            _ = try scraperFile(text)
            Issue.record("expected a read error")
        } catch {
            #expect(error.description == message)
        }
    }

    @Test func aJSONLinesFileWithNoGoodLineReportsTheFirstError() {
        do {
            _ = try scraperFile("not json\n{broken\n", name: "wire.jsonl")
            Issue.record("expected a read error")
        } catch {
            #expect(error.description == "wire.jsonl: not valid JSON: line 1, column 1: expected a value, found 'n'")
        }
    }
}
