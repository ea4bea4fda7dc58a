import Testing
@testable import BylineCore

/// The people `text` names, as written.
private func people(_ text: String) -> [String] {
    EntityRecognizer().spans(in: text).filter { $0.kind == .person }.map(\.text)
}

private func kinds(of name: String, in text: String) -> [Entity.Kind] {
    EntityRecognizer().spans(in: text).filter { $0.text == name }.map(\.kind)
}

/// Words glued to a person's name that are not the name, and names of teams, leagues, peoples
/// and works that are not people: written for these tests, one class each.
@Suite struct PersonNameEdgeTests {
    @Test func anAdjectiveOpeningTheSentenceBeforeANationalityIsNotPartOfTheName() {
        #expect(people("Controversial Kenyan Daniel Kiprotich was third.") == ["Daniel Kiprotich"])
        #expect(people("Outspoken Norwegian Ingvild Haugen said the club would recover.") == ["Ingvild Haugen"])
    }

    @Test func aCompassPointCutToItsInitialBeforeANationalityIsNotPartOfTheName() {
        #expect(people("S. African Thandi Mokoena won the 800 metres on Friday.") == ["Thandi Mokoena"])
        #expect(people("The talks were led by N. Korean envoy Ri Son-gwon.") == ["Ri Son-gwon"])
    }

    @Test func aPeopleNamedAfterANationalityIsNotAPerson() {
        #expect(people("S. African Afrikaners voted for the new party on Friday.") == [])
        #expect(people("Many Iraqi Kurds fled north in the spring.") == [])
    }

    @Test func aPlayingPositionOpeningTheSentenceIsTheRoleNotTheName() throws {
        #expect(people("Centre Tomasz Wierzba added a third from a corner.") == ["Tomasz Wierzba"])
        let article = EntityRecognizer().annotate(Article(
            id: "r", path: "r.txt", format: .text, title: "t",
            blocks: [Block(kind: .paragraph, text: "Centre Tomasz Wierzba added a third from a corner.")]))
        #expect(article.entities.first { $0.name == "Tomasz Wierzba" }?.roles == ["centre"])
    }

    @Test func aTeamNamedByAPlaceAndAPluralIsAnOrganisationAndSoIsItsNickname() {
        let text = """
            The Toronto Falcons beat Ottawa 3-1 on Thursday. "We were lucky," said Falcons coach Bram Okonjo. \
            The Falcons play again on Sunday.
            """
        #expect(people(text) == ["Bram Okonjo"])
        let falcons = kinds(of: "Falcons", in: text)
        #expect(!falcons.isEmpty && falcons.allSatisfy { $0 == .organisation }, "\(falcons)")
    }

    @Test func aClubWordAloneIsNotAPerson() {
        #expect(people("Red Star beat Dinamo 92-90 in Belgrade on Tuesday.") == [])
    }

    @Test func aNameHoldingAnOrganisationsHeadWordIsNotAPersons() {
        #expect(people("Major League Baseball said the season would start in April.") == [])
        #expect(people("Sean O’Brien, an economist at Trinity College Dublin, said the margin was wide.") == ["Sean O’Brien"])
    }

    @Test func aFilmCalledByAPersonsNameStaysAWorkWhereItIsQuoted() {
        let text = """
            The director said no film had cost him more sleep than " Amelia Earhart " , his epic about the pilot . \
            The film tells the life of Amelia Earhart , the American aviator .
            """
        #expect(people(text) == ["Amelia Earhart"])
    }
}
