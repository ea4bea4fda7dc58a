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
/// Byline opens the system's `libxml2.so.2` at run time, when a page is first parsed
/// (`LibXML2Library`); it is never linked.
enum LibXML2 {
    /// libxml2, opened and initialised once, by whichever thread needs it first (libxml2 asks
    /// to be initialised once before it is used from several threads; a static `let` runs its
    /// initialiser exactly once).
    private static let opened: Result<LibXML2Library, LibXML2Library.Unavailable> = {
        do throws(LibXML2Library.Unavailable) {
            let library = try LibXML2Library(named: LibXML2Library.defaultName)
            library.initParser()
            return .success(library)
        } catch {
            return .failure(error)
        }
    }()

    /// The library's functions, or nil when it cannot be opened (`unavailable` says why).
    private static let library: LibXML2Library? = try? opened.get()

    /// Why no page can be parsed, or nil when libxml2 is there. Asking opens it.
    static var unavailable: LibXML2Library.Unavailable? {
        if case .failure(let reason) = opened { reason } else { nil }
    }

    /// Parses a page with libxml2's HTML parser in recovery mode, the way a browser would
    /// accept it: unclosed tags, stray end tags and unknown (HTML5) elements are repaired, and
    /// character and entity references are decoded. Nothing is fetched from the network.
    ///
    /// - Parameters:
    ///   - bytes: the page as stored.
    ///   - encoding: the character set to decode `bytes` with (`UTF-8`, `windows-1252`); the
    ///     page's own `<meta charset>` is ignored, because the caller has already chosen.
    /// - Returns: the page, rooted at its `<html>` element, or nil when libxml2 found no
    ///   document at all or cannot be opened (see `unavailable`).
    static func parsePage(_ bytes: [UInt8], encoding: String) -> PageTree? {
        bytes.withUnsafeBufferPointer { parsePage($0, encoding: encoding) }
    }

    /// `parsePage` over bytes in place (a string's UTF-8, with no copy made of it).
    static func parsePage(_ bytes: UnsafeBufferPointer<UInt8>, encoding: String) -> PageTree? {
        guard let xml = library else { return nil }
        xml.silenceErrors()
        guard !bytes.isEmpty, bytes.count <= Int(Int32.max), let context = xml.newParserContext() else { return nil }
        defer { xml.freeParserContext(context) }
        // The page tree is built from the parser's events (`PageTreeBuilder`); libxml2's own
        // document then holds no more than a doctype and top-level comments.
        var builder = PageTreeBuilder(pageBytes: bytes.count)
        let options = Int32(bitPattern: HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_IGNORE_ENC.rawValue
            | HTML_PARSE_COMPACT.rawValue)
        let document = withUnsafeMutablePointer(to: &builder) { builder in
            listen(context, for: builder)
            return bytes.withMemoryRebound(to: CChar.self) { chars in
                xml.readMemory(context, chars.baseAddress, Int32(chars.count), nil, encoding, options)
            }
        }
        guard let document else { return nil }
        xml.freeDocument(document)
        builder.flush()
        return builder.tree
    }

    /// `parsePage` as an `HTMLElement` value: the `<html>` element.
    static func parseHTML(_ bytes: [UInt8], encoding: String) -> HTMLElement? {
        parsePage(bytes, encoding: encoding).map { $0.element($0.root) }
    }

    /// Whether libxml2 (through iconv) can decode the named character set.
    static func canDecode(_ encoding: String) -> Bool {
        guard let xml = library else { return false }
        xml.silenceErrors()
        guard let handler = xml.findEncodingHandler(encoding) else { return false }
        _ = xml.closeEncodingHandler(handler)
        return true
    }

    /// The character an HTML named entity stands for (`rsquo` → `’`), from libxml2's table of
    /// the HTML 4 entities; nil for every name when libxml2 cannot be opened.
    static func entity(named name: String) -> Unicode.Scalar? {
        guard let description = library?.entityLookup(name) else { return nil }
        return Unicode.Scalar(description.pointee.value)
    }

    // MARK: - Parser events

    /// Sends the parser's element, text, comment and processing-instruction events to
    /// `builder` (found through the context's `_private`; it must outlive the parse). The
    /// document events stay libxml2's, so its document still records the doctype and
    /// top-level comments the builder asks about.
    private static func listen(_ context: htmlParserCtxtPtr, for builder: UnsafeMutablePointer<PageTreeBuilder>) {
        context.pointee._private = UnsafeMutableRawPointer(builder)
        context.pointee.userData = UnsafeMutableRawPointer(context)
        guard let sax = context.pointee.sax else { return }
        sax.pointee.startElement = { context, name, attributes in
            guard let context, let name else { return }
            LibXML2.startElement(context.assumingMemoryBound(to: xmlParserCtxt.self), name, attributes)
        }
        sax.pointee.endElement = { context, _ in
            guard let context else { return }
            LibXML2.builder(context).pointee.endElement()
        }
        sax.pointee.characters = { context, bytes, length in
            guard let context, let bytes, length > 0 else { return }
            LibXML2.builder(context).pointee.characters(UnsafeBufferPointer(start: bytes, count: Int(length)), cdata: false)
        }
        sax.pointee.cdataBlock = { context, bytes, length in
            guard let context, let bytes, length > 0 else { return }
            let block = UnsafeBufferPointer(start: bytes, count: Int(length))
            let builder = LibXML2.builder(context)
            builder.pointee.characters(block, cdata: true)
            LibXML2.skipRawText(context.assumingMemoryBound(to: xmlParserCtxt.self), after: block, into: builder)
        }
        sax.pointee.comment = { context, value in
            guard let context else { return }
            let builder = LibXML2.builder(context)
            if builder.pointee.atTopLevel { LibXML2.library?.saxComment(context, value) } else { builder.pointee.otherNode() }
        }
        sax.pointee.processingInstruction = { context, target, data in
            guard let context else { return }
            let builder = LibXML2.builder(context)
            if builder.pointee.atTopLevel {
                LibXML2.library?.saxProcessingInstruction(context, target, data)
            } else {
                builder.pointee.otherNode()
            }
        }
    }

