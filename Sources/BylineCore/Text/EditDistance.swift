/// How many single-character edits (insert, delete, replace, swap two neighbours) turn one
/// word into another, for "did you mean" suggestions (a mistyped command, a mistyped search
/// word or name).
///
///     EditDistance.between("serch", "search", limit: 2)   // 1
public enum EditDistance {
    /// The distance between `a` and `b`, or `limit + 1` as soon as it is known to be larger.
    ///
    /// ASCII words are compared byte by byte in place, each byte being a character of its own:
    /// a search word's suggestions compare it with every indexed word of the same first letter
    /// and length band (thousands), and splitting each into characters, or copying its bytes,
    /// cost more than the comparing.
    public static func between(_ a: String, _ b: String, limit: Int) -> Int {
        if isSingleByte(a), isSingleByte(b) {
            var a = a, b = b
            return a.withUTF8 { x in b.withUTF8 { y in distance(x, y, limit: limit) } }
        }
        return distance(Array(a), Array(b), limit: limit)
    }

    /// Whether each UTF-8 byte of `text` is one character: ASCII without a carriage return,
    /// which makes one character with a line feed after it.
    private static func isSingleByte(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D }
    }

    /// Damerau-Levenshtein (neighbours swapped) over `x` and `y`, row by row in three rows on
    /// the stack, giving up once a whole row is over `limit`.
    private static func distance<C: RandomAccessCollection>(_ x: C, _ y: C, limit: Int) -> Int where C.Element: Equatable, C.Index == Int {
        if abs(x.count - y.count) > limit { return limit + 1 }
        if x.isEmpty { return y.count }
        let n = y.count, x0 = x.startIndex, y0 = y.startIndex
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * (n + 1)) { rows in
            var previous2 = rows.baseAddress!, previous = previous2 + (n + 1), row = previous + (n + 1)
            previous2.initialize(repeating: 0, count: n + 1)
            for j in 0...n { previous[j] = j }
            row.initialize(repeating: 0, count: n + 1)
            for i in 1...x.count {
                row[0] = i
                var smallest = i
                for j in stride(from: 1, through: n, by: 1) {
                    let cost = x[x0 + i - 1] == y[y0 + j - 1] ? 0 : 1
                    var value = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost)
                    if i > 1, j > 1, x[x0 + i - 1] == y[y0 + j - 2], x[x0 + i - 2] == y[y0 + j - 1] { value = min(value, previous2[j - 2] + 1) }
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
}
