import BylineCore
import GRDB

extension IndexStore {
    /// One query over the appearances for the whole index (the list asks for every report).
    public func namesByReport(ids: [String]) throws -> [String: String] {
        try database.read { db in
            var out: [String: String] = [:]
            let rows = try Row.fetchCursor(db, sql: """
                SELECT a.key, group_concat(p.name, ' ') FROM appearance p JOIN article a ON a.id = p.articleId
                GROUP BY p.articleId
                """)
            while let row = try rows.next() {
                let key: String = row[0]
                out[key] = row[1] as String? ?? ""
            }
            return out
        }
    }
}
