import Foundation
import Testing
@testable import BylineCore

/// A small saved page: `head` inside `<head>`, `body` inside `<body>`.
func htmlPage(head: String = "", body: String) -> String {
    "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\(head)\n</head>\n<body>\n\(body)\n</body>\n</html>\n"
}

/// Reads page text that has already been decoded, as the HTML reader sees it.
func htmlArticle(_ html: String) throws -> Article {
    let articles = try HTMLReportReader().read(SourceText(path: "page.html", id: "page", text: html, pathExtension: "html"))
    try #require(articles.count == 1)
    return articles[0]
}

/// Reads a page from its stored bytes through `ArticleLoader`, as a file in a corpus is read.
func loadedPage(_ bytes: Data, name: String = "page.html") throws -> Article {
    let result = ArticleLoader().load(data: bytes, path: name, relativePath: name)
    #expect(result.failure == nil)
    return try #require(result.articles.first)
}

/// `text` in a legacy character set, as an old page would store it.
func encoded(_ text: String, _ encoding: String.Encoding) throws -> Data {
    try #require(text.data(using: encoding))
}
