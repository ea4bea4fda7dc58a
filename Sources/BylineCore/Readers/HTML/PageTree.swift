/// A page as a mutable tree with parent links, for the content scorer (`ContentScorer`),
/// which renames, moves and removes nodes as it narrows a page down to its story.
///
/// Nodes live in one array and refer to each other by index: each knows its parent, its first
/// and last child and its siblings, so moving a node changes a few numbers and a node holds no
/// storage of its own to copy or free. A removed node is only unlinked from its parent. The reader builds it from libxml2's parser
/// events (`LibXML2.parsePage`, `PageTreeBuilder`); the metadata is read from it as parsed, and the scorer changes its
/// own copy and hands the story back as an `HTMLElement` value (`element(_:)`).
struct PageTree {
    /// A node's place in the tree and its name, as plain numbers.
    ///
    /// Why no `String` here: the scorer's passes each copy the nodes (the shape they change),
    /// and the tree is freed after every page. With only numbers inside, copying the array is
    /// one block copy and freeing it one call, not a retain and a release per node.
    struct Node {
        /// The name's number in `HTMLTagSet` (0 for a text node or an unknown tag).
        var tag: UInt8
        /// For an element whose name has no number, its place in `PageTree.otherNames`;
        /// -1 for every other node.
        var other: Int32
        var parent: Int
        var firstChild = -1
        var lastChild = -1
        var previous = -1
        var next = -1
        var isText: Bool { tag == 0 && other < 0 }
    }

    private(set) var nodes: [Node] = []
    /// The names of elements outside `HTMLTagSet`'s table (custom elements, SVG's insides),
    /// which their nodes point to by `Node.other`.
    private var otherNames: [String] = []
    /// Each node's attributes and text, apart from `nodes`: the scorer's passes each change
    /// their own copy of the tree's shape, and these (which the passes rarely or never change)
    /// stay shared instead of being copied with it. They hold the nodes of the page as parsed;
    /// an element the scorer makes (`makeElement`) has no text, and its attributes, when
    /// it is given any, are kept in `madeAttributes`, so making one copies neither array.
    private var attributeLists: [HTMLAttributes] = []
    /// The text of each text node; empty for elements.
    private var texts: [String] = []
    /// The attributes set on elements made by `makeElement`, by index.
    private var madeAttributes: [Int: HTMLAttributes] = [:]
    /// The measured text of each node, nil until asked for or after its subtree changed.
    private var spans: [TextSpan?] = []
    /// The `<html>` element.
    let root: Int
    private static let br = HTMLTagSet.number(of: "br")

    /// A tree holding only its root element, to be filled in page order with `addElement`
    /// and `addText` (see `PageTreeBuilder`, which builds it from libxml2's parser events).
    /// `capacity` is the number of nodes to make room for at once (see `PageTreeBuilder`).
    init(rootName: String, attributes: HTMLAttributes, capacity: Int = 1024) {
        root = 0
        nodes.reserveCapacity(capacity)
        attributeLists.reserveCapacity(capacity)
        texts.reserveCapacity(capacity)
        spans.reserveCapacity(capacity)
        _ = addNode(makeNode(rootName, tag: HTMLTagSet.number(of: rootName)), attributes: attributes)
    }

    /// Adds an element as the last child of `parent` and returns its index; `tag` is the
    /// name's `HTMLTagSet` number.
    mutating func addElement(_ name: String, tag: UInt8, attributes: HTMLAttributes, to parent: Int) -> Int {
        let index = addNode(makeNode(name, tag: tag), attributes: attributes)
        link(index, to: parent)
        return index
    }

    /// A detached node named `name` (whose `HTMLTagSet` number is `tag`); an empty name
    /// makes a text node.
    private mutating func makeNode(_ name: String, tag: UInt8) -> Node {
        Node(tag: tag, other: nameSlot(name, tag: tag), parent: -1)
    }

    /// `Node.other` for a name and its number: the name's place in `otherNames` when it has
    /// no number and is not empty, otherwise -1.
    private mutating func nameSlot(_ name: String, tag: UInt8) -> Int32 {
        guard tag == 0, !name.isEmpty else { return -1 }
        otherNames.append(name)
        return Int32(otherNames.count - 1)
    }

    /// Adds a run of text as the last child of `parent`.
    mutating func addText(_ text: String, to parent: Int) {
        let index = addNode(Node(tag: 0, other: -1, parent: -1), text: text)
        link(index, to: parent)
    }

