import Testing
@testable import BylineCore

/// Spans as `kind:text`, in text order.
private func names(_ text: String) -> [String] {
    EntityRecognizer().spans(in: text).map { "\($0.kind.rawValue):\($0.text)" }
}

/// A report of plain paragraphs, annotated.
private func report(_ paragraphs: [String]) -> Article {
    let article = Article(id: "r", path: "r.txt", format: .text, title: "t",
                          blocks: paragraphs.map { Block(kind: .paragraph, text: $0) })
    return EntityRecognizer().annotate(article)
}

private func entity(_ article: Article, _ name: String) -> Entity? {
    article.entities.first { $0.name == name }
}

/// Short reports written for these tests, with names of many origins, for the classes of
/// error seen on news text the rules were not written for.
@Suite struct UnseenReportTests {
    @Test func aDatelineInCapitalsIsAPlaceAndOneEntityWithTheMixedCaseForm() throws {
        #expect(names("TROMSØ — Researchers in Tromsø said the ice had gone.") == ["place:TROMSØ", "place:Tromsø"])
        #expect(names("HO CHI MINH CITY, Vietnam — Students marched.") == ["place:HO CHI MINH CITY", "place:Vietnam"])
        let a = report(["TROMSØ — Researchers in Tromsø said the ice had gone."])
        let places = a.entities.filter { $0.kind == .place }
        #expect(places.map(\.name) == ["Tromsø"])
        #expect(places.first?.mentions.count == 2)
    }

