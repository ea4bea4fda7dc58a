/// A page as a mutable tree with parent links, for the content scorer (`ContentScorer`),
/// which renames, moves and removes nodes as it narrows a page down to its story.
///
/// Nodes live in one array and refer to each other by index; a removed node is only
/// unlinked from its parent. The reader builds it straight from libxml2's nodes
/// (`LibXML2.parsePage`); the metadata is read from it as parsed, and the scorer changes its
/// own copy and hands the story back as an `HTMLElement` value (`element(_:)`).
struct PageTree {
    struct Node {
        /// Lower-cased tag name; empty for a text node.
        var name: String {
            didSet { tag = HTMLTagSet.number(of: name) }
        }
        /// The name's number in `HTMLTagSet` (0 for a text node or an unknown tag).
        var tag: UInt8
        var parent: Int
        var children: [Int]
        var isText: Bool { name.isEmpty }
    }

    private(set) var nodes: [Node] = []
    /// Each node's attributes and text, apart from `nodes`: the scorer's passes each change
    /// their own copy of the tree's shape, and these (which the passes rarely or never change)
    /// stay shared instead of being copied with it.
    private var attributeLists: [HTMLAttributes] = []
    /// The text of each text node; empty for elements.
    private var texts: [String] = []
    /// The measured text of each node, nil until asked for or after its subtree changed.
    private var spans: [TextSpan?] = []
    /// The `<html>` element.
    let root: Int

    /// A tree holding only its root element, to be filled in page order with `addElement`
    /// and `addText` (see `LibXML2.parsePage`, which builds it straight from libxml2's nodes).
    init(rootName: String, attributes: HTMLAttributes) {
        root = 0
        nodes.reserveCapacity(1024)
        attributeLists.reserveCapacity(1024)
        texts.reserveCapacity(1024)
        spans.reserveCapacity(1024)
        _ = addNode(Node(name: rootName, tag: HTMLTagSet.number(of: rootName), parent: -1, children: []), attributes: attributes)
    }

    /// Adds an element as the last child of `parent` and returns its index; `tag` is the
    /// name's `HTMLTagSet` number.
    mutating func addElement(_ name: String, tag: UInt8, attributes: HTMLAttributes, to parent: Int) -> Int {
        let index = addNode(Node(name: name, tag: tag, parent: parent, children: []), attributes: attributes)
        nodes[parent].children.append(index)
        return index
    }

    /// Adds a run of text as the last child of `parent`.
    mutating func addText(_ text: String, to parent: Int) {
        let index = addNode(Node(name: "", tag: 0, parent: parent, children: []), text: text)
        nodes[parent].children.append(index)
    }

    /// Makes room for `count` more children of `parent`.
    mutating func reserveChildren(_ count: Int, for parent: Int) {
        nodes[parent].children.reserveCapacity(nodes[parent].children.count + count)
    }

    private mutating func addNode(_ node: consuming Node, attributes: HTMLAttributes = [:], text: String = "") -> Int {
        nodes.append(node)
        attributeLists.append(attributes)
        texts.append(text)
        spans.append(nil)
        return nodes.count - 1
    }

    subscript(_ index: Int) -> Node { nodes[index] }

    func name(_ index: Int) -> String { nodes[index].name }
    func parent(_ index: Int) -> Int? { nodes[index].parent >= 0 ? nodes[index].parent : nil }
    func attribute(_ index: Int, _ name: String) -> String? { attributeLists[index][name] }
    func attributes(_ index: Int) -> HTMLAttributes { attributeLists[index] }
    /// Whether `index` is a text node.
    func isText(_ index: Int) -> Bool { nodes[index].isText }
    func children(_ index: Int) -> [Int] { nodes[index].children }

    /// The element children, without text nodes.
    func elementChildren(_ index: Int) -> [Int] { nodes[index].children.filter { !nodes[$0].isText } }

    /// `class` and `id` joined, the string the class hints are matched against.
    func hintText(_ index: Int) -> String {
        let attributes = attributeLists[index]
        return (attributes["class"] ?? "") + " " + (attributes["id"] ?? "")
    }

    // MARK: - Searching

    /// The elements below `index` with one of `names`, in document order.
    func elements(in index: Int, named names: HTMLTagSet) -> [Int] {
        var out: [Int] = []
        collect(below: index, named: names, into: &out)
        return out
    }

    // These walks read each field in place: copying a whole `Node` retains and releases its
    // four references, and they visit every node of the page several times.
    private func collect(below index: Int, named names: HTMLTagSet, into out: inout [Int]) {
        for child in nodes[index].children {
            if nodes[child].isText { continue }
            if names.contains(number: nodes[child].tag, name: nodes[child].name) { out.append(child) }
            if !nodes[child].children.isEmpty { collect(below: child, named: names, into: &out) }
        }
    }

    /// Whether the element at `index` has one of `names`.
    func isNamed(_ index: Int, in names: HTMLTagSet) -> Bool {
        let node = nodes[index]
        return !node.isText && names.contains(number: node.tag, name: node.name)
    }