    private static func builder(_ context: UnsafeMutableRawPointer) -> UnsafeMutablePointer<PageTreeBuilder> {
        context.assumingMemoryBound(to: xmlParserCtxt.self).pointee._private.assumingMemoryBound(to: PageTreeBuilder.self)
    }

    private static func startElement(_ parser: htmlParserCtxtPtr, _ fullName: UnsafePointer<xmlChar>,
                                     _ pairs: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        let builder = builder(UnsafeMutableRawPointer(parser))
        // Where libxml2's node stack is full, it stops the parse; so does this.
        guard builder.pointee.canOpen else {
            library?.stopParser(parser)
            return
        }
        let (name, tag) = builder.pointee.name(at: fullName) { localName(fullName, in: parser) }
        var attributes = HTMLAttributes()
        if let pairs {
            var count = 0
            while pairs[2 * count] != nil { count += 1 }
            attributes = HTMLAttributes(capacity: count)
            for index in 0..<count {
                let rawName = pairs[2 * index]!
                let attributeName = builder.pointee.name(at: rawName) { self.name(rawName) }.name
                // When a name is repeated, the first one counts.
                guard attributes[attributeName] == nil else { continue }
                attributes[attributeName] = attributeValue(pairs[2 * index + 1], named: rawName)
            }
        }
        let document = parser.pointee.myDoc
        builder.pointee.startElement(name, tag: tag, attributes: attributes, documentHasNodes: document?.pointee.children != nil,
                             hasDoctype: document?.pointee.intSubset != nil)
    }

    /// An attribute's value as libxml2's tree would hold it: a bare boolean attribute
    /// (`<option selected>`) has its own name as its value, any other bare one is empty.
    private static func attributeValue(_ value: UnsafePointer<xmlChar>?, named name: UnsafePointer<xmlChar>) -> String {
        if let value { return String(cString: value) }
        return (library?.isBooleanAttribute(name) ?? 0) != 0 ? String(cString: name) : ""
    }

    /// An element's name without a namespace prefix (`fb:like` → `like`), as libxml2's tree
    /// names the element, lower-cased.
    private static func localName(_ fullName: UnsafePointer<xmlChar>, in parser: htmlParserCtxtPtr) -> String {
        var byte = fullName
        while byte.pointee != 0, byte.pointee != 0x3A { byte += 1 }
        guard byte.pointee == 0x3A else { return name(fullName) }
        var prefix: UnsafeMutablePointer<xmlChar>?
        guard let xml = library, let local = xml.splitQName(parser, fullName, &prefix) else { return name(fullName) }
        defer {
            xml.free(local)
            if let prefix { xml.free(prefix) }
        }
        return name(local)
    }

    // MARK: - Script and style contents

    /// Whether this libxml2 reads script and style contents the way `skipRawText` expects:
    /// the version it was written and checked against (2.9.14, whose HTML parser copies such
    /// contents a character at a time). Any other version reads every character itself.
    private static let canSkipRawText: Bool = library?.parserVersion == "20914"

    /// Takes the rest of a script or style element's contents in one step, after libxml2 has
    /// handed over its first block of them.
    ///
    /// Why: libxml2 copies those contents a character at a time, checking and re-encoding
    /// each, and hands them over in blocks of a thousand bytes; on real pages, scripts are
    /// often most of the bytes, and that copying was an eighth of reading a page. The
    /// contents end at the first `</` followed by the element's name (any case), which is
    /// found here with a byte scan and the parser moved to it.
    ///
    /// The text is the same as libxml2 would give only when every character there is one it
    /// copies as it is (valid UTF-8, no control characters but tab and line breaks, no
    /// U+FFFE or U+FFFF); otherwise, or when no end tag follows, the parser carries on.
    ///
    /// - Parameter block: the block just handed over. libxml2 2.9.14 hands it over before
    ///   stepping past the last character it copied, so the input is still at that character;
    ///   that is checked before anything is moved.
    private static func skipRawText(_ parser: htmlParserCtxtPtr, after block: UnsafeBufferPointer<UInt8>,
                                    into builder: UnsafeMutablePointer<PageTreeBuilder>) {
        guard canSkipRawText, parser.pointee.charset == XML_CHAR_ENCODING_UTF8.rawValue,
              let input = parser.pointee.input, let current = input.pointee.cur, let end = input.pointee.end,
              let name = parser.pointee.name, let blockEnd = block.baseAddress.map({ $0 + block.count }) else { return }
        let lead = current.pointee
        let width = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        guard width <= block.count, end - current > width, (0..<width).allSatisfy({ current[$0] == blockEnd[$0 - width] }) else { return }
        let start = current + width
        guard let close = RawText.endTag(named: name, in: UnsafeBufferPointer(start: start, count: end - start)) else { return }
        let contents = UnsafeBufferPointer(start: start, count: close)
        guard RawText.isCopiedAsItIs(contents) else { return }
        builder.pointee.characters(contents, cdata: true)
        // The parser steps `width` bytes on from here, onto the end tag.
        input.pointee.cur = start + close - width
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
