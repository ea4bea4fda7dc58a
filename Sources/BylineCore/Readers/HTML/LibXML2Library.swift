import CLibXML2
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The functions of libxml2 that `LibXML2` calls, found in the shared library at run time.
///
/// Byline does not link libxml2: linked, it and the ICU, zlib and lzma it needs were loaded
/// and relocated at every start (about 105 of a `byline search`'s 790 page faults and 3 ms of
/// its CPU time, measured), though only reading an HTML page uses it. The library is opened when the first
/// page is parsed (`LibXML2.parsePage`) and stays open. When it cannot be opened, reading an
/// HTML page fails with `Unavailable`'s message; every other format reads as before.
struct LibXML2Library: Sendable {
    /// The library's name as the dynamic loader looks it up (its ABI version, so that no
    /// `-dev` package is needed at run time).
    #if os(macOS)
    static let defaultName = "libxml2.2.dylib"
    #else
    static let defaultName = "libxml2.so.2"
    #endif

    /// Why the library cannot be used: it is missing, or lacks a function Byline calls.
    struct Unavailable: Error, Sendable, Equatable, CustomStringConvertible {
        var library: String
        /// The function not found, or nil when the library itself could not be opened.
        var function: String?
        /// What the dynamic loader said.
        var detail: String

        var description: String {
            let problem = function.map { "\(library) has no function \($0) (\(detail))" } ?? "\(library) could not be loaded (\(detail))"
            return "libxml2 is needed to read HTML, but \(problem); install libxml2 (on Debian or Ubuntu: apt-get install libxml2)"
        }
    }

    let initParser: cl_xmlInitParser
    let newParserContext: cl_htmlNewParserCtxt
    let freeParserContext: cl_htmlFreeParserCtxt
    let readMemory: cl_htmlCtxtReadMemory
    let freeDocument: cl_xmlFreeDoc
    let stopParser: cl_xmlStopParser
    let splitQName: cl_xmlSplitQName
    let isBooleanAttribute: cl_htmlIsBooleanAttr
    let entityLookup: cl_htmlEntityLookup
    let findEncodingHandler: cl_xmlFindCharEncodingHandler
    let closeEncodingHandler: cl_xmlCharEncCloseFunc
    let saxComment: cl_xmlSAX2Comment
    let saxProcessingInstruction: cl_xmlSAX2ProcessingInstruction
    let setErrorHandler: cl_xmlSetGenericErrorFunc
    let setDefaultErrorHandler: cl_xmlThrDefSetGenericErrorFunc
    /// `xmlFree`, read once: libxml2's allocator changes only through `xmlMemSetup`, which
    /// Byline never calls.
    private let freeFunction: xmlFreeFunc
    private let parserVersionString: cl_xmlParserVersionAccessor

    /// Opens the library named `name` (a file name the dynamic loader searches for, or a
    /// path) and looks up every function; the handle is never closed.
    init(named name: String) throws(Unavailable) {
        guard let handle = dlopen(name, RTLD_NOW | RTLD_LOCAL) else {
            throw Unavailable(library: name, function: nil, detail: Self.loaderError() ?? "not found")
        }
        func function<Function>(_ symbol: String, _: Function.Type) throws(Unavailable) -> Function {
            guard let address = dlsym(handle, symbol) else {
                throw Unavailable(library: name, function: symbol, detail: Self.loaderError() ?? "no such symbol")
            }
            return unsafeBitCast(address, to: Function.self)
        }
        initParser = try function("xmlInitParser", cl_xmlInitParser.self)
        newParserContext = try function("htmlNewParserCtxt", cl_htmlNewParserCtxt.self)
        freeParserContext = try function("htmlFreeParserCtxt", cl_htmlFreeParserCtxt.self)
        readMemory = try function("htmlCtxtReadMemory", cl_htmlCtxtReadMemory.self)
        freeDocument = try function("xmlFreeDoc", cl_xmlFreeDoc.self)
        stopParser = try function("xmlStopParser", cl_xmlStopParser.self)
        splitQName = try function("xmlSplitQName", cl_xmlSplitQName.self)
        isBooleanAttribute = try function("htmlIsBooleanAttr", cl_htmlIsBooleanAttr.self)
        entityLookup = try function("htmlEntityLookup", cl_htmlEntityLookup.self)
        findEncodingHandler = try function("xmlFindCharEncodingHandler", cl_xmlFindCharEncodingHandler.self)
        closeEncodingHandler = try function("xmlCharEncCloseFunc", cl_xmlCharEncCloseFunc.self)
        saxComment = try function("xmlSAX2Comment", cl_xmlSAX2Comment.self)
        saxProcessingInstruction = try function("xmlSAX2ProcessingInstruction", cl_xmlSAX2ProcessingInstruction.self)
        setErrorHandler = try function("xmlSetGenericErrorFunc", cl_xmlSetGenericErrorFunc.self)
        setDefaultErrorHandler = try function("xmlThrDefSetGenericErrorFunc", cl_xmlThrDefSetGenericErrorFunc.self)
        guard let free = try function("xmlFree", UnsafeMutablePointer<xmlFreeFunc?>.self).pointee else {
            throw Unavailable(library: name, function: "xmlFree", detail: "no allocator set")
        }
        freeFunction = free
        parserVersionString = try function("__xmlParserVersion", cl_xmlParserVersionAccessor.self)
    }

    /// `xmlFree`: releases memory libxml2 allocated.
    func free(_ memory: UnsafeMutableRawPointer) {
        freeFunction(memory)
    }

    /// The running libxml2's version, as `xmlParserVersion` ("20914").
    var parserVersion: String {
        parserVersionString()?.pointee.map { String(cString: $0) } ?? ""
    }

    /// Installs, on the calling thread, an error handler that prints nothing (see
    /// `cl_ignore_error` in the CLibXML2 shim).
    func silenceErrors() {
        setErrorHandler(nil, cl_ignore_error_handler())
        setDefaultErrorHandler(nil, cl_ignore_error_handler())
    }

    private static func loaderError() -> String? {
        dlerror().map { String(cString: $0) }
    }
}