    /// How many elements named `name` are below `index`.
    func count(in index: Int, named name: String) -> Int {
        count(below: index, tag: HTMLTagSet.number(of: name), name: name)
    }

    private func count(below index: Int, tag: UInt8, name: String) -> Int {
        var total = 0
        for child in nodes[index].children {
            if nodes[child].isText { continue }
            if nodes[child].tag == tag, tag != 0 || nodes[child].name == name { total += 1 }
            if !nodes[child].children.isEmpty { total += count(below: child, tag: tag, name: name) }
        }
        return total
    }

    /// Whether an ancestor of `index`, up to `depth` levels (all when nil), is named `name`.
    func hasAncestor(_ index: Int, named name: String, depth: Int? = nil, where test: ((Int) -> Bool)? = nil) -> Bool {
        var current = nodes[index].parent, level = 0
        let tag = HTMLTagSet.number(of: name)
        while current >= 0 {
            if let depth, level >= depth { return false }
            if nodes[current].tag == tag, tag != 0 || nodes[current].name == name, test?(current) ?? true { return true }
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
        if nodes[index].isText { return texts[index] }
        var out = ""
        appendText(index, to: &out, breaksAsSpaces: breaksAsSpaces)
        return out
    }

    private func appendText(_ index: Int, to out: inout String, breaksAsSpaces: Bool) {
        for child in nodes[index].children {
            if nodes[child].isText {
                out += texts[child]
            } else if breaksAsSpaces, nodes[child].name == "br" {
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
    mutating func textLength(_ index: Int) -> Int { measure(index).length }

    /// Length of `innerText` (UTF-16 units) and its clauses (see `ContentScorer.Pass.clauseCount`),
    /// counted without building the text: the scorer measures every container, and the text
    /// of a page's outer containers is most of the page. Each node's `TextSpan` is kept until
    /// its subtree changes.
    mutating func measure(_ index: Int) -> (length: Int, clauses: Int) {
        let span = span(index)
        return (span.length, span.commas + 1)
    }

    private mutating func span(_ index: Int) -> TextSpan {
        if let known = spans[index] { return known }
        var span: TextSpan
        if nodes[index].isText {
            span = TextSpan(texts[index])
        } else {
            span = TextSpan()
            for child in nodes[index].children { span.append(self.span(child)) }
        }
        spans[index] = span
        return span
    }

    /// Forgets the spans of `index` and its ancestors, whose text has changed. An unknown span
    /// has no known ancestor (measuring a node measures all below it), so the walk stops there.
    private mutating func textChanged(_ index: Int) {
        var current = index
        while current >= 0, spans[current] != nil {
            spans[current] = nil
            current = nodes[current].parent
        }
    }

    /// Whether the text below `index` is only whitespace (or nothing).
    func isBlank(_ index: Int) -> Bool {
        if nodes[index].isText { return texts[index].unicodeScalars.allSatisfy(\.isWebWhitespace) }
        return nodes[index].children.allSatisfy(isBlank)
    }

    // MARK: - Changing the tree

    mutating func remove(_ index: Int) {
        let parent = nodes[index].parent
        guard parent >= 0 else { return }
        nodes[parent].children.removeAll { $0 == index }
        nodes[index].parent = -1
        textChanged(parent)
    }

    mutating func rename(_ index: Int, to name: String) { nodes[index].name = name }

    mutating func setAttribute(_ index: Int, _ name: String, _ value: String?) { attributeLists[index][name] = value }

    /// Puts `replacement` (detached from where it was) in the place of `index`.
    mutating func replace(_ index: Int, with replacement: Int) {
        remove(replacement)
        let parent = nodes[index].parent
        guard parent >= 0, let position = nodes[parent].children.firstIndex(of: index) else { return }
        nodes[parent].children[position] = replacement
        nodes[replacement].parent = parent
        nodes[index].parent = -1
        textChanged(parent)
    }

    /// A new element, not yet attached.
    mutating func makeElement(_ name: String) -> Int {
        addNode(Node(name: name, tag: HTMLTagSet.number(of: name), parent: -1, children: []))
    }

    /// Appends `child` (detached from where it was) as the last child of `parent`.
    mutating func append(_ child: Int, to parent: Int) {
        remove(child)
        nodes[parent].children.append(child)
        nodes[child].parent = parent
        textChanged(parent)
    }

    /// Inserts `child` (detached) into `parent`'s children at `position`.
    mutating func insert(_ child: Int, into parent: Int, at position: Int) {
        remove(child)
        nodes[parent].children.insert(child, at: min(position, nodes[parent].children.count))
        nodes[child].parent = parent
        textChanged(parent)
    }

    // MARK: - Back to values

    /// The subtree at `index` as an `HTMLElement`.
    func element(_ index: Int) -> HTMLElement {
        var element = HTMLElement(name: nodes[index].name, attributes: attributeLists[index])
        element.children.reserveCapacity(nodes[index].children.count)
        for child in nodes[index].children {
            element.children.append(nodes[child].isText ? .text(texts[child]) : .element(self.element(child)))
        }
        return element
    }
}
