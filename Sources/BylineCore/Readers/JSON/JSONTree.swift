/// A JSON value as read from a scraper's file or a page's JSON-LD, with object members in
/// the order written.
enum JSONTree: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONTree])
    case object([(key: String, value: JSONTree)])

    static func == (a: JSONTree, b: JSONTree) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case let (.bool(x), .bool(y)): return x == y
        case let (.number(x), .number(y)): return x == y
        case let (.string(x), .string(y)): return x == y
        case let (.array(x), .array(y)): return x == y
        case let (.object(x), .object(y)):
            return x.count == y.count && zip(x, y).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        default: return false
        }
    }

    /// The first member whose key is one of `keys`, compared without regard to case
    /// (`datePublished` matches `datepublished`); keys earlier in the list win.
    func member(_ keys: [String]) -> JSONTree? {
        guard case .object(let members) = self else { return nil }
        for key in keys {
            if let found = members.first(where: { $0.key.lowercased() == key.lowercased() }), found.value != .null {
                return found.value
            }
        }
        return nil
    }

    /// The member `key` (see `member(_:)`).
    subscript(key: String) -> JSONTree? { member([key]) }

    /// The keys of an object, in the order written.
    var keys: [String] {
        guard case .object(let members) = self else { return [] }
        return members.map(\.key)
    }

    var string: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// A string or a number as text (some scrapers write ids and years as numbers).
    var scalarText: String? {
        switch self {
        case .string(let s): return s
        case .number(let n): return n == n.rounded() && abs(n) < 1e15 ? String(Int(n)) : String(n)
        default: return nil
        }
    }

    var array: [JSONTree]? {
        if case .array(let items) = self { return items }
        return nil
    }

    var isObject: Bool {
        if case .object = self { return true }
        return false
    }
}
