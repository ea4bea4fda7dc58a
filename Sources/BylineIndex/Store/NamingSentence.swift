import BylineCore
import Foundation
import GRDB

/// The snippet of a report found by a `person:`, `place:` or `org:` filter alone: the first
/// sentence of the report naming one of the entities, with the name marked.
struct NamingSentence {
    var snippet: MarkedText
    /// The block holding the sentence.
    var block: Int
    /// The name as the sentence writes it, lower-cased (for the reader's highlighting).
    var name: String

    /// The first sentence (in reading order) of the report `articleKey` naming an entity of
    /// `entityIds`, or nil when the index holds no mention of them in it.
    static func first(articleKey: String, entityIds: [Int64], in db: Database) throws -> NamingSentence? {
        let list = entityIds.map(String.init).joined(separator: ",")
        let rows = try Row.fetchCursor(db, sql: """
            SELECT p.mentions, a.body, a.blocks FROM article a JOIN appearance p ON p.articleId = a.id
            WHERE a.key = ? AND p.entityId IN (\(list)) AND p.mentionCount > 0
            """, arguments: [articleKey])
        var best: (MentionInContext, Int)?
        while let row = try rows.next() {
            let mentions = MentionList(packed: row[0] as Data)
            guard let first = mentions.items.filter({ !$0.mention.inCredit }).min(by: { ($0.mention.block, $0.mention.start) < ($1.mention.block, $1.mention.start) }) else { continue }
            if let (current, _) = best, (current.mention.block, current.mention.start) <= (first.mention.block, first.mention.start) { continue }
            let cut = try row.withUnsafeData(atIndex: 1) { body -> MentionInContext? in
                guard let body else { return nil }
                return body.withUnsafeBytes { MentionSentences.cut(MentionList([first]), body: $0, blocks: row[2]).first }
            }
            if let cut { best = (cut, first.mention.block) }
        }
        guard let (found, block) = best else { return nil }
        let shown = found.shown
        let scalars = Array(shown.sentence.unicodeScalars)
        guard shown.start >= 0, shown.start < shown.end, shown.end <= scalars.count else { return nil }
        // One line, as every snippet: the scalar count stays, so the mark does too.
        let flat = String(String.UnicodeScalarView(scalars.map { $0.properties.isWhitespace ? " " : $0 }))
        let name = String(String.UnicodeScalarView(scalars[shown.start..<shown.end])).lowercased()
        return NamingSentence(snippet: MarkedText(text: flat, marks: [shown.start..<shown.end]), block: block, name: name)
    }
}
