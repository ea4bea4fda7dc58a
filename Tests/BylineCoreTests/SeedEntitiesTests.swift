import Foundation
import Testing
@testable import BylineCore

/// The seed report beside the checkout (`../shared/seed`), read as `byline show` reads it.
private enum Seed {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/seed")
    static let report = folder.appendingPathComponent("kazakhstan-unrest.txt").path
    static var present: Bool { FileManager.default.fileExists(atPath: report) }

    static func article() throws -> Article {
        let result = ArticleLoader().load(path: report)
        return try #require(result.articles.first, "the seed report did not load: \(result.failure ?? "")")
    }
}

@Suite(.enabled(if: Seed.present, "the shared seed folder (../shared/seed) is not beside this checkout"))
struct SeedEntitiesTests {
    @Test func exactlyTheEightPeopleWithTheirAliasesAndRoles() throws {
        let people = try Seed.article().entities.filter { $0.kind == .person }
        let found = Dictionary(uniqueKeysWithValues: people.map { ($0.name, $0) })
        #expect(Set(found.keys) == [
            "Kassym-Jomart Tokayev", "Nursultan Nazarbayev", "Robin Forestier-Walker", "Maxim Suchkov",
            "Vladimir Putin", "Antony Blinken", "Kuralai", "Abduaziz Madyarov",
        ])
        #expect(found["Kassym-Jomart Tokayev"]?.aliases == ["Tokayev"])
        #expect(found["Nursultan Nazarbayev"]?.aliases == ["Nazarbayev"])
        #expect(found["Robin Forestier-Walker"]?.aliases == ["Forestier – Walker"])
        #expect(found["Maxim Suchkov"]?.aliases == ["Suchkov"])
        #expect(found["Vladimir Putin"]?.aliases == ["Putin"])
        #expect(found["Antony Blinken"]?.aliases == ["Blinken"])
        #expect(found["Kuralai"]?.aliases == [])
        #expect(found["Abduaziz Madyarov"]?.aliases == [])
        #expect(found["Kassym-Jomart Tokayev"]?.roles == ["Kazakh President"])
        #expect(found["Vladimir Putin"]?.roles == ["Russian President"])
        #expect(found["Antony Blinken"]?.roles == ["US Secretary of State"])
        #expect(found["Abduaziz Madyarov"]?.roles == ["photographer"])
        #expect(found["Maxim Suchkov"]?.roles == ["non-resident expert"])
        #expect(found["Nursultan Nazarbayev"]?.roles == ["former president"])
        #expect(found["Kassym-Jomart Tokayev"]?.mentions.count == 6)
    }

    @Test func theListedPlacesAndOrganisationsAreFound() throws {
        let entities = try Seed.article().entities
        let places = Set(entities.filter { $0.kind == .place }.map(\.name))
        let organisations = Set(entities.filter { $0.kind == .organisation }.map(\.name))
        #expect(places.isSuperset(of: [
            "Kazakhstan", "Almaty", "Nur-Sultan", "Moscow", "Georgia", "Ukraine", "Crimean peninsula",
            "Aktau", "Caspian Sea", "Russia", "United States",
        ]))
        #expect(organisations.isSuperset(of: [
            "Al Jazeera", "Russian Council on International Affairs", "Kremlin", "Collective Security Treaty Organization",
            "Reuters", "Interior Ministry", "AFP", "Getty Images",
        ]))
        #expect(entities.first { $0.name == "Collective Security Treaty Organization" }?.aliases == ["CSTO"])
        // Everything else found is a place or organisation in fact, not a stray capitalised word.
        #expect(places.subtracting(["Kazakhstan", "Almaty", "Nur-Sultan", "Moscow", "Georgia", "Ukraine", "Crimean peninsula",
                                    "Aktau", "Caspian Sea", "Russia", "United States"]) == ["Soviet Union", "US"])
        #expect(organisations.subtracting(["Al Jazeera", "Russian Council on International Affairs", "Kremlin",
                                           "Collective Security Treaty Organization", "Reuters", "Interior Ministry", "AFP",
                                           "Getty Images"]) == ["State TV"])
    }

    @Test func theSixQuotesHaveTheirSpeakers() throws {
        let quotes = try Seed.article().quotes
        let expected: [(String, String)] = [
            ("Kassym-Jomart Tokayev", "The militants have not laid down"),
            ("Kassym-Jomart Tokayev", "Whoever does not surrender"),
            ("Robin Forestier-Walker", "There has been very little"),
            ("Maxim Suchkov", "This includes some people"),
            ("Antony Blinken", "I think one lesson"),
            ("Kuralai", "At night when we hear explosions"),
        ]
        #expect(quotes.count == expected.count)
        for (quote, (speaker, start)) in zip(quotes, expected) {
            #expect(quote.speaker == speaker)
            #expect(quote.text.hasPrefix(start))
        }
    }
}