    @Test func anOrganisationNamedAfterAMultiWordPlaceKeepsItsStart() {
        #expect(names("Students at Ho Chi Minh City University of Technology staged a sit-in.")
            == ["organisation:Ho Chi Minh City University of Technology"])
    }

    @Test func partiesCompaniesAndInstitutesNamedLikePeopleOrPlacesAreOrganisations() {
        #expect(names("Members of Frente Amplio gathered, while Partido Verde leaders met in Brasília.")
            == ["organisation:Frente Amplio", "organisation:Partido Verde", "place:Brasília"])
        #expect(names("Goldman Sachs and Lloyd George Management cut their forecasts. The Institute for Snow Studies agreed.")
            == ["organisation:Goldman Sachs", "organisation:Lloyd George Management", "organisation:Institute for Snow Studies"])
        #expect(names("Voters backed the Tamsin Rowe party. Shares in Northwind Messenger fell. Green Left won three seats.")
            == ["organisation:Tamsin Rowe", "organisation:Northwind Messenger", "organisation:Green Left"])
        #expect(names("Talks with Varga Keller Partners (VKP) stalled. Later the Greens walked out.")
            == ["organisation:Varga Keller Partners", "organisation:VKP", "organisation:Greens"])
        #expect(names("Harlow Lane Capital said it would buy Quickfind, the search start-up.")
            == ["organisation:Harlow Lane Capital", "organisation:Quickfind"])
    }

    @Test func worksAndFictionalCharactersAreNotPeople() {
        #expect(names("The film Long Summer Nights, starring Claire Dubois, opened in Paris.")
            == ["person:Claire Dubois", "place:Paris"])
        #expect(names("Readers still love Sherlock Holmes and Long John Silver, said Oona Byrne.") == ["person:Oona Byrne"])
    }

    @Test func commonAbbreviationsAreNeverOrganisationsAndCapitalsStayAsWritten() {
        let text = "Sales of TV sets, PC parts and DVD players rose. ID cards cost more from 10:00 GMT. The MP and the CEO met over P2P links. The UK said it would respond."
        #expect(names(text) == ["place:UK"])
        #expect(report([text]).entities.map(\.name) == ["UK"])
    }

    @Test func canonicalNamesHoldNoTitleRegionOrDemonym() throws {
        let a = report([
            "North Coast MEP Anna Lindberg-Holt said the rules would hurt fishermen.",
            "Teenager Kofi Mensah won the prize. Londoners Sam Whitlock and Ruth Amos watched. Presidents Macron spoke.",
        ])
        let anna = try #require(entity(a, "Anna Lindberg-Holt"))
        #expect(anna.roles == ["MEP"])
        #expect(entity(a, "North Coast")?.kind == .place)
        #expect(entity(a, "Kofi Mensah")?.roles == [])
        #expect(entity(a, "Sam Whitlock")?.kind == .person)
        #expect(entity(a, "Macron")?.roles == ["President"])
        #expect(!a.entities.contains { $0.name.contains("Teenager") || $0.name.contains("Londoners") || $0.name.contains("Presidents") })
    }

    @Test func aDoubleSurnameAndItsFirstSurnameAreOnePerson() throws {
        let a = report([
            "María Fernanda López Ortega presented the budget. López Ortega said spending would rise.",
            "Critics were unmoved. López rejected the claim. Nguyễn Thị Lan and Khalid al-Amiri agreed.",
        ])
        let lopez = try #require(entity(a, "María Fernanda López Ortega"))
        #expect(lopez.aliases == ["López Ortega", "López"])
        #expect(lopez.mentions.count == 3)
        #expect(a.entities.filter { $0.kind == .person }.count == 3)
    }

    @Test func rolesAreShortJobPhrasesNotClausesNorHonorifics() throws {
        let a = report([
            "“The numbers do not add up,” said Juan Pablo Restrepo, an economist at Barclays in Leeds.",
            "The Minister of Finance, Ana Beltrán Ruiz, said she would study the plan.",
            "A spokesman for the ministry, Diego Salazar, said the bill would pass.",
            "Geologist Dr. Amaral Souza said the mines would close. Tanzania Mr Juma Mwinyi agreed.",
            "Ragnhild Åsheim, the Finance Secretary, and police chief Erkki Virtanen came. Dr Mei Lin came too.",
        ])
        #expect(entity(a, "Juan Pablo Restrepo")?.roles == ["economist"])
        #expect(entity(a, "Ana Beltrán Ruiz")?.roles == ["Minister of Finance"])
        #expect(entity(a, "Diego Salazar")?.roles == ["spokesman for the ministry"])
        #expect(entity(a, "Amaral Souza")?.roles == ["geologist"])
        #expect(entity(a, "Juma Mwinyi")?.roles == [])
        #expect(entity(a, "Ragnhild Åsheim")?.roles == ["Finance Secretary"])
        #expect(entity(a, "Erkki Virtanen")?.roles == ["police chief"])
        #expect(entity(a, "Mei Lin")?.roles == [])
    }

    @Test func aPlayingPositionBeforeANameIsItsRoleNotPartOfTheName() {
        let a = report([
            "Fullback Tevita Halaholo kicked two penalties. Winger Siosaia Fifita scored late.",
        ])
        #expect(entity(a, "Tevita Halaholo")?.roles == ["fullback"])
        #expect(entity(a, "Siosaia Fifita")?.roles == ["winger"])
        #expect(!a.entities.contains { $0.name.hasPrefix("Fullback") || $0.name.hasPrefix("Winger") })
    }

    @Test func aliasesAreOnlyStringsTheReportContains() {
        let paragraphs = [
            "Oluwaseun Adeyemi met Björn Lindqvist and Zhang Wei in Lagos.",
            "Adeyemi said Björn would return. Kwame spoke later.",
        ]
        let text = paragraphs.joined(separator: "\n\n")
        for e in report(paragraphs).entities {
            for alias in e.aliases { #expect(text.contains(alias), "\(e.name) has an alias the report never writes: \(alias)") }
        }
    }

    @Test func organisationsEndingInAHeadWordAndCreditAgenciesAreFound() {
        #expect(names("The Harbour Holdings board, the Northern Water Authority, the Lakeside District Council, the Fisheries Protection Board and the Coastal Planning Commission objected.")
            == ["organisation:Harbour Holdings", "organisation:Northern Water Authority", "organisation:Lakeside District Council",
                "organisation:Fisheries Protection Board", "organisation:Coastal Planning Commission"])
        #expect(names("Boats in Bergen [Ole Martin Berg/NTB]\n\nTalks [Li Wei/Xinhua]\n\nProtest [Jane Barlow/PA Images]") == [
            "place:Bergen", "person:Ole Martin Berg", "organisation:NTB", "person:Li Wei", "organisation:Xinhua",
            "person:Jane Barlow", "organisation:PA Images",
        ])
    }
}
