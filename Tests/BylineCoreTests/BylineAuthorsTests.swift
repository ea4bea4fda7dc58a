import Testing
@testable import BylineCore

/// A named author in a byline is a person of the report with the role `author`; generic
/// bylines name no one.
@Suite struct BylineAuthorsTests {
    @Test(arguments: [
        ("By Maria L. Santos", ["Maria L. Santos"]),
        ("Hana Sato and Hannah Becker", ["Hana Sato", "Hannah Becker"]),
        ("Hana Sato, Hannah Becker and Pieter Janssen", ["Hana Sato", "Hannah Becker", "Pieter Janssen"]),
        ("Claire Dubois | Reuters", ["Claire Dubois"]),
        ("Ingrid van der Berg/AFP", ["Ingrid van der Berg"]),
        ("admin", []),
        ("By Newsdesk", []),
        ("Staff Reporter", []),
        ("Agencies", []),
        ("Reuters", []),
        ("BBC News", []),
    ])
    func bylinesNameTheirAuthorsOnly(byline: String, names: [String]) {
        #expect(BylineAuthors.names(in: byline) == names)
    }

    @Test func anAuthorTheStoryNamesIsOnePersonWithTheRole() {
        let article = EntityRecognizer().annotate(Article(
            id: "a", path: "a.md", format: .markdown, title: "Water is a right", byline: "Amara Okafor",
            blocks: [Block(kind: .paragraph, text: "Amara Okafor, the UN Special Rapporteur, visited the lake on Monday.")]))
        let okafor = article.entities.filter { $0.name == "Amara Okafor" }
        #expect(okafor.count == 1)
        #expect(okafor.first?.roles.contains(BylineAuthors.role) == true)
        #expect(okafor.first?.mentions.isEmpty == false)
    }

    @Test func anAuthorTheStoryDoesNotNameIsAPersonWithoutMentions() {
        let article = EntityRecognizer().annotate(Article(
            id: "a", path: "a.txt", format: .text, title: "Strike", byline: "Pieter Janssen",
            blocks: [Block(kind: .paragraph, text: "Dock workers marched in Rotterdam on Monday.")]))
        let author = article.entities.first { $0.name == "Pieter Janssen" }
        #expect(author?.kind == .person)
        #expect(author?.roles == [BylineAuthors.role])
        #expect(author?.mentions.isEmpty == true)
        #expect(EntityRecognizer().annotate(Article(id: "b", path: "b.txt", format: .text, title: "x", byline: "By admin",
                                                    blocks: [Block(kind: .paragraph, text: "Nothing here.")])).entities.isEmpty)
    }

    @Test func honorificsAreLeftOutOfALookup() {
        #expect(HonorificStripping.stripped("Mr Okafor") == "Okafor")
        #expect(HonorificStripping.stripped("Dr. Ingrid van der Berg") == "Ingrid van der Berg")
        #expect(HonorificStripping.stripped("Okafor") == "Okafor")
        #expect(HonorificStripping.stripped("Mr") == "Mr")
    }
}
