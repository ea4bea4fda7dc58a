/// What a front end reads from a corpus: the list, a report, search, and entity pages.
///
/// Declared in Core so that the UI depends on this protocol only; the index implements it over
/// SQLite (UI tests read hand-built reports through it too) and PostgreSQL. Calls may block on I/O; they are made from one
/// thread at a time by the UI, and an implementation may be asked again while an indexer
/// runs in the background, so each call sees a consistent snapshot.
public protocol ArticleStore: AnyObject {
    /// Every report, newest first (undated last).
    func summaries() throws -> [ArticleSummary]
    /// The whole report with its entities and quotes.
    func article(id: String) throws -> Article
    /// Ranked keyword search in Byline's query language (see `byline search --help`).
    func search(_ query: String, limit: Int) throws -> SearchResults
    /// Entities of one kind (or all), most mentioned first.
    func entities(kind: Entity.Kind?, limit: Int) throws -> [EntitySummary]
    /// Entities whose canonical name, an alias or a surname matches `name`, ignoring case and
    /// accents; more than one means the name is ambiguous.
    func lookupEntities(name: String) throws -> [EntitySummary]
    /// The entity page for a key from `EntitySummary.key` or `Entity.key`, or nil if unknown.
    func entityPage(key: String) throws -> EntityPage?
    /// How many reports `summaries()` lists. (A default reads them all; a large store should
    /// count instead, so that a long list can open a page at a time.)
    func summaryCount() throws -> Int
    /// The reports at positions `range` of `summaries()`'s order, fewer at the end of the list.
    func summaries(in range: Range<Int>) throws -> [ArticleSummary]
    /// The names of the people, places and organisations each of the reports `ids` names,
    /// joined by spaces, by report id; the list filter (`&`) matches them. (A default reads
    /// each report; a large store should answer with one query.)
    func namesByReport(ids: [String]) throws -> [String: String]
    /// Who is named with the entity of `key` (its `limit` best connections) and when it is
    /// named (`EntityRelations`); nil if the key is unknown. A short form's key gives the
    /// relations of the entity it stands for, as `entityPage` does.
    func relations(key: String, limit: Int) throws -> EntityRelations?
    /// The reports naming both entities, newest first, each with the sentences naming both.
    func sharedReports(key: String, with other: String) throws -> [SharedReport]
    /// A key for report `id`'s content that survives re-indexing and renames while the content
    /// is unchanged (the index uses its file's hash and its place in the file); nil if the
    /// store has no such report. Reading marks (`MarkStore`) are kept by it.
    func contentKey(id: String) throws -> String?
    /// The report whose content has `contentKey` now, if any (a renamed file's report).
    func reportID(contentKey: String) throws -> String?
}

extension ArticleStore {
    public func summaryCount() throws -> Int {
        try summaries().count
    }

    public func summaries(in range: Range<Int>) throws -> [ArticleSummary] {
        let all = try summaries()
        return Array(all[range.clamped(to: 0..<all.count)])
    }

    /// A store without content hashes keys a report by its id, which a rename loses.
    public func contentKey(id: String) throws -> String? {
        (try? article(id: id)) == nil ? nil : id
    }

    public func reportID(contentKey: String) throws -> String? {
        try self.contentKey(id: contentKey) == contentKey ? contentKey : nil
    }

    public func namesByReport(ids: [String]) throws -> [String: String] {
        var out: [String: String] = [:]
        for id in ids {
            out[id] = try article(id: id).entities.map(\.name).joined(separator: " ")
        }
        return out
    }
}

/// One line of the article list.
public struct ArticleSummary: Sendable, Equatable, Hashable {
    public var id: String
    public var path: String
    public var title: String
    public var date: ArticleDate?
    public var byline: String?
    public var source: String?
    /// The number of distinct people the report names.
    public var personCount: Int

    public init(id: String, path: String, title: String, date: ArticleDate?, byline: String?, source: String?, personCount: Int) {
        self.id = id
        self.path = path
        self.title = title
        self.date = date
        self.byline = byline
        self.source = source
        self.personCount = personCount
    }
}

/// Text with some ranges marked, such as a snippet with its matches.
public struct MarkedText: Sendable, Equatable, Hashable {
    public var text: String
    /// Unicode scalar offsets into `text`, end exclusive, in order and not overlapping.
    public var marks: [Range<Int>]

    public init(text: String, marks: [Range<Int>] = []) {
        self.text = text
        self.marks = marks
    }

    /// The text with each marked range wrapped in `open` and `close`.
    ///
    /// The text between marks is copied a run at a time, not scalar by scalar.
    public func rendered(open: String = "[", close: String = "]") -> String {
        var out = ""
        let scalars = text.unicodeScalars
        let count = scalars.count
        var at = 0
        var index = scalars.startIndex
        for mark in marks where mark.lowerBound >= at && mark.upperBound <= count {
            let start = scalars.index(index, offsetBy: mark.lowerBound - at)
            let end = scalars.index(start, offsetBy: mark.count)
            out += Substring(scalars[index..<start])
            out += open
            out += Substring(scalars[start..<end])
            out += close
            at = mark.upperBound
            index = end
        }
        out += Substring(scalars[index...])
        return out
    }
}

public struct SearchHit: Sendable, Equatable {
    public var id: String
    public var path: String
    public var title: String
    public var date: ArticleDate?
    /// Larger is better (the negated BM25 rank).
    public var score: Double
    public var snippet: MarkedText
    /// The first matching block, so that opening the hit can scroll to it.
    public var firstMatchBlock: Int?
    /// The words of the report that matched, as written there and lower-cased (`elections` for
    /// a search for `election`, whose stem they share; the name a `person:` filter found), so
    /// the reader highlights what matched. Empty when only filters (`tag:`, `after:`) matched:
    /// nothing in the text is highlighted.
    public var matchedWords: [String]

