import BylineCore
import BylineTestSupport
import Testing
@testable import BylineUI

/// Reports written for these tests, with entities marked by hand (no recogniser involved),
/// read through an index as the reader reads a folder (`FixtureIndex`).
enum Fixtures {
    typealias Name = Reports.Named

    static let okafor = Name(name: "Amara Okafor", kind: .person, key: "amara-okafor", aliases: ["Okafor"], roles: ["UN Special Rapporteur"])
    static let volkov = Name(name: "Dmitri Volkov", kind: .person, key: "dmitri-volkov", aliases: ["Volkov"], roles: ["Energy Minister"])
    static let vanDerBerg = Name(name: "Ingrid van der Berg", kind: .person, key: "ingrid-van-der-berg", aliases: ["van der Berg"], roles: ["climate scientist"])
    static let deGraaf = Name(name: "Marianne de Graaf", kind: .person, key: "marianne-de-graaf", aliases: ["de Graaf"], roles: ["Mayor"])
    static let watanabe = Name(name: "Kenji Watanabe", kind: .person, key: "kenji-watanabe", aliases: ["Watanabe", "渡辺健二"], roles: ["chief negotiator"])
    static let lindqvist = Name(name: "Sofia Lindqvist", kind: .person, key: "sofia-lindqvist", aliases: ["Lindqvist"], roles: ["Commissioner"])
    static let balkhash = Name(name: "Lake Balkhash", kind: .place, key: "lake-balkhash")
    static let geneva = Name(name: "Geneva", kind: .place, key: "geneva")
    static let almaty = Name(name: "Almaty", kind: .place, key: "almaty")
    static let rotterdam = Name(name: "Rotterdam", kind: .place, key: "rotterdam")
    static let tokyo = Name(name: "Tokyo", kind: .place, key: "tokyo", aliases: ["東京"])
    static let iwc = Name(name: "International Water Council", kind: .organisation, key: "international-water-council", aliases: ["IWC"])

    static let geneva1 = article(
        id: "geneva-summit", date: "2024-06-03", title: "Geneva summit hears warning on Lake Balkhash",
        byline: "Newsdesk", source: "https://example.org/geneva-summit", dateline: "GENEVA",
        blocks: [
            (.paragraph, "UN Special Rapporteur Amara Okafor told the Geneva water summit that Lake Balkhash was shrinking faster than forecast."),
            (.paragraph, "“We cannot wait for the lake to vanish,” Okafor said. Energy Minister Dmitri Volkov promised new limits on water use."),
            (.subhead, "Ministers disagree"),
            (.caption, "Delegates arrive at the summit hall"),
            (.paragraph, "Volkov said Almaty would share its river data with the International Water Council before the next session."),
        ],
        captions: [Caption(alt: "Delegates in Geneva", text: "Delegates arrive at the summit hall", credit: "Mariana Costa/Reuters", blockIndex: 3)],
        names: [okafor, volkov, balkhash, geneva, almaty, iwc],
        quotes: [Quote(speaker: "Amara Okafor", text: "We cannot wait for the lake to vanish", block: 1)])

    static let balkhash1 = article(
        id: "balkhash-drought", date: "2024-05-28", title: "Drought deepens around Lake Balkhash",
        byline: "Almaty bureau", source: "Source link", dateline: "ALMATY",
        blocks: [
            (.paragraph, "Farmers near Lake Balkhash say the drought is the worst in memory."),
            (.paragraph, "Energy Minister Dmitri Volkov blamed upstream dams. Amara Okafor, the UN rapporteur, called for a water-sharing deal."),
        ],
        names: [balkhash, volkov, okafor])

    static let rotterdam1 = article(
        id: "rotterdam-study", date: "2024-05-20", title: "Delft study warns Rotterdam of faster sea-level rise",
        byline: "Science desk", source: "https://example.org/rotterdam-study",
        blocks: [
            (.paragraph, "Dr Ingrid van der Berg of Delft University of Technology said the port city must raise its dikes sooner."),
            (.paragraph, "Mayor Marianne de Graaf said Rotterdam would publish a plan. Van der Berg welcomed it."),
        ],
        names: [vanDerBerg, deGraaf, rotterdam])

