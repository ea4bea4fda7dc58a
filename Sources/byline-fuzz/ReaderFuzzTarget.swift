import BylineCore
import Foundation

/// Feeds arbitrary bytes to every report reader through the same path the corpus uses.
///
/// The first byte picks the file extension, so content detection and each reader's
/// extension fallbacks are all exercised; the rest is the file.
enum ReaderFuzzTarget {
    static let extensions = ["txt", "md", "json", "jsonl", "html", "htm", "", "markdown"]

    static func run(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let first = bytes.first else { return }
        let ext = extensions[Int(first) % extensions.count]
        let data = Data(bytes.dropFirst())
        let name = ext.isEmpty ? "report" : "report.\(ext)"
        let result = ArticleLoader().load(data: data, path: "/fuzz/\(name)", relativePath: name)
        for article in result.articles {
            // Rendering paths run on what users see, so they are fuzzed too.
            _ = article.json.serialized()
            _ = VisibleText.make(article.title)
        }
    }
}
