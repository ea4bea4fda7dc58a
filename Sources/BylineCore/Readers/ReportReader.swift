import Foundation

/// A file's text after decoding, with what decoding had to say about it.
public struct SourceText: Sendable, Equatable {
    /// The path as given, used in warnings and as `Article.path`.
    public var path: String
    /// The stable id for the file's report (see `ArticleID`).
    public var id: String
    /// The decoded text. Offsets reported against "the file's text" count its Unicode scalars.
    public var text: String
    /// The lower-cased file name extension without the dot (`txt`, `md`, `json`, `html`).
    public var pathExtension: String
    /// Problems met while decoding (replacement characters, a guessed character set).
    public var warnings: [String]
    /// The file's bytes as stored, for formats that declare their own character set: the
    /// HTML reader decodes a page that is not UTF-8 by its `<meta charset>`. Nil when the
    /// text did not come from a file.
    public var bytes: Data?

    public init(path: String, id: String, text: String, pathExtension: String = "", warnings: [String] = [], bytes: Data? = nil) {
        self.path = path
        self.id = id
        self.text = text
        self.pathExtension = pathExtension
        self.warnings = warnings
        self.bytes = bytes
    }
}

/// Turns one decoded file of a given format into reports.
///
/// Call order: `ArticleLoader` decodes the bytes, picks the reader with `FormatDetector`, then
/// calls `read` once. A reader never touches the file system.
public protocol ReportReader: Sendable {
    /// Reads every report in `source`: one for most formats, several for a scraper's JSON array
    /// or JSON Lines file. Decoding warnings in `source` must be carried into each article.
    ///
    /// - Throws: `ReadError` when nothing in the file is a report.
    func read(_ source: SourceText) throws(ReadError) -> [Article]
}

/// Why a file gave no report; `description` is the one-line warning shown to the user.
public struct ReadError: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): \(reason)" }
}
