import BylineCore

/// A query in Byline's search language, read into its parts.
///
///     water rights             both words, in any form (`election` finds `elections`)
///     "water rights"           the phrase, as written (also one word: "elections")
///     =elections               this form of the word only
///     desal*                   words starting with "desal"
///     strike OR protest        either word (OR joins the words on each side)
///     -drought, NOT drought    without the word
///     person:Okafor            reports naming a person (also place:, org:), by name, alias or
///     person:"Peña Álvarez"    surname, ignoring case and accents; -person: excludes them
///     author:"Hana Sato"       reports whose byline names the person
///     tag:drought              reports tagged so in their front matter (-tag: excludes them)
///     after:2024 before:2024-07   dated from 2024-01-01 up to, not including, 2024-07-01
///
/// Reading never fails: whatever cannot be read as written is searched as words or left out,
/// and `notes` says what was done, for a one-line hint.
public struct SearchQuery: Sendable, Equatable {
    /// Every group must match; a group matches when any of its terms does.
    public var groups: [[Term]] = []
    /// No term here may match.
    public var excluded: [Term] = []
    public var entityFilters: [EntityFilter] = []
    /// `tag:` filters: front-matter tags, as typed.
    public var tagFilters: [TagFilter] = []
    /// Reports dated on or after this day.
    public var after: ArticleDate?
    /// Reports dated before this day.
    public var before: ArticleDate?
    /// What was read differently from how it was written, one short sentence each.
    public var notes: [String] = []

    /// Words or a phrase to look for in the title and body.
    public struct Term: Sendable, Equatable {
        public var text: String
        /// Written in double quotes: the words must follow each other.
        public var isPhrase: Bool
        /// Written with a final `*`: the last word may continue.
        public var isPrefix: Bool
        /// Written `=word` or in quotes: only this form of the words, not others sharing their
        /// stems (`=election` does not find `elections`).
        public var isExact: Bool

        /// `isExact` defaults to what quotes mean: a phrase is exact, unless it ends in `*`.
        public init(_ text: String, isPhrase: Bool = false, isPrefix: Bool = false, isExact: Bool? = nil) {
            self.text = text
            self.isPhrase = isPhrase
            self.isPrefix = isPrefix
            self.isExact = isExact ?? (isPhrase && !isPrefix)
        }
    }

    /// `tag:` with a tag.
    public struct TagFilter: Sendable, Equatable {
        public var name: String
        /// Written with `-` or `NOT`: reports with the tag are left out.
        public var excluded: Bool

        public init(name: String, excluded: Bool = false) {
            self.name = name
            self.excluded = excluded
        }
    }

    /// `person:`, `place:` or `org:` with a name.
    public struct EntityFilter: Sendable, Equatable {
        public var kind: Entity.Kind
        public var name: String
        /// Written with `-` or `NOT`: reports naming the entity are left out.
        public var excluded: Bool
        /// Written `author:`: reports whose byline names the person, not those the story names.
        public var byline: Bool

        public init(kind: Entity.Kind, name: String, excluded: Bool = false, byline: Bool = false) {
            self.kind = kind
            self.name = name
            self.excluded = excluded
            self.byline = byline
        }
    }

    public init() {}

    /// Whether anything is asked of the text (as opposed to filters only).
    public var hasTextTerms: Bool { !groups.isEmpty }

    /// Whether the query asks for anything at all.
    public var isEmpty: Bool {
        groups.isEmpty && excluded.isEmpty && entityFilters.isEmpty && tagFilters.isEmpty && after == nil && before == nil
    }

    /// What a search for `text` shows when the query asks for nothing (`isEmpty`): no reports,
    /// and as the hint the parser's notes on what was typed, or an example of what to type.
    public func emptyResults(for text: String) -> SearchResults {
        SearchResults(query: text, total: 0, hits: [], hint: hint ?? "Type words to search for, as in: water rights -drought")
    }

    /// The parser's notes on what was typed, as one line for the results' hint; nil when none.
    public var hint: String? {
        notes.isEmpty ? nil : notes.joined(separator: " ")
    }

    /// What a search for `text` shows when one of its filters finds nothing in the index: no
    /// reports, and as the hint the parser's notes then `note`, with `suggestions` to try instead.
    public func nothingFound(for text: String, note: String, suggestions: [SearchSuggestion] = []) -> SearchResults {
        SearchResults(query: text, total: 0, hits: [], hint: (notes + [note]).joined(separator: " "), suggestions: suggestions)
    }
}

extension SearchQuery.EntityFilter {
    /// The note when the index holds no entity by the filter's name.
    public var notFoundNote: String { "No \(kind.rawValue) named \"\(name)\" in the index." }
}

extension SearchQuery.TagFilter {
    /// The note when no report carries the filter's tag.
    public var notFoundNote: String { "No report is tagged \"\(name)\"." }
}