    static let tokyo1 = article(
        id: "tokyo-talks", date: "2024-04-02", title: "EU and Japan open hydrogen talks in Tokyo",
        byline: "Trade desk", source: "https://example.org/tokyo-talks",
        blocks: [
            (.paragraph, "Chief negotiator Kenji Watanabe (渡辺健二) met Commissioner Sofia Lindqvist in 東京 on Tuesday."),
            (.paragraph, "Watanabe said both sides wanted a deal on green hydrogen by the summer."),
        ],
        names: [watanabe, lindqvist, tokyo])

    static let all = [geneva1, balkhash1, rotterdam1, tokyo1]

    /// The four reports above, indexed once for every test that reads them.
    static let shared = try! FixtureIndex(all)

    static func store() -> any ArticleStore { shared.store }

    /// `articles` in an index of their own, kept until the tests end.
    static func store(_ articles: [Article]) -> any ArticleStore { try! FixtureIndex.kept(articles).store }

    /// A state on the fixtures at a fixed size, prepared for drawing.
    static func state(width: Int = 120, height: Int = 30, store: any ArticleStore = store()) -> (AppState, HandlerContext) {
        let ctx = HandlerContext(store: store, now: 0)
        var state = AppState(summaries: try! store.summaries(), corpusName: "Articles", width: width, height: height)
        state.prepare(in: ctx)
        return (state, ctx)
    }

    static func article(id: String, date: String, title: String, byline: String? = nil, source: String? = nil,
                        dateline: String? = nil, blocks: [(Block.Kind, String)], captions: [Caption] = [],
                        names: [Name], quotes: [Quote] = []) -> Article {
        let bs = blocks.map { Block(kind: $0.0, text: $0.1) }
        return Article(id: id, path: "/corpus/\(id).txt", format: .text, title: title, date: ArticleDate(iso: date),
                       dateText: date, byline: byline, source: source, dateline: dateline, blocks: bs,
                       captions: captions, entities: entities(names, in: bs), quotes: quotes)
    }

    /// Entities with a mention at each whole-word occurrence of a name or alias; names the
    /// blocks never mention are left out.
    static func entities(_ names: [Name], in blocks: [Block]) -> [Entity] {
        Reports.entities(names, in: blocks).filter { !$0.mentions.isEmpty }
    }
}

extension AppState {
    /// Handles keys typed as text (`"]p"`, `"12j"`) and prepares the next frame.
    mutating func type(_ text: String, _ ctx: HandlerContext) {
        for c in text { press(.char(c), ctx) }
    }

    /// Handles keys and prepares the next frame, as the run loop does.
    @discardableResult
    mutating func press(_ key: Key, _ ctx: HandlerContext) -> Reaction {
        let r = handle(.key(key), in: ctx)
        prepare(in: ctx)
        return r
    }

    /// The screen as text.
    var screen: String { Renderer.render(self).text }

    /// Lets time pass to `ms` (a debounced search runs) and prepares the next frame.
    mutating func tick(at ms: Int, _ ctx: HandlerContext) {
        let later = HandlerContext(store: ctx.store, now: ms)
        _ = handle(.tick, in: later)
        prepare(in: later)
    }
}

/// Compares the drawn screen with literal rows, showing both in full when they differ.
func expectScreen(_ state: AppState, _ expected: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let actual = Renderer.render(state).text
    let want = expected.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
        var l = Substring(line)
        while l.last == " " { l.removeLast() }
        return String(l)
    }
    var got = actual.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    while got.last == "" && got.count > want.count { got.removeLast() }
    if got != want {
        let diff = zip(0..., zip(want + Array(repeating: "", count: max(0, got.count - want.count)),
                                 got + Array(repeating: "", count: max(0, want.count - got.count))))
            .filter { $0.1.0 != $0.1.1 }
            .map { "row \($0.0):\n  want |\($0.1.0)|\n  got  |\($0.1.1)|" }
        Issue.record("screen differs:\n\(diff.joined(separator: "\n"))\n--- whole screen ---\n\(actual)", sourceLocation: sourceLocation)
    }
}
