import Testing
@testable import BylineCore

/// Spans as (kind, text) pairs, in text order, for compact expectations.
private func names(_ text: String) -> [String] {
    EntityRecognizer().spans(in: text).map { "\($0.kind.rawValue):\($0.text)" }
}

@Suite struct EntityRecognizerTests {
    @Test func spansCountUnicodeScalarsAndEndExclusive() {
        let text = "“Water is a right,” said Amara Okafor in Genève."
        let spans = EntityRecognizer().spans(in: text)
        #expect(spans == [
            EntitySpan(kind: .person, start: 25, end: 37, text: "Amara Okafor"),
            EntitySpan(kind: .place, start: 41, end: 47, text: "Genève"),
        ])
    }

    @Test func sentenceInitialCapitalisedWordsAreNotNames() {
        let text = """
            Security forces sealed the square in Almaty. Armored vehicles stood by the lake.
            Protesters said the water had gone. Dozens waited for Energy Minister Dmitri Volkov.
            """
        #expect(names(text) == ["place:Almaty", "person:Dmitri Volkov"])
    }

    @Test func titlesBeforeNamesAreNotPartOfTheName() {
        #expect(names("Kazakh President Kassym-Jomart Tokayev spoke on Friday.") == ["person:Kassym-Jomart Tokayev"])
        #expect(names("The talks were led by US Secretary of State Antony Blinken and union spokesman Tom Hartley.")
            == ["place:US", "person:Antony Blinken", "person:Tom Hartley"])
        #expect(names("Later Commissioner Sofia Lindqvist flew to Brussels.") == ["person:Sofia Lindqvist", "place:Brussels"])
    }

    @Test func possessivesAreLeftOutOfTheName() {
        #expect(names("Watanabe's team met Lindqvist’s advisers in Tokyo. Kenji Watanabe said little.")
            == ["person:Watanabe", "person:Lindqvist", "place:Tokyo", "person:Kenji Watanabe"])
    }

    @Test func particlesHyphensAndInitialsStayInsideNames() {
        let text = """
            Mayor Marianne de Graaf met Dr Ingrid van der Berg and Khalid bin Rashid in Rotterdam.
            The report was signed by M. Maynard and Robin Forestier-Walker.
            """
        #expect(names(text) == [
            "person:Marianne de Graaf", "person:Ingrid van der Berg", "person:Khalid bin Rashid", "place:Rotterdam",
            "person:M. Maynard", "person:Robin Forestier-Walker",
        ])
    }

    /// A title before a surname that starts with its particles: the name starts at them.
    @Test func aTitleBeforeASurnameWithParticles() {
        #expect(names("Mayor de Graaf called me the day after publication.") == ["person:de Graaf"])
        #expect(names("She said Dr van der Berg would come, and Mayor de Graaf agreed.")
            == ["person:van der Berg", "person:de Graaf"])
    }

    @Test func namesOutsideASCIIAreFound() {
        let text = "Нурсултан Назарбаев met union leader José Ignacio Peña Álvarez in Valparaíso."
        #expect(names(text) == ["person:Нурсултан Назарбаев", "person:José Ignacio Peña Álvarez", "place:Valparaíso"])
    }

    @Test func headlinesInCapitalsNameOnlyWhatTheLexiconsOrTheStoryKnow() {
        let text = """
            SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .
            TOKYO 2024-06-02
            Japan beat Syria 2-1 in Tokyo on Sunday while China lost to Uzbekistan .
            """
        #expect(names(text) == [
            "place:JAPAN", "place:CHINA", "place:TOKYO", "place:Japan", "place:Syria", "place:Tokyo", "place:China", "place:Uzbekistan",
        ])
    }

    @Test func organisationsByHeadWordLexiconAndAcronym() {
        let text = """
            The Interior Ministry and the International Water Council (IWC) met at the United Nations.
            Shares in Gulf Meridian Lines fell, Reuters reported.
            """
        #expect(names(text) == [
            "organisation:Interior Ministry", "organisation:International Water Council", "organisation:IWC",
            "organisation:United Nations", "organisation:Gulf Meridian Lines", "organisation:Reuters",
        ])
    }

    @Test func placesByLexiconLandformAndApposition() {
        let text = "Farmers near Lake Balkhash moved to Kapchagay, a town on the Ili river, and to the Crimean peninsula."
        #expect(names(text) == ["place:Lake Balkhash", "place:Kapchagay", "place:Ili", "place:Crimean peninsula"])
    }

    @Test func aSurnameAfterAFullNameIsThePersonEvenWithoutCues() {
        let text = "Amara Okafor arrived in Geneva on Monday.\nDelegates applauded Okafor twice."
        #expect(names(text) == ["person:Amara Okafor", "place:Geneva", "person:Okafor"])
    }

    @Test func sportsReportsNameClubsByTheirTownsButVenuesStayPlaces() {
        let text = """
            CRICKET - COUNTY CHAMPIONSHIP RESULTS .
            At Hove : Sussex beat Kent by 40 runs .
            Kent 24 points , Sussex 5 .
            """
        #expect(names(text) == ["place:Hove", "organisation:Sussex", "organisation:Kent", "organisation:Kent", "organisation:Sussex"])
    }

    @Test func resultLinesAndTeamSheetsInSportsReports() {
        let text = """
            SOCCER - SCOTTISH LEAGUE RESULTS .
            Greenock Morton 1 Falkirk 0
            Scorers : Tomasz Wieczorek ( 12th minute ) , Aurelio Bassani ( 80th ) .
            """
        #expect(names(text) == ["organisation:Greenock Morton", "organisation:Falkirk", "person:Tomasz Wieczorek", "person:Aurelio Bassani"])
    }

    @Test func streetsAndSquaresAbroadArePlaces() {
        #expect(names("Dockers marched down Avenida Errázuriz to the Palais des Nations.") == ["place:Avenida Errázuriz", "place:Palais des Nations"])
    }

    @Test func photoCreditsNamePhotographersAndAgencies() {
        let text = "Dock workers march in Valparaíso [Mariana Costa/Reuters]\n\nStrikers rest [Aleksei Morozov/AFP/Getty Images via AFP]"
        #expect(names(text) == [
            "place:Valparaíso", "person:Mariana Costa", "organisation:Reuters",
            "person:Aleksei Morozov", "organisation:AFP", "organisation:Getty Images", "organisation:AFP",
        ])
    }

    @Test func wordsGluedByAScraperAreTwoWords() {
        #expect(names("Rally in Almaty, KazakhstanProtesters take part in a rally") == ["place:Almaty", "place:Kazakhstan"])
    }
}
