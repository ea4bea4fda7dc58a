import Foundation

/// Reads raw scraped text. (Placeholder: paragraphs only; the full reader is issue 2's work.)
public struct TextReportReader: ReportReader {
    public init() {}

    public func read(_ source: SourceText) throws(ReadError) -> [Article] {
        let paragraphs = source.text.components(separatedBy: "\n\n")
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty }
        guard let first = paragraphs.first else { throw ReadError(path: source.path, reason: "no text") }
        return [Article(id: source.id, path: source.path, format: .text, title: String(first.prefix(80)), titleDerived: true,
                        blocks: paragraphs.map { Block(kind: .paragraph, text: $0) }, warnings: source.warnings)]
    }
}
