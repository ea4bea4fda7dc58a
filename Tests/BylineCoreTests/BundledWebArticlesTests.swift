import Foundation
import Testing
@testable import BylineCore

/// The scraper JSON and saved pages shipped in `Articles/`, read as a user's corpus is.
@Suite struct BundledWebArticlesTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Articles")

    private func load(_ name: String) throws -> [Article] {
        let result = ArticleLoader().load(path: Self.folder.appendingPathComponent(name).path, relativePath: name)
        #expect(result.failure == nil)
        return result.articles
    }

    @Test func theRoundupArrayHoldsThreeReportsInThreeFieldShapes() throws {
        let articles = try load("shipping-and-water-roundup.json")
        #expect(articles.map(\.id) == ["shipping-and-water-roundup#1", "shipping-and-water-roundup#2", "shipping-and-water-roundup#3"])
        #expect(articles.map(\.title) == [
            "Valparaíso dockworkers extend strike as talks with port operators stall",
            "Rotterdam braces for weeks of delays as Chilean strike ripples through Gulf Meridian schedules",
            "Geneva water summit to weigh binding rules for shared lakes and rivers",
        ])
        #expect(articles.map { $0.date?.iso } == ["2024-06-10", "2024-06-13", "2024-06-07"])
        #expect(articles.map(\.dateText) == ["2024-06-10T08:45:00-04:00", "June 13, 2024", "2024-06-07"])
        #expect(articles.map(\.byline) == ["Lucía Fernández", "Pieter Janssen", "Claire Dubois"])
        #expect(articles.map(\.dateline) == ["VALPARAÍSO, Chile", "ROTTERDAM", "GENEVA"])
        #expect(articles.map(\.source) == ["https://news.example.org/2024/06/10/valparaiso-dockworkers-extend-strike",
                                           "https://harbourdaily.example.nl/rotterdam-braces-for-delays",
                                           "https://lakesidecourier.example.ch/geneva-water-summit-preview"])
        #expect(articles.allSatisfy { $0.warnings.isEmpty && $0.format == .json })

        let strike = articles[0]
        #expect(strike.blocks.map(\.kind) == [.paragraph, .paragraph, .paragraph, .paragraph, .caption, .paragraph, .subhead,
                                              .paragraph, .paragraph, .paragraph, .paragraph, .caption])
        #expect(strike.captions == [
            Caption(text: "Dockworkers hold a night vigil outside the container terminal", credit: "Mariana Costa/Reuters", blockIndex: 4,
                    image: "https://news.example.org/img/valparaiso-vigil.jpg"),
            Caption(text: "Container ships at anchor in the bay of Valparaíso on Monday", credit: "Mariana Costa/Reuters", blockIndex: 11,
                    image: "https://news.example.org/img/valparaiso-bay-ships.jpg"),
        ])
        #expect(articles[1].captions == [Caption(alt: "Idle cranes at a container terminal",
                                                 text: "Cranes stand idle at the Maasvlakte terminal, where Gulf Meridian ships are due late this month",
                                                 credit: "Aleksei Morozov/AFP/Getty Images via AFP", blockIndex: 9,
                                                 image: "https://harbourdaily.example.nl/media/maasvlakte-cranes.jpg")])
        #expect(articles[2].tags == ["water", "United Nations", "Geneva", "Lake Balkhash"])
    }

    @Test func theNewspaperStyleReportKeepsItsCaptionInPlace() throws {
        let article = try #require(load("lake-balkhash-water-rights.json").first)
        #expect(article.id == "lake-balkhash-water-rights")
        #expect(article.byline == "Aigerim Nurlanova and Tomás Reyes")
        #expect(article.date?.iso == "2024-05-03")
        #expect(article.blocks.count == 10)
        #expect(article.blocks[5] == Block(kind: .caption, text: "Fishermen repair their nets on the shore of Lake Balkhash, where the water has retreated more than a kilometre"))
        #expect(article.captions.map(\.credit) == ["Aleksei Morozov/AFP/Getty Images via AFP"])
    }

    @Test func theNewsPleaseStyleReportSkipsADescriptionThatRepeatsItsLead() throws {
        let article = try #require(load("delft-sea-level-study.json").first)
        #expect(article.title == "Delft study warns Rotterdam to plan for a metre of sea-level rise")
        #expect(article.date?.iso == "2024-06-03")
        #expect(article.source == "https://delta-post.example.nl/delft-study-rotterdam-sea-level")
        #expect(article.blocks.count == 8)
        #expect(article.blocks[0].text.hasPrefix("DELFT — Rotterdam could face sea levels up to 1.1 metres higher"))
        #expect(article.captions.isEmpty)
    }

    @Test func theWireFileHoldsOneReportPerLine() throws {
        let articles = try load("hydrogen-talks-wire.jsonl")
        #expect(articles.map(\.id) == ["hydrogen-talks-wire#1", "hydrogen-talks-wire#2"])
        #expect(articles.map(\.byline) == ["Hana Sato", "Hana Sato and Hannah Becker"])
        #expect(articles.map(\.dateline) == ["BRUSSELS", "TOKYO"])
        #expect(articles[1].blocks[1].text.contains("Kenji Watanabe (渡辺健二) told reporters at the foreign ministry in 東京"))
        #expect(articles[0].captions == [Caption(text: "Commissioner Sofia Lindqvist and chief negotiator Kenji Watanabe before the talks in Brussels",
                                                 credit: "Aleksei Morozov/AFP", blockIndex: 9, image: "https://wire.example.com/photos/berlaymont-talks.jpg")])
        #expect(articles[1].tags == ["hydrogen", "trade", "Tokyo"])
    }

    @Test func theGenevaPageGivesItsStoryWithoutFurniture() throws {
        let article = try #require(load("geneva-water-summit.html").first)
        #expect(article.title == "Okafor tells Geneva summit that shared lakes need rules, not promises")
        #expect(article.format == .html)
        #expect(article.date?.iso == "2024-06-10")
        #expect(article.byline == "Claire Dubois")
        #expect(article.source == "https://lakesidecourier.example.ch/2024/06/10/okafor-geneva-summit")
        #expect(article.dateline == "GENEVA")
        #expect(article.tags == ["water", "Geneva summit", "Geneva", "United Nations", "Lake Balkhash"])
        #expect(article.blocks.map(\.kind) == [.caption, .paragraph, .paragraph, .quote, .paragraph, .caption, .subhead, .paragraph,
                                               .paragraph, .paragraph, .paragraph, .subhead, .paragraph, .paragraph])
        #expect(article.captions == [
            Caption(alt: "Flags outside the Palais des Nations in Geneva",
                    text: "Delegates arrive at the Palais des Nations for the opening of the water summit on Monday",
                    credit: "Aleksei Morozov/AFP/Getty Images via AFP", blockIndex: 0, image: "/media/palais-des-nations.jpg"),
            Caption(alt: "Amara Okafor at a podium", text: "UN Special Rapporteur Amara Okafor addresses the opening session",
                    credit: "Mariana Costa/Reuters", blockIndex: 5, image: "/media/okafor-podium.jpg"),
        ])
        #expect(article.blocks[6].text == "‘Not a committee in Switzerland’")
        let text = article.blocks.map(\.text).joined(separator: "\n")
        for furniture in ["cookies", "Skip to content", "Facebook", "Courier Climate Briefing", "Related stories", "Leave a Reply",
                          "lakewatcher", "Twenty years of declarations is right", "About us", "dataLayer", "Claire Dubois", "Spotted a mistake"] {
            #expect(!text.contains(furniture), "\(furniture)")
        }
    }

    @Test func theHarbourPageWithoutArticleTagsFindsItsStoryBlock() throws {
        let article = try #require(load("rotterdam-first-ships.html").first)
        #expect(article.title == "First Gulf Meridian ships reach Rotterdam after Valparaíso strike ends")
        #expect(article.byline == "Pieter Janssen")
        #expect(article.dateText == "2024-08-24T10:15:00+02:00")
        #expect(article.tags == ["shipping", "Rotterdam", "Gulf Meridian Lines"])
        #expect(article.blocks.first?.text.hasPrefix("ROTTERDAM – The first three container ships") == true)
        #expect(article.blocks.last?.text == "Dockworkers in Rotterdam, who had sent messages of support to the strikers, said they planned to invite Peña Álvarez to speak at their union congress in the autumn.")
        #expect(article.blocks.filter { $0.kind == .subhead }.map(\.text) == ["Costs still being counted"])
        #expect(article.captions == [Caption(alt: "A container ship at the Maasvlakte",
                                             text: "The container ship Meridian Star is guided to her berth at the Maasvlakte on Saturday morning",
                                             credit: "Mariana Costa/Reuters", blockIndex: 2, image: "/media/gulf-meridian-maasvlakte.jpg")])
        let text = article.blocks.map(\.text).joined(separator: "\n")
        for furniture in ["Subscribe", "Advertisement", "Most read", "morning briefing", "LinkedIn", "Wilhelminakade", "cookies", "Home"] {
            #expect(!text.contains(furniture), "\(furniture)")
        }
    }

    @Test func theLatin1PageIsDecodedByItsDeclaredCharset() throws {
        let bytes = try Data(contentsOf: Self.folder.appendingPathComponent("valparaiso-union-vote.html"))
        #expect(String(data: bytes, encoding: .utf8) == nil)  // the fixture really is not UTF-8
        let article = try #require(load("valparaiso-union-vote.html").first)
        #expect(article.title == "Valparaíso dockworkers vote to end strike after safety deal")
        #expect(article.byline == "Lucía Fernández")
        #expect(article.dateline == "VALPARAÍSO, Chile")
        #expect(article.warnings.isEmpty)
        #expect(article.blocks[3].text == "“This is the first agreement in years that is written in ink,” union leader José Ignacio Peña Álvarez told reporters after the count. “Nobody gave it to us. We stood at those gates in the rain for fifty-one days to get it.”")
        #expect(article.captions == [Caption(alt: "Dockworkers raise their hands during the vote",
                                             text: "Members of the dockworkers’ union vote in the hall on Avenida Errázuriz on Tuesday night",
                                             credit: "Mariana Costa/Reuters", blockIndex: 2, image: "/fotos/2024/07/votacion-sindicato.jpg")])
        let text = article.blocks.map(\.text).joined(separator: "\n")
        for furniture in ["cookies", "Español", "Share", "Tags", "Most read", "comentario", "derechos"] {
            #expect(!text.contains(furniture), "\(furniture)")
        }
    }

    @Test func pagesAndScraperFilesCanBeReadByManyTasksAtOnce() async throws {
        let names = ["geneva-water-summit.html", "rotterdam-first-ships.html", "valparaiso-union-vote.html", "shipping-and-water-roundup.json"]
        let expected = try names.map(load)
        let folder = Self.folder
        let results = await withTaskGroup(of: (Int, [Article]).self) { group in
            for _ in 0..<6 {
                for (index, name) in names.enumerated() {
                    group.addTask { (index, ArticleLoader().load(path: folder.appendingPathComponent(name).path, relativePath: name).articles) }
                }
            }
            var all: [(Int, [Article])] = []
            for await result in group { all.append(result) }
            return all
        }
        #expect(results.count == 6 * names.count)
        for (index, articles) in results { #expect(articles == expected[index]) }
    }

    @Test func everyReportIsBetween300And700Words() throws {
        for name in ["shipping-and-water-roundup.json", "lake-balkhash-water-rights.json", "delft-sea-level-study.json",
                     "hydrogen-talks-wire.jsonl", "geneva-water-summit.html", "rotterdam-first-ships.html", "valparaiso-union-vote.html"] {
            for article in try load(name) {
                let words = article.blocks.filter { $0.kind != .caption }.reduce(0) { $0 + $1.text.split(separator: " ").count }
                #expect((300...700).contains(words), "\(article.id): \(words) words")
            }
        }
    }
}
