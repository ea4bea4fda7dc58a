/// How many single-character edits (insert, delete, replace, swap two neighbours) turn one
/// word into another, for "did you mean" suggestions (a mistyped command, a mistyped search
/// word or name).
///
///     EditDistance.between("serch", "search", limit: 2)   // 1
public enum EditDistance {
    /// The distance between `a` and `b`, or `limit + 1` as soon as it is known to be larger.
    ///
    /// ASCII words are compared byte by byte, each byte being a character of its own: a
    /// search word's suggestions compare it with every indexed word of the same first letter
    /// (tens of thousands), and splitting each into characters cost more than the comparing.
    public static func between(_ a: String, _ b: String, limit: Int) -> Int {
        if let x = singleByteCharacters(a), let y = singleByteCharacters(b) { return distance(x, y, limit: limit) }
        return distance(Array(a), Array(b), limit: limit)
    }

    /// The UTF-8 bytes of `text` when each is one character: ASCII without a carriage return,
    /// which makes one character with a line feed after it.
    private static func singleByteCharacters(_ text: String) -> [UInt8]? {
        text.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D } ? Array(text.utf8) : nil
    }

    /// Damerau-Levenshtein (neighbours swapped) over `x` and `y`, row by row, giving up once a
    /// whole row is over `limit`.
    private static func distance<T: Equatable>(_ x: [T], _ y: [T], limit: Int) -> Int {
        if abs(x.count - y.count) > limit { return limit + 1 }
        if x.isEmpty { return y.count }
        let n = y.count
        var previous2 = [Int](repeating: 0, count: n + 1)
        var previous = Array(0...n)
        var row = [Int](repeating: 0, count: n + 1)
        for i in 1...x.count {
            row[0] = i
            var smallest = i
            for j in stride(from: 1, through: n, by: 1) {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] { value = min(value, previous2[j - 2] + 1) }
                row[j] = value
                smallest = min(smallest, value)
            }
            if smallest > limit { return limit + 1 }
            swap(&previous2, &previous)
            swap(&previous, &row)
        }
        return min(previous[n], limit + 1)
    }
}
