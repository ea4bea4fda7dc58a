import BylineCore
import GRDB

extension SearchEngine {
    /// The condition of an `author:` filter: the report's byline names the person, as the
    /// recogniser read it (a person of the report with the role `author`, found by any form of
    /// their name), or the byline's text holds the name as written (`author:newsdesk` finds a
    /// desk that names no one), ignoring case, accents and punctuation.
    static func authorCondition(_ filter: SearchQuery.EntityFilter, in db: Database) throws -> (String, [any DatabaseValueConvertible]) {
        let ids = try EntityQueries.matching(name: filter.name, kind: .person, in: db).flatMap(\.ids)
        var parts = ["bylineFold(coalesce(a.byline, '')) LIKE ? ESCAPE '\\'"]
        if !ids.isEmpty {
            parts.append("""
                a.id IN (SELECT articleId FROM appearance WHERE entityId IN (\(ids.map(String.init).joined(separator: ","))) \
                AND roles LIKE '%"\(BylineAuthors.role)"%')
                """)
        }
        let condition = "(" + parts.joined(separator: " OR ") + ")"
        return ((filter.excluded ? "NOT " : "") + condition, ["%" + EntityQueries.escapedForLike(NameFolding.fold(filter.name)) + "%"])
    }
}
