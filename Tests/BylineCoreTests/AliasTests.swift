import Testing
@testable import BylineCore

/// A report of plain paragraphs, annotated.
private func report(_ paragraphs: [String], id: String = "r", captions: [Caption] = []) -> Article {
    let article = Article(id: id, path: "\(id).txt", format: .text, title: "t",
                          blocks: paragraphs.map { Block(kind: .paragraph, text: $0) }, captions: captions)
    return EntityRecognizer().annotate(article)
}

private func person(_ article: Article, _ name: String) -> Entity? {
    article.entities.first { $0.kind == .person && $0.name == name }
}

@Suite struct AliasTests {
    @Test func aSurnameAndATitledMentionJoinTheFullName() throws {
        let a = report([
            "Energy Minister Dmitri Volkov opened the pipeline on Monday.",
            "Volkov said the water of Lake Balkhash was not for sale. Dmitri Volkov's aides agreed.",
        ])
        let volkov = try #require(person(a, "Dmitri Volkov"))
        #expect(volkov.aliases == ["Volkov"])
        #expect(volkov.roles == ["Energy Minister"])
        #expect(volkov.key == "person:dmitri volkov")
        #expect(volkov.mentions == [Mention(block: 0, start: 16, end: 29), Mention(block: 1, start: 0, end: 6), Mention(block: 1, start: 57, end: 70)])
        #expect(a.entities.filter { $0.kind == .person }.count == 1)
    }

    @Test func dashVariantsAreOneNameAndTheFullestFormIsCanonical() throws {
        let a = report([
            "Al Jazeera’s Robin Forestier-Walker reported from Geneva.",
            "“Nobody expected this,” says Forestier – Walker.",
        ])
        let robin = try #require(person(a, "Robin Forestier-Walker"))
        #expect(robin.aliases == ["Forestier – Walker"])
        #expect(robin.mentions.count == 2)
    }

    @Test func aPersonNamedOnlyInFullGetsTheSurnameAsAlias() throws {
        let a = report(["The accord was signed by Chief negotiator Kenji Watanabe in Tokyo."])
        let kenji = try #require(person(a, "Kenji Watanabe"))
        #expect(kenji.aliases == ["Watanabe"])
    }

    @Test func rolesComeFromTitlesLowerCaseRolesAndAppositions() throws {
        let a = report([
            "Union leader José Ignacio Peña Álvarez called the strike. Peña Álvarez spoke for an hour.",
            "Ingrid van der Berg, a climate scientist at Delft University of Technology, disagreed.",
            "The port was shut by dockers loyal to former mayor Marianne de Graaf.",
        ])
        #expect(person(a, "José Ignacio Peña Álvarez")?.roles == ["Union leader"])
        #expect(person(a, "José Ignacio Peña Álvarez")?.aliases == ["Peña Álvarez"])
        #expect(person(a, "Ingrid van der Berg")?.roles == ["climate scientist"])
        #expect(person(a, "Marianne de Graaf")?.roles == ["former mayor"])
    }

    @Test func rolesMayNameWhoseRoleItIs() throws {
        let a = report([
            "Dmitri Volkov, Kazakhstan's energy minister, rejected the study.",
            "The strike was called by dockworkers' leader José Ignacio Peña Álvarez.",
        ])
        #expect(person(a, "Dmitri Volkov")?.roles == ["Kazakhstan's energy minister"])
        #expect(person(a, "José Ignacio Peña Álvarez")?.roles == ["dockworkers' leader"])
    }

    @Test func aSharedSurnameJoinsThePersonNamedMostRecently() throws {
        let a = report([
            "Amara Okafor met Chidi Okafor, her brother, in Lagos.",
            "Later Chidi Okafor left. Okafor said he would return.",
        ])
        let chidi = try #require(person(a, "Chidi Okafor"))
        let amara = try #require(person(a, "Amara Okafor"))
        #expect(chidi.mentions.count == 3)
        #expect(amara.mentions.count == 1)
    }

