import BylineCore
import Testing
@testable import BylineIndex

@Suite struct QueryParserTests {
    typealias Term = SearchQuery.Term

    @Test func wordsNextToEachOtherMustAllMatch() {
        let q = QueryParser.parse("water  rights")
        #expect(q.groups == [[Term("water")], [Term("rights")]])
        #expect(q.notes.isEmpty)
        #expect(FTS5Expression.expression(for: q) == #""water" AND "rights""#)
    }

    @Test func aQuotedPhraseIsOneTerm() {
        let q = QueryParser.parse(#""water rights" Almaty"#)
        #expect(q.groups == [[Term("water rights", isPhrase: true)], [Term("Almaty")]])
        #expect(FTS5Expression.expression(for: q) == #""water rights" AND "Almaty""#)
    }

    @Test func aFinalStarMakesAPrefix() {
        let q = QueryParser.parse(#"desal* "water rig"*"#)
        #expect(q.groups == [[Term("desal", isPrefix: true)], [Term("water rig", isPhrase: true, isPrefix: true)]])
        #expect(FTS5Expression.expression(for: q) == #""desal" * AND "water rig" *"#)
    }

    @Test func orJoinsTheWordsOnEachSide() {
        let q = QueryParser.parse("strike OR protest OR walkout wages")
        #expect(q.groups == [[Term("strike"), Term("protest"), Term("walkout")], [Term("wages")]])
        #expect(FTS5Expression.expression(for: q) == #"("strike" OR "protest" OR "walkout") AND "wages""#)
    }

    @Test func minusAndNotExclude() {
        let q = QueryParser.parse(#"water -drought NOT "sea level""#)
        #expect(q.groups == [[Term("water")]])
        #expect(q.excluded == [Term("drought"), Term("sea level", isPhrase: true)])
        // A quoted phrase is an exact form: it is left out of the FTS5 expression, which
        // matches stems, and checked against the stored text instead (`ExactForm`).
        #expect(FTS5Expression.expression(for: q) == #"("water") NOT ("drought")"#)
    }

    @Test func anEqualsSignOrQuotesAskForTheExactForm() {
        let q = QueryParser.parse(#"=elections "water rights" vote =desal* -=polls"#)
        #expect(q.groups.map { $0.map(\.isExact) } == [[true], [true], [false], [false]])
        #expect(q.groups[0] == [Term("elections", isExact: true)])
        #expect(q.groups[3] == [Term("desal", isPrefix: true)])
        #expect(q.excluded == [Term("polls", isExact: true)])
        #expect(FTS5Expression.expression(for: q) == #""elections" AND "water rights" AND "vote" AND "desal" *"#)
    }

    @Test func aTagFilterIsReadLikeAName() {
        let q = QueryParser.parse(#"tag:Politics -tag:"Water rights" tag:"#)
        #expect(q.tagFilters == [SearchQuery.TagFilter(name: "Politics"), SearchQuery.TagFilter(name: "Water rights", excluded: true)])
        #expect(q.notes == ["tag: needs a tag, as in tag:drought; it was ignored."])
    }

    @Test func lowerCaseOrAndNotAreWords() {
        let q = QueryParser.parse("or not")
        #expect(q.groups == [[Term("or")], [Term("not")]])
    }

    @Test func entityFiltersTakeANameOrAQuotedName() {
        let q = QueryParser.parse(#"person:Okafor person:"Peña Álvarez" place:Rotterdam org:"Gulf Meridian Lines" -person:Volkov"#)
        #expect(q.entityFilters == [
            .init(kind: .person, name: "Okafor"),
            .init(kind: .person, name: "Peña Álvarez"),
            .init(kind: .place, name: "Rotterdam"),
            .init(kind: .organisation, name: "Gulf Meridian Lines"),
            .init(kind: .person, name: "Volkov", excluded: true),
        ])
        #expect(q.groups.isEmpty)
        #expect(q.notes.isEmpty)
    }

    @Test func filterNamesIgnoreCaseAndAcceptASpaceBeforeTheValue() {
        let q = QueryParser.parse("Person: Okafor ORGANISATION:IWC")
        #expect(q.entityFilters == [.init(kind: .person, name: "Okafor"), .init(kind: .organisation, name: "IWC")])
    }

    @Test func datesTakeAYearAMonthOrADay() {
        let q = QueryParser.parse("after:2023-11 before:2024")
        #expect(q.after == ArticleDate(year: 2023, month: 11, day: 1))
        #expect(q.before == ArticleDate(year: 2024, month: 1, day: 1))
        #expect(QueryParser.parse("before:2024-06-03").before == ArticleDate(year: 2024, month: 6, day: 3))
    }

    @Test func anUnknownFilterIsSearchedAsWords() {
        let q = QueryParser.parse("http://example.org")
        #expect(q.groups == [[Term("http://example.org")]])
        #expect(q.entityFilters.isEmpty)
    }

    @Test(arguments: [
        (#""water rights"#, [[Term("water rights", isPhrase: true)]], #"The closing quote was missing; searched for the phrase "water rights"."#),
        ("water OR", [[Term("water")]], "OR needs a word on each side; it was ignored."),
        ("OR water", [[Term("water")]], "OR needs a word on each side; it was ignored."),
        ("water OR OR rights", [[Term("water"), Term("rights")]], "OR needs a word on each side; it was ignored."),
        ("water NOT", [[Term("water")]], "NOT needs a word after it; it was ignored."),
        ("water -- !!", [[Term("water")]], "-- has no letters or digits and was left out. !! has no letters or digits and was left out."),
        ("water before:yesterday", [[Term("water")]], "before: needs a date as YYYY, YYYY-MM or YYYY-MM-DD, as in before:2024-06; it was ignored."),
        ("water after:2024-13", [[Term("water")]], "after: needs a date as YYYY, YYYY-MM or YYYY-MM-DD, as in after:2024-06; it was ignored."),
        ("water person:", [[Term("water")]], "person: needs a name, as in person:Okafor; it was ignored."),
        ("strike OR -drought", [[Term("strike")]], "OR joins words to look for, not excluded ones; it was ignored."),
    ])
    func malformedQueriesAreReadAsWellAsPossibleWithANote(input: String, groups: [[Term]], note: String) {
        let q = QueryParser.parse(input)
        #expect(q.groups == groups)
        #expect(q.notes.joined(separator: " ") == note)
    }

    @Test func quotesInsideTermsNeverReachFTS5AsSyntax() {
        let q = QueryParser.parse(#"a"b"c NEAR(x y) col:z ^start {title}: AND"#)
        let expression = FTS5Expression.expression(for: q) ?? ""
        // Every term is one FTS5 string: the operators FTS5 knows appear only inside quotes.
        #expect(expression == #""a" AND "b" AND "c" AND "NEAR(x" AND "y)" AND "col:z" AND "^start" AND "{title}:""#)
    }

    @Test func aQuoteInATermIsDoubledInsideTheFTS5String() {
        #expect(FTS5Expression.string(Term(#"say "hi""#)) == #""say ""hi""""#)
    }

    @Test func anUnclosedQuoteTakesTheRestOfTheQueryAsOnePhrase() {
        let q = QueryParser.parse(#"a "b NEAR(x"#)
        #expect(q.groups == [[Term("a")], [Term("b NEAR(x", isPhrase: true)]])
        #expect(FTS5Expression.expression(for: q) == #""a" AND "b NEAR(x""#)
    }

    @Test func anEmptyOrSymbolOnlyQueryAsksForNothing() {
        #expect(QueryParser.parse("").isEmpty)
        #expect(QueryParser.parse("   ").isEmpty)
        #expect(QueryParser.parse(#"* - "" OR"#).isEmpty)
    }
}
