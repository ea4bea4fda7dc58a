/// A page as a mutable tree with parent links, for the content scorer (`ContentScorer`),
/// which renames, moves and removes nodes as it narrows a page down to its story.
///
/// Nodes live in one array and refer to each other by index; a removed node is only
/// unlinked from its parent. `HTMLElement` stays the reader's immutable value: the scorer
/// builds a tree from one, and hands the story back as one (`element(_:)`).
struct PageTree {
    struct Node {
        /// Lower-cased tag name; empty for a text node.
        var name: String
        var attributes: [String: String]
        /// The text of a text node.
        var text: String
        var parent: Int
        var children: [Int]
        var isText: Bool { name.isEmpty }
    }

    private(set) var nodes: [Node] = []
    /// The `<html>` element.
    let root: Int

    init(_ page: HTMLElement) {
        root = 0
        nodes.reserveCapacity(1024)
        _ = add(page, parent: -1)
    }

    private mutating func add(_ element: HTMLElement, parent: Int) -> Int {
        let index = nodes.count
        nodes.append(Node(name: element.name, attributes: element.attributes, text: "", parent: parent, children: []))
        var children: [Int] = []
        children.reserveCapacity(element.children.count)
        for child in element.children {
            switch child {
            case .element(let element):
                children.append(add(element, parent: index))
            case .text(let text):
                children.append(nodes.count)
                nodes.append(Node(name: "", attributes: [:], text: text, parent: index, children: []))
            }
        }
        nodes[index].children = children
        return index
    }

    subscript(_ index: Int) -> Node { nodes[index] }

    func name(_ index: Int) -> String { nodes[index].name }
    func parent(_ index: Int) -> Int? { nodes[index].parent >= 0 ? nodes[index].parent : nil }
    func attribute(_ index: Int, _ name: String) -> String? { nodes[index].attributes[name] }
    func children(_ index: Int) -> [Int] { nodes[index].children }

    /// The element children, without text nodes.
    func elementChildren(_ index: Int) -> [Int] { nodes[index].children.filter { !nodes[$0].isText } }

    /// `class` and `id` joined, the string the class hints are matched against.
    func hintText(_ index: Int) -> String {
        let node = nodes[index]
        return (node.attributes["class"] ?? "") + " " + (node.attributes["id"] ?? "")
    }

    // MARK: - Searching

    /// The elements below `index` with one of `names`, in document order.
    func elements(in index: Int, named names: Set<String>) -> [Int] {
        var out: [Int] = []
        var stack = nodes[index].children.reversed() as [Int]
        while let next = stack.popLast() {
            let node = nodes[next]
            if node.isText { continue }
            if names.contains(node.name) { out.append(next) }
            stack.append(contentsOf: node.children.reversed())
        }
        return out
    }

    /// How many elements named `name` are below `index`.
    func count(in index: Int, named name: String) -> Int {
        var total = 0
        var stack = nodes[index].children
        while let next = stack.popLast() {
            let node = nodes[next]
            if node.isText { continue }
            if node.name == name { total += 1 }
            stack.append(contentsOf: node.children)
        }
        return total
    }

    /// Whether an ancestor of `index`, up to `depth` levels (all when nil), is named `name`.
    func hasAncestor(_ index: Int, named name: String, depth: Int? = nil, where test: ((Int) -> Bool)? = nil) -> Bool {
        var current = nodes[index].parent, level = 0
        while current >= 0 {
            if let depth, level >= depth { return false }
            if nodes[current].name == name, test?(current) ?? true { return true }
            current = nodes[current].parent
            level += 1
        }
        return false
    }

    /// The ancestors of `index`, nearest first, at most `limit` of them.
    func ancestors(_ index: Int, limit: Int = .max) -> [Int] {
        var out: [Int] = []
        var current = nodes[index].parent
        while current >= 0, out.count < limit {
            out.append(current)
            current = nodes[current].parent
        }
        return out
    }

    /// Whether `index` is still attached below the root.
    func isAttached(_ index: Int) -> Bool {
        var current = index
        while current != root {
            let parent = nodes[current].parent
            guard parent >= 0 else { return false }
            current = parent
        }
        return true
    }

    // MARK: - Text

    /// All text below `index`, as the page holds it; with `breaksAsSpaces`, a `<br>` reads
    /// as a space (`Written by A<br>Edited by B`).
    func textContent(_ index: Int, breaksAsSpaces: Bool = false) -> String {
        let node = nodes[index]
        if node.isText { return node.text }
        var out = ""
        appendText(index, to: &out, breaksAsSpaces: breaksAsSpaces)
        return out
    }

    private func appendText(_ index: Int, to out: inout String, breaksAsSpaces: Bool) {
        for child in nodes[index].children {
            let node = nodes[child]
            if node.isText {
                out += node.text
            } else if breaksAsSpaces, node.name == "br" {
                out += " "
            } else {
                appendText(child, to: &out, breaksAsSpaces: breaksAsSpaces)
            }
        }
    }