    @Test func photographersInCaptionCreditsArePeopleWithThatRole() throws {
        let captions = [Caption(text: "Dockers march in Valparaíso", credit: "Mariana Costa/Reuters", blockIndex: 0)]
        let a = report(["Dockers march in Valparaíso"], captions: captions)
        let costa = try #require(person(a, "Mariana Costa"))
        #expect(costa.roles == ["photographer"])
        #expect(costa.aliases == [])
        #expect(costa.mentions == [Mention(block: 0, start: 0, end: 13, inCredit: true)])
        #expect(a.entities.contains { $0.kind == .organisation && $0.name == "Reuters" && $0.mentions == [Mention(block: 0, start: 14, end: 21, inCredit: true)] })
    }

    @Test func acronymsDefinedInTheTextJoinTheirLongForm() throws {
        let a = report(["The International Water Council (IWC) met in Geneva. The IWC said little."])
        let iwc = try #require(a.entities.first { $0.name == "International Water Council" })
        #expect(iwc.kind == .organisation)
        #expect(iwc.aliases == ["IWC"])
        #expect(iwc.mentions.count == 3)
    }

    @Test func anOrganisationsShortNameJoinsItsFullName() throws {
        let a = report(["Gulf Meridian Lines said four ships were waiting. A Gulf Meridian spokesman declined to comment."])
        let gulf = try #require(a.entities.first { $0.name == "Gulf Meridian Lines" })
        #expect(gulf.aliases == ["Gulf Meridian"])
        #expect(gulf.mentions.count == 2)
    }

    @Test func theSamePersonInTwoReportsHasOneKeyButASurnameAloneDoesNot() throws {
        let first = report(["Commissioner Sofia Lindqvist arrived in Brussels."], id: "a")
        let second = report(["Sofia Lindqvist, the European Commissioner for Energy, left Tokyo."], id: "b")
        let third = report(["Lindqvist said nothing to the press in Brussels."], id: "c")
        let keys = [first, second, third].compactMap { $0.entities.first { $0.kind == .person }?.key }
        #expect(keys == ["person:sofia lindqvist", "person:sofia lindqvist", "person:lindqvist"])
    }

    @Test func keysFoldCaseAndAccentsAndSpellCyrillicInLatinLetters() {
        #expect(EntityKey.make(kind: .person, name: "José Ignacio Peña Álvarez") == "person:jose ignacio pena alvarez")
        #expect(EntityKey.make(kind: .person, name: "Forestier – Walker") == "person:forestier-walker")
        #expect(EntityKey.make(kind: .place, name: "Нур-Султан") == "place:nur-sultan")
    }
}

@Suite struct CrossScriptAliasTests {
    @Test func aNameInCyrillicBesideItsLatinFormIsOnePerson() throws {
        let a = report([
            "Energy Minister Dmitri Volkov (Дмитрий Волков) ordered a release of water.",
            "Волков said the reservoir could give no more. Volkov met herders on Tuesday.",
        ])
        let volkov = try #require(person(a, "Dmitri Volkov"))
        #expect(volkov.aliases == ["Дмитрий Волков", "Волков", "Volkov"])
        #expect(volkov.mentions.count == 4)
        #expect(a.entities.filter { $0.kind == .person }.count == 1)
    }
}

@Suite struct CanonicalFormTests {
    @Test func aDatelineInCapitalsGivesWayToTheNameAsWrittenInTheText() throws {
        let a = report(["ALMATY — Herders gathered on Monday.", "Officials in Almaty said the lake was falling."])
        let almaty = try #require(a.entities.first { $0.kind == .place })
        #expect(almaty.name == "Almaty")
        #expect(almaty.aliases == ["ALMATY"])
        #expect(almaty.key == "place:almati")
    }

    @Test func aNameOnlyEverInCapitalsStaysInCapitals() throws {
        let a = report(["ALMATY — Herders gathered on Monday."])
        #expect(a.entities.first { $0.kind == .place }?.name == "ALMATY")
    }
}
