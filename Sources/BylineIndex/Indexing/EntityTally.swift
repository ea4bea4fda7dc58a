/// What the indexer counts, while it writes, for an entity: for one first stored in the same
/// run, every appearance it has, so its name, counts, aliases and roles can be worked out as they
/// come instead of read back from `appearance` at the end; for one stored before, the
/// appearances the run added less those it removed (`sign` -1), which `EntityTotals` adds to
/// the stored totals.
///
/// The results are exactly those of `EntityTotals`' SQL recount: names are compared by their
/// bytes (SQLite's `BINARY`), not by canonical equivalence as Swift compares strings, and the
/// name is chosen in the same order.
struct EntityTally {
    private(set) var articles = 0
    private(set) var mentions = 0
    /// Appearances giving each name.
    private(set) var names: [SQLText: Int] = [:]
    /// Reports giving each name or alias.
    private(set) var aliases: [SQLText: Int] = [:]
    /// Reports giving each role.
    private(set) var roles: [SQLText: Int] = [:]

    /// Counts one report naming the entity `name`, with these aliases and roles; with `sign`
    /// -1, takes away one that was removed.
    mutating func add(name: String, aliases: [String], roles: [String], mentions: Int, sign: Int = 1) {
        articles += sign
        self.mentions += sign * mentions
        names[SQLText(name), default: 0] += sign
        if aliases.isEmpty {
            self.aliases[SQLText(name), default: 0] += sign
        } else {
            for alias in Set(([name] + aliases).map(SQLText.init)) { self.aliases[alias, default: 0] += sign }
        }
        for role in Set(roles.map(SQLText.init)) { self.roles[role, default: 0] += sign }
    }

    /// The name most reports use, leaving out forms in capitals when any other is used; on a
    /// tie the longest, then the first in byte order (`EntityTotals`' `ORDER BY`).
    var name: String {
        Self.chosenName(names) ?? ""
    }

    /// The name `EntityTotals`' SQL chooses among these names, each with the reports giving it
    /// (those given by none left out).
    static func chosenName(_ names: [SQLText: Int]) -> String? {
        names.filter { $0.value > 0 }.min { a, b in
            let (x, y) = (a.key, b.key)
            if x.isCapitals != y.isCapitals { return !x.isCapitals }
            if a.value != b.value { return a.value > b.value }
            if x.length != y.length { return x.length > y.length }
            return x.string.utf8.lexicographicallyPrecedes(y.string.utf8)
        }?.key.string
    }
}

/// A string that is equal to another only when their UTF-8 bytes are, as SQLite compares text.
struct SQLText: Hashable {
    let string: String

    init(_ string: String) {
        self.string = string
    }

    static func == (a: SQLText, b: SQLText) -> Bool {
        a.string.utf8.elementsEqual(b.string.utf8)
    }

    func hash(into hasher: inout Hasher) {
        let hashed: Void? = string.utf8.withContiguousStorageIfAvailable { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        if hashed == nil {
            for byte in string.utf8 { hasher.combine(byte) }
        }
    }

    /// `name = upper(name)`: SQLite's `upper` changes ASCII letters only.
    var isCapitals: Bool {
        !string.utf8.contains { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }
    }

    /// SQLite's `length`: characters are Unicode scalars.
    var length: Int {
        string.unicodeScalars.count
    }
}
