/// Disjoint sets of row ids, for joining the forms of one name.
struct UnionFind {
    private var parent: [Int64: Int64] = [:]

    init(_ ids: [Int64]) {
        for id in ids { parent[id] = id }
    }

    mutating func find(_ id: Int64) -> Int64 {
        var top = id
        while let up = parent[top], up != top { top = up }
        var at = id
        while let up = parent[at], up != top {
            parent[at] = top
            at = up
        }
        return top
    }

    mutating func union(_ a: Int64, _ b: Int64) {
        let (x, y) = (find(a), find(b))
        if x != y { parent[y] = x }
    }
}