    /// The text below `index` trimmed, with runs of whitespace as one space (what the
    /// scorer measures lengths on).
    func innerText(_ index: Int) -> String { textContent(index).normalizedSpacing }

    /// Length of `innerText` in UTF-16 units, the unit the scoring thresholds were set in.
    func textLength(_ index: Int) -> Int { measure(index).length }

    /// Length of `innerText` (UTF-16 units) and its clauses (see `ContentScorer.Pass.clauseCount`),
    /// counted without building the text: the scorer measures every container, and the text
    /// of a page's outer containers is most of the page.
    func measure(_ index: Int) -> (length: Int, clauses: Int) {
        var counter = TextCounter()
        count(index, into: &counter)
        return (counter.length, counter.clauses)
    }

    /// Whether the text below `index` is only whitespace (or nothing).
    func isBlank(_ index: Int) -> Bool {
        let node = nodes[index]
        if node.isText { return node.text.unicodeScalars.allSatisfy(\.isWebWhitespace) }
        return node.children.allSatisfy(isBlank)
    }

    private func count(_ index: Int, into counter: inout TextCounter) {
        let node = nodes[index]
        if node.isText { return counter.add(node.text) }
        for child in node.children { count(child, into: &counter) }
    }

    private struct TextCounter {
        var length = 0
        var clauses = 1
        var started = false
        var pendingSpace = false

        mutating func add(_ text: String) {
            var text = text
            text.withUTF8 { bytes in
                var i = 0
                while i < bytes.count {
                    let byte = bytes[i]
                    // ASCII, most of every page, without decoding.
                    if byte < 0x80 {
                        i += 1
                        if byte == 0x20 || (0x09...0x0D).contains(byte) {
                            pendingSpace = started
                            continue
                        }
                        addCharacter(units: 1, isComma: byte == 0x2C)
                        continue
                    }
                    let width = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
                    var value = UInt32(byte) & (width == 4 ? 0x07 : width == 3 ? 0x0F : 0x1F)
                    var j = 1
                    while j < width, i + j < bytes.count {
                        value = value << 6 | UInt32(bytes[i + j] & 0x3F)
                        j += 1
                    }
                    i += width
                    guard let scalar = Unicode.Scalar(value) else { continue }
                    if scalar.isWebWhitespace {
                        pendingSpace = started
                        continue
                    }
                    addCharacter(units: value > 0xFFFF ? 2 : 1, isComma: ContentScorer.Pass.isComma(scalar))
                }
            }
        }

        private mutating func addCharacter(units: Int, isComma: Bool) {
            if pendingSpace { length += 1 }
            pendingSpace = false
            started = true
            length += units
            if isComma { clauses += 1 }
        }
    }

    // MARK: - Changing the tree

    mutating func remove(_ index: Int) {
        let parent = nodes[index].parent
        guard parent >= 0 else { return }
        nodes[parent].children.removeAll { $0 == index }
        nodes[index].parent = -1
    }

    mutating func rename(_ index: Int, to name: String) { nodes[index].name = name }

    mutating func setAttribute(_ index: Int, _ name: String, _ value: String?) { nodes[index].attributes[name] = value }

    /// Puts `replacement` (detached from where it was) in the place of `index`.
    mutating func replace(_ index: Int, with replacement: Int) {
        remove(replacement)
        let parent = nodes[index].parent
        guard parent >= 0, let position = nodes[parent].children.firstIndex(of: index) else { return }
        nodes[parent].children[position] = replacement
        nodes[replacement].parent = parent
        nodes[index].parent = -1
    }

    /// A new element, not yet attached.
    mutating func makeElement(_ name: String) -> Int {
        nodes.append(Node(name: name, attributes: [:], text: "", parent: -1, children: []))
        return nodes.count - 1
    }

    /// Appends `child` (detached from where it was) as the last child of `parent`.
    mutating func append(_ child: Int, to parent: Int) {
        remove(child)
        nodes[parent].children.append(child)
        nodes[child].parent = parent
    }

    /// Inserts `child` (detached) into `parent`'s children at `position`.
    mutating func insert(_ child: Int, into parent: Int, at position: Int) {
        remove(child)
        nodes[parent].children.insert(child, at: min(position, nodes[parent].children.count))
        nodes[child].parent = parent
    }

    // MARK: - Back to values

    /// The subtree at `index` as an `HTMLElement`.
    func element(_ index: Int) -> HTMLElement {
        let node = nodes[index]
        var element = HTMLElement(name: node.name, attributes: node.attributes)
        element.children.reserveCapacity(node.children.count)
        for child in node.children {
            let childNode = nodes[child]
            element.children.append(childNode.isText ? .text(childNode.text) : .element(self.element(child)))
        }
        return element
    }
}