    private mutating func addNode(_ node: consuming Node, attributes: HTMLAttributes = [:], text: String = "") -> Int {
        precondition(attributeLists.count == nodes.count, "the page's nodes are all added before the scorer makes any")
        attributeLists.append(attributes)
        texts.append(text)
        return addShape(node)
    }

    /// Adds a node to `nodes` and `spans` only.
    private mutating func addShape(_ node: consuming Node) -> Int {
        nodes.append(node)
        spans.append(nil)
        return nodes.count - 1
    }

    /// The attributes of the element at `index`.
    private func attributeList(_ index: Int) -> HTMLAttributes {
        index < attributeLists.count ? attributeLists[index] : madeAttributes[index] ?? [:]
    }

    subscript(_ index: Int) -> Node { nodes[index] }

    /// The element's lower-cased name; empty for a text node.
    func name(_ index: Int) -> String { name(of: nodes[index]) }

    /// The name of `node`, a node of this tree.
    func name(of node: Node) -> String {
        if node.tag != 0 { return HTMLTagSet.name(ofNumber: node.tag) }
        return node.other >= 0 ? otherNames[Int(node.other)] : ""
    }
    func parent(_ index: Int) -> Int? { nodes[index].parent >= 0 ? nodes[index].parent : nil }
    func attribute(_ index: Int, _ name: String) -> String? { attributeList(index)[name] }
    func attributes(_ index: Int) -> HTMLAttributes { attributeList(index) }
    /// Whether `index` is a text node.
    func isText(_ index: Int) -> Bool { nodes[index].isText }
    func children(_ index: Int) -> [Int] {
        var out: [Int] = []
        var child = nodes[index].firstChild
        while child >= 0 {
            out.append(child)
            child = nodes[child].next
        }
        return out
    }

    /// The first child of `index`, text or element.
    func firstChild(_ index: Int) -> Int? { nodes[index].firstChild >= 0 ? nodes[index].firstChild : nil }
    /// The child after `index` in its parent.
    func nextSibling(_ index: Int) -> Int? { nodes[index].next >= 0 ? nodes[index].next : nil }
    func hasChildren(_ index: Int) -> Bool { nodes[index].firstChild >= 0 }

    /// The element children, without text nodes.
    func elementChildren(_ index: Int) -> [Int] { children(index).filter { !nodes[$0].isText } }

    /// `class` and `id` joined, the string the class hints are matched against.
    func hintText(_ index: Int) -> String {
        let attributes = attributeList(index)
        return (attributes["class"] ?? "") + " " + (attributes["id"] ?? "")
    }

    // MARK: - Searching

    /// The elements below `index` with one of `names`, in document order.
    func elements(in index: Int, named names: HTMLTagSet) -> [Int] {
        var out: [Int] = []
        var node = nodes[index].firstChild
        while node >= 0 {
            if !nodes[node].isText, contains(names, nodes[node]) { out.append(node) }
            node = following(node, within: index)
        }
        return out
    }

    /// The node after `node` in document order, stopping at the end of `top`'s subtree (-1).
    /// The walks visit every node of the page several times, so they follow the links in
    /// place rather than recursing.
    private func following(_ node: Int, within top: Int) -> Int {
        if nodes[node].firstChild >= 0 { return nodes[node].firstChild }
        var current = node
        while current != top {
            if nodes[current].next >= 0 { return nodes[current].next }
            current = nodes[current].parent
            if current < 0 { return -1 }
        }
        return -1
    }

    /// Whether the element at `index` has one of `names`.
    func isNamed(_ index: Int, in names: HTMLTagSet) -> Bool {
        let node = nodes[index]
        return !node.isText && contains(names, node)
    }

    /// Whether `names` holds the name of `node` (an element); the name itself is looked at
    /// only for a tag outside `HTMLTagSet`'s table.
    func contains(_ names: HTMLTagSet, _ node: Node) -> Bool {
        node.tag != 0 ? names.contains(number: node.tag, name: "") : names.contains(number: 0, name: name(of: node))
    }

    /// How many elements named `name` are below `index`.
    func count(in index: Int, named name: String) -> Int {
        let tag = HTMLTagSet.number(of: name)
        var total = 0
        var node = nodes[index].firstChild
        while node >= 0 {
            if !nodes[node].isText, nodes[node].tag == tag, tag != 0 || self.name(of: nodes[node]) == name { total += 1 }
            node = following(node, within: index)
        }
        return total
    }

