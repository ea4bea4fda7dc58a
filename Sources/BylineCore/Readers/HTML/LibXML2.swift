import CLibXML2

/// Every call into libxml2, in one file: the HTML parser, its entity table and its list of
/// character encodings. The rest of the HTML reader works on the `PageTree` built here (and
/// the `HTMLElement` values made from it) and never sees a libxml2 pointer.
///
/// Why not FoundationXML: on Linux, `XMLDocument(data:options: .documentTidyHTML)` runs
/// libxml2's *XML* parser in recovery mode, not its HTML parser. Measured on the pages in
/// `Articles/`, it drops `&mdash;`/`&rsquo;` and every other HTML entity, lets an unclosed
/// `<img>` swallow the elements after it, finds no paragraph at all in an XHTML page saved
/// in ISO-8859-1 or in a page with unclosed `<p>`s, and prints each parser error to stderr.
/// Both link the same system `libxml2.so.2`, so there is no second copy and no clash.
enum LibXML2 {
    /// libxml2 asks to be initialised once before it is used from several threads; a static
    /// `let` runs its initialiser exactly once, whichever thread gets there first.
    private static let initialised: Bool = {
        xmlInitParser()
        return true
    }()

    /// Parses a page with libxml2's HTML parser in recovery mode, the way a browser would
    /// accept it: unclosed tags, stray end tags and unknown (HTML5) elements are repaired, and
    /// character and entity references are decoded. Nothing is fetched from the network.
    ///
    /// - Parameters:
    ///   - bytes: the page as stored.
    ///   - encoding: the character set to decode `bytes` with (`UTF-8`, `windows-1252`); the
    ///     page's own `<meta charset>` is ignored, because the caller has already chosen.
    /// - Returns: the page, rooted at its `<html>` element, or nil when libxml2 found no
    ///   document at all.
    static func parsePage(_ bytes: [UInt8], encoding: String) -> PageTree? {
        _ = initialised
        cl_silence_errors()
        guard !bytes.isEmpty, bytes.count <= Int(Int32.max), let context = htmlNewParserCtxt() else { return nil }
        defer { htmlFreeParserCtxt(context) }
        let options = Int32(bitPattern: HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_IGNORE_ENC.rawValue
            | HTML_PARSE_COMPACT.rawValue)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                htmlCtxtReadMemory(context, chars.baseAddress, Int32(chars.count), nil, encoding, options)
            }
        }
        guard let document else { return nil }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { return nil }
        // Built straight from libxml2's nodes: an intermediate tree of Swift values cost as
        // much to allocate and free as the scorer spent reading it.
        var tree = PageTree(rootName: name(root.pointee.name), attributes: attributes(of: root))
        addChildren(of: root, to: tree.root, depth: 0, in: &tree)
        return tree
    }

    /// `parsePage` as an `HTMLElement` value: the `<html>` element.
    static func parseHTML(_ bytes: [UInt8], encoding: String) -> HTMLElement? {
        parsePage(bytes, encoding: encoding).map { $0.element($0.root) }
    }

    /// Whether libxml2 (through iconv) can decode the named character set.
    static func canDecode(_ encoding: String) -> Bool {
        _ = initialised
        cl_silence_errors()
        guard let handler = xmlFindCharEncodingHandler(encoding) else { return false }
        xmlCharEncCloseFunc(handler)
        return true
    }

    /// The character an HTML named entity stands for (`rsquo` → `’`), from libxml2's table of
    /// the HTML 4 entities.
    static func entity(named name: String) -> Unicode.Scalar? {
        guard let description = htmlEntityLookup(name) else { return nil }
        return Unicode.Scalar(description.pointee.value)
    }

    /// Deeper than this, a page is hostile or broken; the rest of the subtree is dropped
    /// rather than risking the stack.
    private static let maximumDepth = 400

    private static func addChildren(of node: xmlNodePtr, to parent: Int, depth: Int, in tree: inout PageTree) {
        guard depth < maximumDepth else { return }
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                let name = name(current.pointee.name)
                let element = tree.addElement(name, tag: HTMLTagSet.number(of: name), attributes: attributes(of: current), to: parent)
                addChildren(of: current, to: element, depth: depth + 1, in: &tree)
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content { tree.addText(String(cString: content), to: parent) }
            default:
                break  // comments, processing instructions, DTD nodes
            }
            child = current.pointee.next
        }
    }

    /// An element's attributes; when a name is repeated, the first one counts.
    private static func attributes(of node: xmlNodePtr) -> HTMLAttributes {
        var count = 0
        var attribute = node.pointee.properties
        while let current = attribute {
            count += 1
            attribute = current.pointee.next
        }
        var attributes = HTMLAttributes(capacity: count)
        attribute = node.pointee.properties
        while let current = attribute {
            let name = name(current.pointee.name)
            if attributes[name] == nil { attributes[name] = text(of: current.pointee.children) }
            attribute = current.pointee.next
        }
        return attributes
    }

    /// The text of an attribute's children (the HTML parser has already resolved references).
    private static func text(of first: xmlNodePtr?) -> String {
        // Nearly always one text node, whose string is the value as it is.
        if let only = first, only.pointee.next == nil { return only.pointee.content.map { String(cString: $0) } ?? "" }
        var out = ""
        var node = first
        while let current = node {
            if let content = current.pointee.content { out += String(cString: content) }
            node = current.pointee.next
        }
        return out
    }

    /// An element or attribute name, lower-cased. libxml2's HTML parser has lower-cased the
    /// names it knows already, so only a name with a capital (or beyond ASCII) is converted.
    private static func name(_ pointer: UnsafePointer<xmlChar>?) -> String {
        guard let pointer else { return "" }
        var byte = pointer
        while byte.pointee != 0 {
            if byte.pointee >= 0x80 || (0x41...0x5A).contains(byte.pointee) { return String(cString: pointer).lowercased() }
            byte += 1
        }
        return String(cString: pointer)
    }
}
