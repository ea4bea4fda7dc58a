/// An open-addressing hash table from `TokenKey` hashes to what the lexicons know of a word.
///
/// The keys are already well-mixed 64-bit hashes, so the table indexes by their low bits and
/// never hashes again; a look-up is usually one probe. `Dictionary` would rehash every key
/// with SipHash, which costs more than the rest of a token's processing.
struct WordTable: Sendable {
    /// What the lexicons know of one word or phrase.
    struct Entry: Sendable {
        var classes: WordClass = []
    }

    private var keys: [UInt64]
    private var entries: [Entry]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        entries = [Entry](repeating: Entry(), count: size)
        mask = size - 1
    }

    /// The entry for `key`, if the table has one.
    @inline(__always)
    func lookup(_ key: UInt64) -> Entry? {
        let k = key == 0 ? 1 : key
        var i = Int(truncatingIfNeeded: k) & mask
        while true {
            let found = keys[i]
            if found == k { return entries[i] }
            if found == 0 { return nil }
            i = (i + 1) & mask
        }
    }

    /// Applies `change` to the entry for `key`, creating it when missing.
    mutating func update(_ key: UInt64, _ change: (inout Entry) -> Void) {
        if count * 2 >= keys.count { grow() }
        let k = key == 0 ? 1 : key
        var i = Int(truncatingIfNeeded: k) & mask
        while keys[i] != 0 && keys[i] != k { i = (i + 1) & mask }
        if keys[i] == 0 {
            keys[i] = k
            count += 1
        }
        change(&entries[i])
    }

    private mutating func grow() {
        let oldKeys = keys, oldEntries = entries
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        entries = [Entry](repeating: Entry(), count: oldKeys.count * 2)
        mask = keys.count - 1
        count = 0
        for (k, e) in zip(oldKeys, oldEntries) where k != 0 {
            update(k) { $0 = e }
        }
    }
}
