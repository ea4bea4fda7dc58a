import BylineCore

extension MentionSentences {
    /// `mentions` with each photo-credit mention given its credit as its sentence: its offsets
    /// are in the credit (`Mention.inCredit`), which the body does not hold. `details` is the
    /// report's `article.details`.
    public static func credits(_ mentions: [MentionInContext], details: String) -> [MentionInContext] {
        let captions = ArticleDetails.decode(details).captions
        return mentions.map { m in
            guard m.mention.inCredit, let credit = captions.first(where: { $0.block == m.mention.block })?.credit else { return m }
            return MentionInContext(mention: m.mention, sentence: credit, start: m.mention.start, end: m.mention.end)
        }
    }
}
