/// The attributes of one element, by lower-cased name.
///
/// Why not a `[String: String]`: an element has a handful of attributes at most, and a page
/// has thousands of elements. A dictionary hashes every name it stores or looks up and
/// allocates a table for each element; comparing a few short names in a list is cheaper, and
/// building and freeing the page's elements was a large share of reading it.
struct HTMLAttributes: Sendable, Equatable, ExpressibleByDictionaryLiteral {
    private var pairs: [(name: String, value: String)] = []

    init() {}

    /// No attributes yet, with room for `capacity`.
    init(capacity: Int) { pairs.reserveCapacity(capacity) }

    init(dictionaryLiteral elements: (String, String)...) {
        for (name, value) in elements { self[name] = value }
    }

    /// The value of the named attribute, or nil when it is absent; setting nil removes it.
    subscript(name: String) -> String? {
        get { pairs.first { $0.name == name }?.value }
        set {
            let index = pairs.firstIndex { $0.name == name }
            switch (index, newValue) {
            case let (index?, value?): pairs[index].value = value
            case let (index?, nil): pairs.remove(at: index)
            case let (nil, value?): pairs.append((name, value))
            case (nil, nil): break
            }
        }
    }

    var count: Int { pairs.count }

    /// The words of `class`, split on whitespace.
    var classNames: [Substring] {
        guard let value = self["class"] else { return [] }
        // Class lists are ASCII nearly always: split on ASCII whitespace without asking the
        // Unicode tables about every character (the same split for ASCII text).
        if value.utf8.allSatisfy({ $0 < 0x80 }) {
            var names: [Substring] = []
            var start: String.Index?
            for index in value.utf8.indices {
                let byte = value.utf8[index]
                if byte == 0x20 || (0x09...0x0D).contains(byte) {
                    if let open = start { names.append(value[open..<index]) }
                    start = nil
                } else if start == nil {
                    start = index
                }
            }
            if let open = start { names.append(value[open...]) }
            return names
        }
        return value.split(whereSeparator: { $0.isWhitespace })
    }

    /// The same names with the same values, in any order (as two dictionaries compare).
    static func == (lhs: HTMLAttributes, rhs: HTMLAttributes) -> Bool {
        lhs.count == rhs.count && lhs.pairs.allSatisfy { rhs[$0.name] == $0.value }
    }
}
