import Testing
@testable import BylineIndex

@Suite struct IndexLocationTests {
    @Test func theIndexLivesInTheXDGCacheKeyedByTheFolder() {
        let env = ["XDG_CACHE_HOME": "/tmp/cache", "HOME": "/home/u"]
        let a = IndexLocation.defaultPath(forCorpus: "/data/news", environment: env)
        let b = IndexLocation.defaultPath(forCorpus: "/other/news", environment: env)
        #expect(a.hasPrefix("/tmp/cache/byline/news-"))
        #expect(a != b)
        #expect(IndexLocation.defaultPath(forCorpus: "/data/news", environment: ["HOME": "/home/u"]).hasPrefix("/home/u/.cache/byline/news-"))
    }
}
