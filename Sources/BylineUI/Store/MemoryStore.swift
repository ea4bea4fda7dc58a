import BylineCore

/// An `ArticleStore` over reports held in memory: linear keyword search, entity pages grouped
/// by `Entity.key`.
///
/// Serves the UI tests as a fake and opens small folders before (or without) an index. Search
/// folds case and accents and matches whole words (`summ*` for a prefix), like the index.
public final class MemoryStore: ArticleStore {
    /// Every report, newest first (undated last, then by title).
    public let articles: [Article]
    private let position: [String: Int]
    /// Folded title and blocks of each report, built on the first search.
    private var foldedCache: [[FoldedText]]?

    public init(articles: [Article]) {
        self.articles = articles.sorted(by: MemoryStore.newestFirst)
        var position: [String: Int] = [:]
        for (i, a) in self.articles.enumerated() where position[a.id] == nil { position[a.id] = i }
        self.position = position
    }

    /// Reads every report under `folder`; `warnings` has one line per file that gave none.
    public static func load(folder: String, loader: ArticleLoader = ArticleLoader()) -> (store: MemoryStore, warnings: [String]) {
        let scan = CorpusScanner().scan(root: folder)
        var warnings = scan.warnings
        var articles: [Article] = []
        for file in scan.files {
            let result = loader.load(path: file.path, relativePath: file.relativePath)
            if let failure = result.failure { warnings.append(failure) }
            articles.append(contentsOf: result.articles)
        }
        return (MemoryStore(articles: articles), warnings)
    }

    static func newestFirst(_ a: Article, _ b: Article) -> Bool {
        switch (a.date, b.date) {
        case let (x?, y?) where x != y: return x > y
        case (.some, nil): return true
        case (nil, .some): return false
        default: return (a.title, a.path) < (b.title, b.path)
        }
    }

    public func summaries() throws -> [ArticleSummary] {
        articles.map(Self.summary)
    }

    public func summaryCount() throws -> Int { articles.count }

    public func summaries(in range: Range<Int>) throws -> [ArticleSummary] {
        articles[range.clamped(to: 0..<articles.count)].map(Self.summary)
    }

    static func summary(_ a: Article) -> ArticleSummary {
        ArticleSummary(id: a.id, path: a.path, title: a.title, date: a.date, byline: a.byline, source: a.source,
                       personCount: Set(a.entities.filter { $0.kind == .person }.map(\.key)).count)
    }

    public func article(id: String) throws -> Article {
        guard let i = position[id] else { throw StoreError("no report with id \(id); press R to rescan the folder") }
        return articles[i]
    }

    public func search(_ query: String, limit: Int) throws -> SearchResults {
        let terms = QueryTerms(query)
        guard !terms.isEmpty else { return SearchResults(query: query, total: 0, hits: []) }
        let folded = foldedTexts()
        let required = terms.required.map { (FoldedText.fold($0.text), $0.isPrefix) }
        let excluded = terms.excluded.map { (FoldedText.fold($0.text), $0.isPrefix) }
        var hits: [SearchHit] = []
        for (i, article) in articles.enumerated() {
            let texts = folded[i]
            func count(_ term: ([Unicode.Scalar], Bool), in text: FoldedText) -> Int {
                text.ranges(of: term.0, wholeWords: true, prefix: term.1).count
            }
            if excluded.contains(where: { t in texts.contains { count(t, in: $0) > 0 } }) { continue }
            var score = 0.0
            var matchedAll = true
            for term in required {
                let inTitle = count(term, in: texts[0])
                let inBody = texts.dropFirst().reduce(0) { $0 + count(term, in: $1) }
                if inTitle + inBody == 0 { matchedAll = false; break }
                score += Double(inTitle) * 3 + Double(inBody)
            }
            guard matchedAll else { continue }
            let words = max(1, article.blocks.reduce(0) { $0 + $1.text.split(separator: " ").count })
            score /= Double(words).squareRoot()
            let (snippet, block) = self.snippet(article, texts: texts, terms: required)
            hits.append(SearchHit(id: article.id, path: article.path, title: article.title, date: article.date,
                                  score: score, snippet: snippet, firstMatchBlock: block))
        }
        hits.sort { $0.score != $1.score ? $0.score > $1.score : $0.title < $1.title }
        return SearchResults(query: query, total: hits.count, hits: Array(hits.prefix(limit)))
    }

