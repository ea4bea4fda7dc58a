import BylineTestSupport
import Foundation
import Testing
@testable import BylineCore

/// `byline entities` (an `EntityListing` per report) gives the same mentions as `show --json`
/// (the article's entities), in every format: the same number of each kind, each on a name or
/// alias of its entity, and each at a place in the file that writes that name, also where the
/// file writes it with character references or escapes.
@Suite struct EntityListingMentionsTests {
    /// Kind and text of every mention, as a sorted list.
    private func mentions(of article: Article) -> [String] {
        var out: [String] = []
        for entity in article.entities {
            for m in entity.mentions {
                let source = m.inCredit ? article.captions.first { $0.blockIndex == m.block }?.credit ?? "" : article.blocks[m.block].text
                let scalars = Array(source.unicodeScalars)
                var text = String.UnicodeScalarView()
                text.append(contentsOf: scalars[m.start..<m.end])
                out.append("\(entity.kind.rawValue) \(String(text))")
            }
        }
        return out.sorted()
    }

    private func listed(_ listing: EntityListing) -> [String] {
        (listing.persons.map { "person \($0.text)" } + listing.locations.map { "place \($0.text)" }
            + listing.organizations.map { "organisation \($0.text)" }).sorted()
    }

    /// What the file writes at `span`, with references and escapes decoded and tags dropped.
    private func written(_ span: EntitySpan, in file: [Unicode.Scalar]) -> String {
        var text = String.UnicodeScalarView()
        text.append(contentsOf: file[span.start..<span.end])
        var s = String(text).replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
        s = HTMLEntities.decode(s)
        if s.contains("\\"), let data = "\"\(s)\"".data(using: .utf8), let decoded = try? JSONDecoder().decode(String.self, from: data) { s = decoded }
        return s.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test func everyReportInArticlesListsTheMentionsShowGives() throws {
        let scan = CorpusScanner().scan(root: SampleArticlesTests.folder)
        var checked = 0
        for file in scan.files {
            let articles = ArticleLoader(recognizer: EntityRecognizer()).load(path: file.path, relativePath: file.relativePath).articles
            let listings = try EntityListing.read(path: file.path, plain: false)
            try #require(listings.count == articles.count, "\(file.relativePath)")
            guard case .text(let fileText, _) = TextDecoding.decode(try FileBytes.read(path: file.path)) else { continue }
            let scalars = Array(fileText.unicodeScalars)
            for (article, listing) in zip(articles, listings) {
                #expect(listed(listing) == mentions(of: article), "\(file.relativePath): entities and show differ")
                for span in listing.persons + listing.locations + listing.organizations {
                    let spaced = span.text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                    #expect(written(span, in: scalars) == spaced, "\(file.relativePath): \(span.start)-\(span.end) is not \"\(span.text)\"")
                    checked += 1
                }
            }
        }
        #expect(checked > 300)
    }

    @Test func aWebPageNameAfterOrHoldingACharacterReferenceIsListedOnItsWords() throws {
        let folder = try ScratchFolder("listing")
        let body = """
            <article><h1>Dock strike ends</h1>
            <p>The dockworkers&rsquo; leader Ana Souza said on Monday that the strike was over.</p>
            <p>Sean O&rsquo;Brien, an economist at Trinity College Dublin, said the port would recover. Souza agreed with <em>Sean O&#8217;Brien</em>.</p>
            <p>Rui Almeida said the deal was fair, and Souza thanked the workers of Valpara&iacute;so.</p></article>
            """
        try folder.write("strike.html", htmlPage(head: "<title>Dock strike ends</title>", body: body))
        let path = folder.path("strike.html")
        let article = try #require(ArticleLoader().load(path: path, relativePath: "strike.html").articles.first)
        let listing = try #require(try EntityListing.read(path: path, plain: false).first)
        #expect(listed(listing) == mentions(of: article))
        #expect(listing.names.contains("Sean O’Brien"))
        let scalars = Array(try String(contentsOfFile: path, encoding: .utf8).unicodeScalars)
        for span in listing.persons + listing.locations + listing.organizations {
            #expect(written(span, in: scalars) == span.text)
        }
    }
}
