/// Finds the article records in a scraper's file: one object, an array of objects, an
/// object wrapping such an array (`{"articles": [...]}`), or JSON Lines (one object a line).
struct ScraperJSONFile {
    /// One article's fields, and where it sits in the file.
    struct Record {
        /// 1-based position in an array or JSON Lines file; nil for a file of one object.
        var index: Int?
        var fields: JSONValue
    }

    var records: [Record] = []
    /// Parts of the file that were skipped (a broken line, an item that is not an object).
    var warnings: [String] = []

    /// Keys under which API dumps wrap their list of articles.
    static let wrapperKeys = ["articles", "items", "results", "data", "entries", "posts", "documents"]

    /// Splits `text` into records.
    ///
    /// - Parameter linesByName: the file is named `.jsonl` or `.ndjson`, so each line is read
    ///   on its own even when the first line alone is broken.
    /// - Throws: `ReadError`-ready reasons when the file holds no record at all.
    init(text: String, linesByName: Bool) throws(ScraperJSONFailure) {
        if linesByName {
            // A `.jsonl` file that holds one JSON array after all is read as the array.
            if case .array(let items)? = try? JSONParser.parse(text) {
                try readArray(items)
            } else {
                try readLines(text)
            }
            return
        }
        let document: JSONValue
        do {
            document = try JSONParser.parse(text)
        } catch {
            // `{...}\n{...}` in a `.json` file is JSON Lines under another name.
            guard Self.looksLikeLines(text) else { throw .notJSON(error) }
            try readLines(text)
            return
        }
        try readDocument(document)
    }

    private mutating func readDocument(_ document: JSONValue) throws(ScraperJSONFailure) {
        switch document {
        case .object:
            if let list = Self.wrappedList(document) {
                try readArray(list)
            } else {
                records = [Record(index: nil, fields: document)]
            }
        case .array(let items):
            try readArray(items)
        default:
            throw .noRecords("the JSON holds a single value, not an article object or a list of them")
        }
    }

    private mutating func readArray(_ items: [JSONValue]) throws(ScraperJSONFailure) {
        for (offset, item) in items.enumerated() {
            if item.isObject {
                records.append(Record(index: offset + 1, fields: item))
            } else {
                warnings.append("item \(offset + 1) of the list is not an article object; skipped")
            }
        }
        if records.isEmpty {
            throw .noRecords(items.isEmpty ? "the JSON list is empty" : "no item of the JSON list is an article object")
        }
    }

    private mutating func readLines(_ text: String) throws(ScraperJSONFailure) {
        var firstError: (line: Int, error: JSONParser.SyntaxError)?
        var index = 0
        for (offset, line) in text.normalizedLineEnds().split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let content = String(line).strippingEnds(" \t\r")
            guard !content.isEmpty else { continue }
            index += 1
            do {
                let value = try JSONParser.parse(content)
                if value.isObject {
                    records.append(Record(index: index, fields: value))
                } else {
                    warnings.append("line \(offset + 1) is not an article object; skipped")
                }
            } catch {
                firstError = firstError ?? (offset + 1, error)
                warnings.append("line \(offset + 1) is not valid JSON (column \(error.column): \(error.message)); skipped")
            }
        }
        if records.isEmpty {
            if let firstError {
                throw .notJSON(JSONParser.SyntaxError(line: firstError.line, column: firstError.error.column, message: firstError.error.message))
            }
            throw .noRecords("no line of the JSON Lines file is an article object")
        }
    }

    /// The list in `{"status": "ok", "articles": [...]}`, when the object is such a wrapper
    /// rather than an article itself.
    private static func wrappedList(_ object: JSONValue) -> [JSONValue]? {
        guard ScraperFields.title(object) == nil, ScraperFields.bodyValue(object) == nil else { return nil }
        for key in wrapperKeys {
            if let items = object[key]?.array, items.contains(where: \.isObject) { return items }
        }
        return nil
    }

    /// Whether the file is a JSON object per line: the first non-blank line is a whole
    /// object by itself and another line follows.
    private static func looksLikeLines(_ text: String) -> Bool {
        let lines = text.normalizedLineEnds().split(separator: "\n").map { String($0).strippingEnds(" \t\r") }.filter { !$0.isEmpty }
        guard lines.count >= 2, let first = lines.first, first.hasPrefix("{") else { return false }
        return (try? JSONParser.parse(first))?.isObject == true
    }
}

/// Why a scraper's file gave no article.
enum ScraperJSONFailure: Error {
    case notJSON(JSONParser.SyntaxError)
    case noRecords(String)

    /// One line for the user.
    var reason: String {
        switch self {
        case .notJSON(let error): return "not valid JSON: \(error)"
        case .noRecords(let reason): return reason
        }
    }
}
