import CLibXML2

/// Every call into libxml2, in one file: the HTML parser, its entity table and its list of
/// character encodings. The rest of the HTML reader works on `HTMLElement` values and never
/// sees a libxml2 pointer.
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
    /// - Returns: the `<html>` element, or nil when libxml2 found no document at all.
    static func parseHTML(_ bytes: [UInt8], encoding: String) -> HTMLElement? {
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
        return element(root, depth: 0)
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

    private static func element(_ node: xmlNodePtr, depth: Int) -> HTMLElement {
        var result = HTMLElement(name: name(node.pointee.name))
        var attribute = node.pointee.properties
        while let current = attribute {
            let name = name(current.pointee.name)
            if result.attributes[name] == nil { result.attributes[name] = text(of: current.pointee.children) }
            attribute = current.pointee.next
        }
        guard depth < maximumDepth else { return result }
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                result.children.append(.element(element(current, depth: depth + 1)))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content { result.children.append(.text(String(cString: content))) }
            default:
                break  // comments, processing instructions, DTD nodes
            }
            child = current.pointee.next
        }
        return result
    }

    /// The text of an attribute's children (the HTML parser has already resolved references).
    private static func text(of first: xmlNodePtr?) -> String {
        var out = ""
        var node = first
        while let current = node {
            if let content = current.pointee.content { out += String(cString: content) }
            node = current.pointee.next
        }
        return out
    }

    private static func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
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
