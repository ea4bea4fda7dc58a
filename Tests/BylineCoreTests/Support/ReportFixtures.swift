@testable import BylineCore

/// Reads fixture text as if it were a file of the given name, with the reader its content
/// calls for, and fails the test with the loader's own message when no report comes out.
func readReport(_ text: String, name: String = "report.txt") throws -> Article {
    let ext = name.split(separator: ".").last.map(String.init) ?? ""
    let source = SourceText(path: "fixtures/\(name)", id: ArticleID.make(relativePath: name), text: text, pathExtension: ext)
    let result = ArticleLoader().read(source)
    guard let article = result.articles.first else { throw FixtureError(message: result.failure ?? "no article") }
    return article
}

struct FixtureError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

extension Article {
    /// `kind: text` for each block, the way tests compare a report's story.
    var outline: [String] { blocks.map { "\($0.kind.rawValue): \($0.text)" } }
}

/// The slice of `text` starting `offset` Unicode scalars in, `length` scalars long.
func scalarSlice(_ text: String, from offset: Int, length: Int) -> String {
    String(String.UnicodeScalarView(text.unicodeScalars.dropFirst(offset).prefix(length)))
}
