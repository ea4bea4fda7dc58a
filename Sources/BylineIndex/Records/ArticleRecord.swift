import GRDB

/// A row of `article`: one report, with its story text as the full-text content.
struct ArticleRecord: Codable, FetchableRecord, PersistableRecord, Sendable, Equatable {
    static let databaseTableName = "article"

    var id: Int64?
    var fileId: Int64
    /// The report's place in its file (0 for the only or first report).
    var ordinal: Int
    /// The article id shown to users and scripts (`2024/kazakhstan-unrest`).
    var key: String
    var format: String
    var title: String
    var titleDerived: Bool
    /// `YYYY-MM-DD`, so dates compare as text.
    var date: String?
    var dateText: String?
    var byline: String?
    var source: String?
    var dateline: String?
    /// The blocks' texts joined by blank lines.
    var body: String
    /// `BlockLayout` as JSON: where each block lies in `body`.
    var blocks: String
    var personCount: Int
    /// `ArticleDetails` as JSON.
    var details: String

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let fileId = Column(CodingKeys.fileId)
        static let key = Column(CodingKeys.key)
        static let title = Column(CodingKeys.title)
        static let date = Column(CodingKeys.date)
        static let body = Column(CodingKeys.body)
    }
}
