/// Reading a parsed document (a scraper's file, a page's JSON-LD) the way those files are
/// written in the wild: keys compared without case, numbers where strings are expected.
extension JSONValue {
    /// The first member whose key is one of `keys`, compared without regard to case
    /// (`datePublished` matches `datepublished`); keys earlier in the list win, and a `null`
    /// member counts as missing.
    func member(_ keys: [String]) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        for key in keys {
            let wanted = key.lowercased()
            if let found = members.first(where: { $0.0.lowercased() == wanted }), found.1 != .null {
                return found.1
            }
        }
        return nil
    }

    /// The member `key` (see `member(_:)`).
    subscript(key: String) -> JSONValue? { member([key]) }

    /// The keys of an object, in the order written.
    var keys: [String] {
        guard case .object(let members) = self else { return [] }
        return members.map(\.0)
    }

    var string: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// The value of an integer or a double.
    var number: Double? {
        switch self {
        case .int(let i): return Double(i)
        case .double(let d): return d
        default: return nil
        }
    }

    /// A string or a number as text (some scrapers write ids and years as numbers).
    var scalarText: String? {
        switch self {
        case .string(let s): return s
        case .int(let i): return String(i)
        case .double(let d): return d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d)
        default: return nil
        }
    }

    var array: [JSONValue]? {
        if case .array(let items) = self { return items }
        return nil
    }

    var isObject: Bool {
        if case .object = self { return true }
        return false
    }
}
