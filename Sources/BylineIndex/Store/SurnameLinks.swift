import GRDB

/// A person some reports name only by surname (`Commissioner Lindqvist`, `Mayor de Graaf`) is
/// taken to be the one person of the corpus whose fuller name ends in it (`Sofia Lindqvist`),
/// when there is exactly one; with two (`Sofia` and `Erik Lindqvist`) or none, the surname
/// stays an entity of its own.
///
/// Within a report the recogniser already joins a surname to the full name used earlier; this
/// joins across reports, when pages and lookups are read, so that following a person leads to
/// every report naming them. The work is `PersonLinks`, which also joins a name written with
/// and without its middle initials; this is its view for one person.
enum SurnameLinks {
    /// The person that the shorter form `id` stands for, if exactly one.
    static func fullName(for id: Int64, in db: Database) throws -> Int64? {
        guard try String.fetchOne(db, sql: "SELECT kind FROM entity WHERE id = ?", arguments: [id]) == "person" else { return nil }
        return try PersonLinks.around(id, in: db).root[id]
    }

    /// The shorter forms that stand for the person `id`.
    static func surnameOnly(for id: Int64, in db: Database) throws -> [Int64] {
        let links = try PersonLinks.around(id, in: db)
        guard links.root[id] == nil else { return [] }
        return Array(links.members(of: id).dropFirst())
    }

    /// Every shorter form of a person in the index with the person it stands for.
    static func all(in db: Database) throws -> [Int64: Int64] {
        try PersonLinks.all(in: db).root
    }
}
