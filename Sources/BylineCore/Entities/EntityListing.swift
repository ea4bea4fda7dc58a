import Foundation

/// What `byline entities` prints for one report: its name spans against the file's text.
///
/// Offsets count Unicode scalars of the file's text as read (after decoding), end exclusive,
/// so a script can cut the names out of the file; this holds also for reports whose furniture
/// the reader dropped, because each block knows where its text begins in the file.
public struct EntityListing: Sendable, Equatable {
    /// The file name without its extension (with `#N` for the N-th report of a file holding
    /// several).
    public var doc: String
    public var persons: [EntitySpan]
    public var locations: [EntitySpan]
    public var organizations: [EntitySpan]

    /// Distinct person names as written, in order of first mention.
    public var names: [String] {
        var seen = Set<String>()
        return persons.compactMap { seen.insert($0.text).inserted ? $0.text : nil }
    }

    public init(doc: String, spans: [EntitySpan]) {
        self.doc = doc
        persons = spans.filter { $0.kind == .person }
        locations = spans.filter { $0.kind == .place }
        organizations = spans.filter { $0.kind == .organisation }
    }

    /// `{"doc": ..., "persons": [[s,e],...], "locations": ..., "organizations": ..., "names": [...]}`
    public var json: JSONValue {
        func ranges(_ spans: [EntitySpan]) -> JSONValue {
            .array(spans.map { .array([.int($0.start), .int($0.end)]) })
        }
        return .object([
            ("doc", .string(doc)),
            ("persons", ranges(persons)),
            ("locations", ranges(locations)),
            ("organizations", ranges(organizations)),
            ("names", .array(names.map(JSONValue.string))),
        ])
    }

    /// The listings of the file at `path`: one for plain text, one per report otherwise.
    ///
    /// - Parameter plain: read the whole file as one text, with no title, date, furniture or
    ///   caption detection.
    /// - Throws: `ReadError` when the file cannot be read or holds no report.
    public static func read(path: String, plain: Bool, recognizer: EntityRecognizer = EntityRecognizer()) throws(ReadError) -> [EntityListing] {
        let name = (path.split(separator: "/").last.map(String.init) ?? path)
        let doc = ArticleID.make(relativePath: name)
        let data: Data
        do {
            data = try FileBytes.read(path: path)
        } catch {
            throw ReadError(path: path, reason: "cannot read file (\(error.reason))")
        }
        if plain {
            switch TextDecoding.decode(data) {
            case .skipped(let reason):
                if data.isEmpty { return [EntityListing(doc: doc, spans: [])] }
                throw ReadError(path: path, reason: "skipped, \(reason)")
            case .text(let text, _):
                return [EntityListing(doc: doc, spans: recognizer.spans(in: text))]
            }
        }
        let result = ArticleLoader(recognizer: recognizer).load(data: data, path: path, relativePath: name)
        guard !result.articles.isEmpty else {
            throw ReadError(path: path, reason: result.failure ?? "no report found in the file")
        }
        let fileText: String
        if case .text(let text, _) = TextDecoding.decode(data) { fileText = text } else { fileText = "" }
        let locator = SourceLocator(fileText: fileText)
        return result.articles.enumerated().map { index, article in
            let id = result.articles.count > 1 ? "\(doc)#\(index + 1)" : doc
            return EntityListing(doc: id, spans: locator.fileSpans(of: article))
        }
    }
}
