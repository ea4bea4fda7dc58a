import Testing
@testable import BylineCore

/// One role per person and kind of role, written one way.
@Suite struct RoleFormsTests {
    @Test func aRoleSpelledOutWithOrWithoutOfficerAndItsInitialsAreOneRoleWrittenShortestInFull() {
        #expect(RoleForms.merged([("CEO", 5), ("chief executive officer", 2), ("chief executive", 1)]) == ["chief executive"])
        #expect(RoleForms.merged([("C.E.O.", 1), ("Chief Executive Officer", 1)]) == ["Chief Executive Officer"])
        #expect(RoleForms.merged([("CFO", 1), ("chief financial officer", 1)]) == ["chief financial officer"])
    }

    @Test func initialsAloneStayAsWritten() {
        #expect(RoleForms.merged([("MEP", 2), ("CEO", 1)]) == ["MEP", "CEO"])
    }

    @Test func caseHyphensAndFullStopsDoNotMakeTwoRoles() {
        #expect(RoleForms.merged([("Vice-President", 1), ("vice president", 1)]) == ["vice president"])
        #expect(RoleForms.merged([("Chief negotiator", 2), ("chief negotiator", 2)]) == ["chief negotiator"])
        #expect(RoleForms.merged([("President", 3), ("president", 1)]) == ["President"])
    }

    @Test func differentRolesStayApartMostReportedFirst() {
        #expect(RoleForms.merged([("former president", 1), ("president", 4), ("chief executive", 2)]) == ["president", "chief executive", "former president"])
    }

    @Test func aReportThatWritesOneRoleThreeWaysGivesItOnce() throws {
        let article = EntityRecognizer().annotate(Article(
            id: "r", path: "r.txt", format: .text, title: "t",
            blocks: [Block(kind: .paragraph, text: "Harlow Lane Capital chief executive Odile Brandt said profits rose."),
                     Block(kind: .paragraph, text: "Odile Brandt, the chief executive officer, met investors on Monday. CEO Odile Brandt said little.")]))
        let brandt = try #require(article.entities.first { $0.kind == .person && $0.name == "Odile Brandt" })
        #expect(brandt.roles == ["chief executive"])
    }
}
