import Foundation

/// Builds a `PageTree` from the events of libxml2's HTML parser (`LibXML2.parsePage`), giving
/// the tree libxml2's own tree builder would give, without that tree.
///
/// Why: building libxml2's document (a node, a copied name and an ID table entry per element,
/// an allocation per text run), copying it into the `PageTree` and freeing it cost a third as
/// much as the parse itself. The parser's events already say everything the page tree holds.
///
/// What the page tree must match, as libxml2's builder (`xmlSAX2StartElement`,
/// `xmlSAX2Characters`, `xmlSAX2CDataBlock`) makes it:
/// - text runs reported one after another form one text node; so do script and style
///   contents (reported as CDATA blocks), but a text run and a CDATA block never share one,
///   and a comment or processing instruction between two runs keeps them apart;
/// - the first element at the top of the document is the root; text outside it is dropped;
/// - a later top-level element (content after `</html>`) is appended to the root when the root
///   is the document's first node, and is otherwise kept outside it (so dropped here);
/// - more than `maximumDepth` open elements stop the parse, as libxml2's node stack does.
///
/// libxml2 closes an element without an event only where a start tag runs into the end of
/// the input (or a NUL byte, where its parser stops), so nothing follows that could land in
/// the wrong element.
struct PageTreeBuilder {
    /// libxml2's limit on open elements (`xmlParserMaxDepth`) without `XML_PARSE_HUGE`.
    static let maximumDepth = 256

    private(set) var tree: PageTree?
    /// The open elements, innermost last; `outside` for one that is not part of the page tree.
    private var open: [Int] = []
    private static let outside = -1
    /// Whether the root was the document's first node when it was added (nothing before it,
    /// not even a comment); `rootIsFirst` decides where later top-level elements go.
    private var rootWasFirst = false

    private enum RunKind { case none, text, cdata }
    /// Text reported but not yet added, and what kind of node it will be: a later run of the
    /// same kind joins it, anything else closes it.
    private var pending: [UInt8] = []
    private var pendingKind = RunKind.none

    /// Element and attribute names by the parser's pointer to them: libxml2 keeps one copy
    /// of each name in its dictionary for the whole parse, so a name is converted (and its
    /// tag looked up) about once per page, not once per element. A slot per pointer's low
    /// bits, not a dictionary: hashing the pointer cost more than the rest of the lookup.
    private var namePointers = [UnsafeRawPointer?](repeating: nil, count: nameSlots)
    private var names = [(name: String, tag: UInt8)](repeating: ("", 0), count: nameSlots)
    private static let nameSlots = 512

    /// Room for this many nodes is made in the tree at once.
    private let nodeCapacity: Int

    /// `pageBytes` is the size of the page, from which the number of nodes is guessed: growing
    /// the tree's arrays a step at a time copied them over and over on large pages.
    init(pageBytes: Int = 0) {
        nodeCapacity = max(1024, pageBytes / Self.bytesPerNode)
        open.reserveCapacity(64)
        pending.reserveCapacity(4096)
    }

    /// Saved pages hold about one node per 40–100 bytes (scripts take up much of the rest).
    private static let bytesPerNode = 64

    /// Whether another element may be opened; past the limit, the caller stops the parse.
    var canOpen: Bool { open.count <= Self.maximumDepth }

    /// The name at `pointer` (made by `make` the first time) and its `HTMLTagSet` number.
    mutating func name(at pointer: UnsafeRawPointer, _ make: () -> String) -> (name: String, tag: UInt8) {
        // Names are at least a byte and a NUL apart, so the lowest bit says little.
        let slot = Int(truncatingIfNeeded: UInt(bitPattern: Int(bitPattern: pointer)) >> 1) & (Self.nameSlots - 1)
        if namePointers[slot] == pointer { return names[slot] }
        let name = make()
        let entry = (name, HTMLTagSet.number(of: name))
        namePointers[slot] = pointer
        names[slot] = entry
        return entry
    }

    /// Opens an element whose lower-cased name and tag number are given. `documentHasNodes`
    /// says whether libxml2's document already holds a node of its own (a doctype, a
    /// top-level comment); `hasDoctype` whether it has a doctype, which libxml2 always puts
    /// first.
    mutating func startElement(_ name: String, tag: UInt8, attributes: HTMLAttributes, documentHasNodes: Bool, hasDoctype: Bool) {
        flush()
        if let parent = open.last {
            open.append(parent == Self.outside ? Self.outside : tree!.addElement(name, tag: tag, attributes: attributes, to: parent))
        } else if tree == nil {
            tree = PageTree(rootName: name, attributes: attributes, capacity: nodeCapacity)
            rootWasFirst = !documentHasNodes
            open.append(tree!.root)
        } else if rootWasFirst && !hasDoctype {
            open.append(tree!.addElement(name, tag: tag, attributes: attributes, to: tree!.root))
        } else {
            open.append(Self.outside)
        }
    }

    mutating func endElement() {
        flush()
        _ = open.popLast()
    }

    /// A run of text (`cdata` for the contents of a script or style element).
    mutating func characters(_ bytes: UnsafeBufferPointer<UInt8>, cdata: Bool) {
        guard let parent = open.last, parent != Self.outside else { return }
        let kind: RunKind = cdata ? .cdata : .text
        if pendingKind != kind {
            flush()
            pendingKind = kind
        }
        pending.append(contentsOf: bytes)
    }

    /// A comment or processing instruction inside an element: not kept, but it ends a run.
    mutating func otherNode() { flush() }

    /// Adds the pending run of text as a text node of the innermost open element.
    mutating func flush() {
        guard pendingKind != .none else { return }
        pendingKind = .none
        defer { pending.removeAll(keepingCapacity: true) }
        guard let parent = open.last, parent != Self.outside else { return }
        let text = pending.withUnsafeBufferPointer { bytes -> String in
            guard let start = bytes.baseAddress else { return "" }
            // libxml2's node holds a C string: a NUL byte ends it.
            let end = memchr(start, 0, bytes.count).map { UnsafeRawPointer($0) - UnsafeRawPointer(start) } ?? bytes.count
            return String(decoding: UnsafeBufferPointer(start: start, count: end), as: UTF8.self)
        }
        tree!.addText(text, to: parent)
    }

    /// Whether no element is open: a comment or processing instruction here belongs to the
    /// document itself.
    var atTopLevel: Bool { open.isEmpty }
}
