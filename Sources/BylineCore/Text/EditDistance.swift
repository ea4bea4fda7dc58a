/// How many single-character edits (insert, delete, replace, swap two neighbours) turn one
/// word into another, for "did you mean" suggestions (a mistyped command, a mistyped search
/// word or name).
///
///     EditDistance.between("serch", "search", limit: 2)   // 1
public enum EditDistance {
    /// The distance between `a` and `b`, or `limit + 1` as soon as it is known to be larger.
    public static func between(_ a: String, _ b: String, limit: Int) -> Int {
        let x = Array(a), y = Array(b)
        if abs(x.count - y.count) > limit { return limit + 1 }
        var previous2 = [Int](repeating: 0, count: y.count + 1)
        var previous = Array(0...y.count)
        for i in 1...max(1, x.count) where !x.isEmpty {
            var row = [i] + [Int](repeating: 0, count: y.count)
            for j in 1...max(1, y.count) where !y.isEmpty {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                row[j] = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] { row[j] = min(row[j], previous2[j - 2] + 1) }
            }
            if row.min()! > limit { return limit + 1 }
            previous2 = previous
            previous = row
        }
        return x.isEmpty ? y.count : min(previous[y.count], limit + 1)
    }
}