    public init(id: String, path: String, title: String, date: ArticleDate?, score: Double, snippet: MarkedText, firstMatchBlock: Int? = nil,
                matchedWords: [String] = []) {
        self.id = id
        self.path = path
        self.title = title
        self.date = date
        self.score = score
        self.snippet = snippet
        self.firstMatchBlock = firstMatchBlock
        self.matchedWords = matchedWords
    }
}

/// A "did you mean" for a query that found nothing or little: a word of the index near a
/// word of the query, or a name near a name in it.
public struct SearchSuggestion: Sendable, Equatable, Hashable {
    public enum Kind: String, Sendable {
        case word, person, place, organisation, tag
    }

    /// The word as the reports write it, or the entity's canonical name.
    public var text: String
    public var kind: Kind

    public init(text: String, kind: Kind) {
        self.text = text
        self.kind = kind
    }

    /// `elections`, `person:"Amara Okafor"` or `tag:"water"` (what to type to search for it).
    public var query: String {
        switch kind {
        case .word: return text
        case .person, .place, .tag: return "\(kind.rawValue):\"\(text)\""
        case .organisation: return "org:\"\(text)\""
        }
    }
}

public struct SearchResults: Sendable, Equatable {
    public var query: String
    /// All matching reports, of which `hits` are the first `limit`.
    public var total: Int
    public var hits: [SearchHit]
    /// A one-line hint when the query could not be read as written and was searched literally.
    public var hint: String?
    /// Near words and names when nothing or little matched, best first (a store that cannot
    /// suggest leaves it empty).
    public var suggestions: [SearchSuggestion]

    public init(query: String, total: Int, hits: [SearchHit], hint: String? = nil, suggestions: [SearchSuggestion] = []) {
        self.query = query
        self.total = total
        self.hits = hits
        self.hint = hint
        self.suggestions = suggestions
    }

    /// `did you mean: elections, person:"Amara Okafor"?`, or nil with no suggestion.
    public var didYouMean: String? {
        suggestions.isEmpty ? nil : "did you mean: " + suggestions.map(\.query).joined(separator: ", ") + "?"
    }
}

/// An entity with how often the corpus names it.
public struct EntitySummary: Sendable, Equatable, Hashable {
    public var key: String
    public var name: String
    public var kind: Entity.Kind
    public var articles: Int
    public var mentions: Int

    public init(key: String, name: String, kind: Entity.Kind, articles: Int, mentions: Int) {
        self.key = key
        self.name = name
        self.kind = kind
        self.articles = articles
        self.mentions = mentions
    }
}

/// Everything the corpus says about one entity.
public struct EntityPage: Sendable, Equatable {
    public var key: String
    public var name: String
    public var kind: Entity.Kind
    public var aliases: [String]
    public var roles: [String]
    /// Reports naming the entity, newest first; for a person, those they wrote (`wrote`) first.
    public var articles: [Appearance]
    /// The people a short form could be (`Santos` with `Maria L. Santos` and `Maria T. Santos`
    /// in the corpus), when it is left apart for that reason; their canonical names.
    public var couldBe: [String]

    public init(key: String, name: String, kind: Entity.Kind, aliases: [String], roles: [String], articles: [Appearance],
                couldBe: [String] = []) {
        self.key = key
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.roles = roles
        self.articles = articles
        self.couldBe = couldBe
    }

    /// The reports the person wrote (named in the byline), then those naming them.
    public var written: [Appearance] { articles.filter(\.wrote) }
    public var naming: [Appearance] { articles.filter { !$0.wrote } }

    /// One report naming the entity, with every mention in it.
    public struct Appearance: Sendable, Equatable {
        public var id: String
        public var path: String
        public var title: String
        public var date: ArticleDate?
        public var mentions: [MentionInContext]
        /// Whether the report's byline names the person as its author.
        public var wrote: Bool

        public init(id: String, path: String, title: String, date: ArticleDate?, mentions: [MentionInContext], wrote: Bool = false) {
            self.id = id
            self.path = path
            self.title = title
            self.date = date
            self.mentions = mentions
            self.wrote = wrote
        }
    }
}

/// A mention with the sentence around it.
public struct MentionInContext: Sendable, Equatable {
    /// Where the mention is in the report (block and scalar offsets in that block).
    public var mention: Mention
    public var sentence: String
    /// Scalar offsets of the mention inside `sentence`, end exclusive.
    public var start: Int
    public var end: Int

    public init(mention: Mention, sentence: String, start: Int, end: Int) {
        self.mention = mention
        self.sentence = sentence
        self.start = start
        self.end = end
    }

    /// The sentence as shown to a reader, with `…` where it looks cut: a sentence too long to
    /// quote whole is cut to the words around the mention, so it starts with a lower-case
    /// letter or ends with a comma or, when long, a word. Captions and headings, short and
    /// without a full stop, are left as they are. `start` and `end` follow.
    public var shown: MentionInContext {
        let scalars = sentence.unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return self }
        var copy = self
        if first.properties.isLowercase {
            copy.sentence = "…" + copy.sentence
            copy.start += 1
            copy.end += 1
        }
        if last == "," || (scalars.count >= Self.longSentence && (last.properties.isAlphabetic || last.properties.numericType != nil)) {
            copy.sentence += "…"
        }
        return copy
    }

    /// Longer than any caption or heading in practice; a cut sentence keeps 240 scalars on
    /// at least one side of its mention.
    private static let longSentence = 200
}

/// Why a store could not answer; `description` is one line for the user.
public struct StoreError: Error, Sendable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
