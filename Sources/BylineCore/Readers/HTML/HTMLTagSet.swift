/// A set of tag names the content scorer asks about, tested without hashing a string.
///
/// The scorer asks, for every element of a page and many times over, whether its name is one
/// of a handful (`p`, `div`, the heading tags). Each known HTML tag has a small number
/// (`PageTree` gives every node its number once, when the tree is built), so the test is a
/// bit in a 128-bit mask; names outside the table (custom elements) are compared as strings.
struct HTMLTagSet: ExpressibleByArrayLiteral, Sendable {
    private var low: UInt64 = 0
    private var high: UInt64 = 0
    /// Names with no number of their own, matched against elements numbered 0.
    private var others: [String] = []

    init(_ names: some Sequence<String>) {
        for name in names {
            let number = Self.number(of: name)
            if number == 0 {
                others.append(name)
            } else if number < 64 {
                low |= 1 << UInt64(number)
            } else {
                high |= 1 << UInt64(number - 64)
            }
        }
    }

    init(arrayLiteral names: String...) { self.init(names) }

    /// Whether an element with tag number `number` and name `name` is in the set.
    func contains(number: UInt8, name: String) -> Bool {
        if number == 0 { return !others.isEmpty && others.contains(name) }
        return number < 64 ? low & (1 << UInt64(number)) != 0 : high & (1 << UInt64(number - 64)) != 0
    }

    /// The tag's number, from 1; 0 for a name outside the table (and for text nodes' empty name).
    static func number(of name: String) -> UInt8 { numbers[name] ?? 0 }

    /// The tag numbered `number` (from 1, as `number(of:)` gives it).
    static func name(ofNumber number: UInt8) -> String { names[Int(number) - 1] }

    /// The HTML elements (and the obsolete ones pages still use), at most 127 of them.
    private static let names: [String] = [
        "a", "abbr", "address", "area", "article", "aside", "audio", "b", "base", "bdi", "bdo", "blockquote",
        "body", "br", "button", "canvas", "caption", "center", "cite", "code", "col", "colgroup", "data",
        "datalist", "dd", "del", "details", "dfn", "dialog", "dir", "div", "dl", "dt", "em", "embed",
        "fieldset", "figcaption", "figure", "font", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
        "head", "header", "hgroup", "hr", "html", "i", "iframe", "img", "input", "ins", "kbd", "label",
        "legend", "li", "link", "main", "map", "mark", "math", "menu", "meta", "meter", "nav", "noscript",
        "object", "ol", "optgroup", "option", "output", "p", "param", "picture", "pre", "progress", "q",
        "rp", "rt", "ruby", "s", "samp", "script", "section", "select", "small", "source", "span", "strike",
        "strong", "style", "sub", "summary", "sup", "svg", "table", "tbody", "td", "template", "textarea",
        "tfoot", "th", "thead", "time", "title", "tr", "track", "tt", "u", "ul", "var", "video", "wbr",
    ]

    private static let numbers: [String: UInt8] = {
        precondition(names.count < 128, "HTMLTagSet numbers tags in a 128-bit mask")
        var table: [String: UInt8] = [:]
        for (index, name) in names.enumerated() { table[name] = UInt8(index + 1) }
        return table
    }()
}
