import BylineCore

/// The orders in which entities and an entity's reports are listed, shared by every store so
/// that their answers cannot drift apart.
public enum EntityOrder {
    /// Most mentioned first, then named in the most reports, then by name and key (their bytes).
    public static func mostMentioned(_ a: EntitySummary, _ b: EntitySummary) -> Bool {
        if a.mentions != b.mentions { return a.mentions > b.mentions }
        if a.articles != b.articles { return a.articles > b.articles }
        if a.name != b.name { return a.name.utf8.lexicographicallyPrecedes(b.name.utf8) }
        return a.key.utf8.lexicographicallyPrecedes(b.key.utf8)
    }

    /// The reports the person wrote first; then newest first, undated last, then by id.
    public static func writtenThenNewest(_ x: EntityPage.Appearance, _ y: EntityPage.Appearance) -> Bool {
        if x.wrote != y.wrote { return x.wrote }
        switch (x.date, y.date) {
        case let (a?, b?): return a != b ? a > b : x.id < y.id
        case (_?, nil): return true
        case (nil, _?): return false
        case (nil, nil): return x.id < y.id
        }
    }
}
