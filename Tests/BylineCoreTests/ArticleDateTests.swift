import Testing
@testable import BylineCore

@Suite struct ArticleDateTests {
    @Test func isoFormIsZeroPadded() {
        #expect(ArticleDate(year: 2022, month: 1, day: 5)?.iso == "2022-01-05")
    }

    @Test func impossibleDaysAreRejected() {
        #expect(ArticleDate(year: 2023, month: 2, day: 29) == nil)
        #expect(ArticleDate(year: 2024, month: 2, day: 29) != nil)
        #expect(ArticleDate(year: 2024, month: 13, day: 1) == nil)
        #expect(ArticleDate(iso: "2024-6-3") == nil)
        #expect(ArticleDate(iso: "2024-06-03") == ArticleDate(year: 2024, month: 6, day: 3))
    }
}