    public func entities(kind: Entity.Kind?, limit: Int) throws -> [EntitySummary] {
        var byKey: [String: EntitySummary] = [:]
        for article in articles {
            for e in article.entities where kind == nil || e.kind == kind {
                if var s = byKey[e.key] {
                    s.articles += 1
                    s.mentions += e.mentions.count
                    byKey[e.key] = s
                } else {
                    byKey[e.key] = EntitySummary(key: e.key, name: e.name, kind: e.kind, articles: 1, mentions: e.mentions.count)
                }
            }
        }
        let sorted = byKey.values.sorted { a, b in
            a.mentions != b.mentions ? a.mentions > b.mentions : a.name < b.name
        }
        return Array(sorted.prefix(limit))
    }

    public func lookupEntities(name: String) throws -> [EntitySummary] {
        let wanted = FoldedText.fold(name.trimmingSpaces)
        guard !wanted.isEmpty else { return [] }
        let keys = Set(articles.flatMap(\.entities).filter { e in
            ([e.name] + e.aliases).contains { FoldedText.fold($0) == wanted }
                || (e.name.split(separator: " ").last.map { FoldedText.fold(String($0)) == wanted } ?? false)
        }.map(\.key))
        return try entities(kind: nil, limit: .max).filter { keys.contains($0.key) }
    }

    public func entityPage(key: String) throws -> EntityPage? {
        var page: EntityPage?
        for article in articles {
            let found = article.entities.filter { $0.key == key }
            guard let first = found.first else { continue }
            if page == nil {
                page = EntityPage(key: key, name: first.name, kind: first.kind, aliases: [], roles: [], articles: [])
            }
            var mentions: [MentionInContext] = []
            for e in found {
                for alias in [e.name] + e.aliases where alias != page!.name && !page!.aliases.contains(alias) {
                    page!.aliases.append(alias)
                }
                for role in e.roles where !page!.roles.contains(role) { page!.roles.append(role) }
                for m in e.mentions where m.block >= 0 && m.block < article.blocks.count {
                    let credit = m.inCredit ? article.captions.first { $0.blockIndex == m.block }?.credit : nil
                    let s = SentenceFinder.sentence(in: credit ?? article.blocks[m.block].text, around: m.start..<m.end)
                    mentions.append(MentionInContext(mention: m, sentence: s.sentence, start: s.start, end: s.end))
                }
            }
            mentions.sort { ($0.mention.block, $0.mention.start) < ($1.mention.block, $1.mention.start) }
            page!.articles.append(EntityPage.Appearance(id: article.id, path: article.path, title: article.title,
                                                        date: article.date, mentions: mentions))
        }
        return page
    }

    private func foldedTexts() -> [[FoldedText]] {
        if let foldedCache { return foldedCache }
        let built = articles.map { a in [FoldedText(a.title)] + a.blocks.map { FoldedText($0.text) } }
        foldedCache = built
        return built
    }

    private func snippet(_ article: Article, texts: [FoldedText], terms: [([Unicode.Scalar], Bool)]) -> (MarkedText, Int?) {
        for (b, block) in article.blocks.enumerated() {
            let text = texts[b + 1]
            let all = terms.flatMap { text.ranges(of: $0.0, wholeWords: true, prefix: $0.1) }.sorted { $0.lowerBound < $1.lowerBound }
            guard let first = all.first else { continue }
            let scalars = Array(block.text.unicodeScalars)
            var start = max(0, first.lowerBound - 60)
            while start > 0, !scalars[start - 1].properties.isWhitespace { start -= 1 }
            var end = min(scalars.count, start + 180)
            while end < scalars.count, !scalars[end].properties.isWhitespace { end += 1 }
            let lead = start > 0 ? "…" : "", tail = end < scalars.count ? "…" : ""
            var out = String.UnicodeScalarView()
            out.append(contentsOf: lead.unicodeScalars)
            out.append(contentsOf: scalars[start..<end])
            out.append(contentsOf: tail.unicodeScalars)
            let shift = lead.unicodeScalars.count - start
            var marks: [Range<Int>] = []
            for r in all where r.lowerBound >= start && r.upperBound <= end {
                if let last = marks.last, r.lowerBound + shift < last.upperBound { continue }
                marks.append((r.lowerBound + shift)..<(r.upperBound + shift))
            }
            return (MarkedText(text: String(out), marks: marks), b)
        }
        return (MarkedText(text: String(article.blocks.first?.text.prefix(160) ?? "")), nil)
    }
}

extension String {
    /// The string without leading and trailing spaces and newlines.
    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