    /// Whether an ancestor of `index`, up to `depth` levels (all when nil), is named `name`.
    func hasAncestor(_ index: Int, named name: String, depth: Int? = nil, where test: ((Int) -> Bool)? = nil) -> Bool {
        var current = nodes[index].parent, level = 0
        let tag = HTMLTagSet.number(of: name)
        while current >= 0 {
            if let depth, level >= depth { return false }
            if nodes[current].tag == tag, tag != 0 || self.name(of: nodes[current]) == name, test?(current) ?? true { return true }
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
        var child = nodes[index].firstChild
        while child >= 0 {
            if nodes[child].isText {
                out += texts[child]
            } else if breaksAsSpaces, nodes[child].tag == Self.br {
                out += " "
            } else {
                appendText(child, to: &out, breaksAsSpaces: breaksAsSpaces)
            }
            child = nodes[child].next
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
            var child = nodes[index].firstChild
            while child >= 0 {
                span.append(self.span(child))
                child = nodes[child].next
            }
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
        if nodes[index].isText { return texts[index].isWebBlank }
        var child = nodes[index].firstChild
        while child >= 0 {
            if !isBlank(child) { return false }
            child = nodes[child].next
        }
        return true
    }

    // MARK: - Changing the tree

    mutating func remove(_ index: Int) {
        let parent = nodes[index].parent
        guard parent >= 0 else { return }
        unlink(index)
        textChanged(parent)
    }

    /// Takes `index` out of its parent's children, closing the gap.
    private mutating func unlink(_ index: Int) {
        let (parent, previous, next) = (nodes[index].parent, nodes[index].previous, nodes[index].next)
        if previous >= 0 { nodes[previous].next = next } else { nodes[parent].firstChild = next }
        if next >= 0 { nodes[next].previous = previous } else { nodes[parent].lastChild = previous }
        nodes[index].parent = -1
        nodes[index].previous = -1
        nodes[index].next = -1
    }

    /// Makes the detached `child` the last child of `parent`.
    private mutating func link(_ child: Int, to parent: Int) {
        let last = nodes[parent].lastChild
        nodes[child].parent = parent
        nodes[child].previous = last
        nodes[child].next = -1
        if last >= 0 { nodes[last].next = child } else { nodes[parent].firstChild = child }
        nodes[parent].lastChild = child
    }

    /// Makes the detached `child` the child of `parent` before `sibling`.
    private mutating func link(_ child: Int, to parent: Int, before sibling: Int) {
        let previous = nodes[sibling].previous
        nodes[child].parent = parent
        nodes[child].previous = previous
        nodes[child].next = sibling
        nodes[sibling].previous = child
        if previous >= 0 { nodes[previous].next = child } else { nodes[parent].firstChild = child }
    }

    mutating func rename(_ index: Int, to name: String) {
        let tag = HTMLTagSet.number(of: name)
        nodes[index].tag = tag
        nodes[index].other = nameSlot(name, tag: tag)
    }

    mutating func setAttribute(_ index: Int, _ name: String, _ value: String?) {
        if index < attributeLists.count { attributeLists[index][name] = value } else { madeAttributes[index, default: [:]][name] = value }
    }

    /// Puts `replacement` (detached from where it was) in the place of `index`.
    mutating func replace(_ index: Int, with replacement: Int) {
        remove(replacement)
        let parent = nodes[index].parent
        guard parent >= 0 else { return }
        link(replacement, to: parent, before: index)
        unlink(index)
        textChanged(parent)
    }

    /// A new element, not yet attached.
    mutating func makeElement(_ name: String) -> Int {
        precondition(!name.isEmpty, "a made node is an element")
        return addShape(makeNode(name, tag: HTMLTagSet.number(of: name)))
    }

    /// Appends `child` (detached from where it was) as the last child of `parent`.
    mutating func append(_ child: Int, to parent: Int) {
        remove(child)
        link(child, to: parent)
        textChanged(parent)
    }

    /// Inserts `child` (detached) into `parent`'s children at `position`.
    mutating func insert(_ child: Int, into parent: Int, at position: Int) {
        remove(child)
        var sibling = nodes[parent].firstChild, skipped = 0
        while sibling >= 0, skipped < position {
            sibling = nodes[sibling].next
            skipped += 1
        }
        if sibling >= 0 { link(child, to: parent, before: sibling) } else { link(child, to: parent) }
        textChanged(parent)
    }

    // MARK: - Back to values

    /// The subtree at `index` as an `HTMLElement`.
    func element(_ index: Int) -> HTMLElement {
        var element = HTMLElement(name: name(index), attributes: attributeList(index))
        var child = nodes[index].firstChild
        while child >= 0 {
            element.children.append(nodes[child].isText ? .text(texts[child]) : .element(self.element(child)))
            child = nodes[child].next
        }
        return element
    }
}
