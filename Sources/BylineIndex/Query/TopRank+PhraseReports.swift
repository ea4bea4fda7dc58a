import GRDB

extension TopRank {
    /// What `bylineTopRank` is told of the phrases of `FTS5Expression.expression(for: query)`,
    /// in FTS5's order (the order they are written in): each one's number of tokens and, for
    /// a single stem that is not a prefix, the number of reports holding it, from `stem.reports`
    /// (`StemList`), looked up once here instead of counted by reading the stem's matches for
    /// `bm25()`'s inverse document frequency (about 15 million instructions for `they`, in
    /// 52,424 of 100,000 reports).
    ///
    /// That count is the one `bm25()` takes: FTS5 counts the reports matching the phrase alone
    /// (`xQueryPhrase`), in any column, as the query names no column; `stem` counts the reports
    /// holding the stem in their title or body, kept in the same transaction as the full-text
    /// index by every batch (`StemCountTests`). Column weights play no part in it.
    ///
    ///     "1:52424 1:"    `they` and a stem no report holds: FTS5 counts the second
    ///
    /// Nil, and FTS5 counts every phrase, until the index's stems are counted (an index from
    /// an earlier build), or when a term has no token (FTS5 would drop its phrase) or one the
    /// tokenizer gives in two forms at one place. The function checks the phrases' number
    /// and sizes against the expression and ignores what does not fit.
    static func phraseReports(of query: SearchQuery, in db: Database) throws -> String? {
        guard try StemList.isCounted(in: db) else { return nil }
        let tokenizer = try db.makeTokenizer(FTS5TokenizerDescriptor(components: IndexSchema.fullTextTokenizer.split(separator: " ").map(String.init)))
        // As `FTS5Expression.expression(for:)` writes them: the groups, then the exclusions
        // left to FTS5.
        let terms = query.groups.joined() + query.excluded.filter { !$0.isExact }
        var entries: [String] = []
        for term in terms {
            let tokens = try tokenizer.tokenize(query: FTS5Expression.quotedText(term))
            guard !tokens.isEmpty, !tokens.contains(where: { $0.flags.contains(.colocated) }) else { return nil }
            var reports: Int?
            if tokens.count == 1, !term.isPrefix {
                reports = try StemList.reports(holding: tokens[0].token, length: tokens[0].token.count, in: db)
            }
            entries.append("\(tokens.count):" + (reports.map(String.init) ?? ""))
        }
        return entries.joined(separator: " ")
    }
}
