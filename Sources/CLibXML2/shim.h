/* libxml2's HTML parser and encoding lookup, for BylineCore's HTML reader. Only
 * Sources/BylineCore/Readers/HTML/LibXML2*.swift use this module.
 *
 * Byline does not link libxml2: the library (and the ICU, zlib and lzma it needs) would be
 * loaded at every start, though most runs never read an HTML page. `LibXML2Library` opens it
 * with dlopen when a page is first parsed and looks up the functions below with dlsym; the
 * headers give their types and the parser's structures. Nothing here may call libxml2
 * directly, or the binary would need the library at link time again. */
#include <libxml/xmlversion.h>
/* Debian's libxml2 is built with ICU, so encoding.h would include the system's
 * <unicode/ucnv.h>, whose declarations clash with the ICU copy inside Swift's Foundation
 * (a clean build then fails at random, depending on module build order). Byline only handles
 * encoding handlers by pointer and never touches their ICU members, so hiding them is safe. */
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/encoding.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/globals.h>

/* The type of a pointer to each function Byline looks up, taken from its declaration (which
 * __typeof__ only reads; it makes no reference to the symbol). */
typedef __typeof__(xmlInitParser) *cl_xmlInitParser;
typedef __typeof__(htmlNewParserCtxt) *cl_htmlNewParserCtxt;
typedef __typeof__(htmlFreeParserCtxt) *cl_htmlFreeParserCtxt;
typedef __typeof__(htmlCtxtReadMemory) *cl_htmlCtxtReadMemory;
typedef __typeof__(xmlFreeDoc) *cl_xmlFreeDoc;
typedef __typeof__(xmlStopParser) *cl_xmlStopParser;
typedef __typeof__(xmlSplitQName) *cl_xmlSplitQName;
typedef __typeof__(htmlIsBooleanAttr) *cl_htmlIsBooleanAttr;
typedef __typeof__(htmlEntityLookup) *cl_htmlEntityLookup;
typedef __typeof__(xmlFindCharEncodingHandler) *cl_xmlFindCharEncodingHandler;
typedef __typeof__(xmlCharEncCloseFunc) *cl_xmlCharEncCloseFunc;
typedef __typeof__(xmlSAX2Comment) *cl_xmlSAX2Comment;
typedef __typeof__(xmlSAX2ProcessingInstruction) *cl_xmlSAX2ProcessingInstruction;
typedef __typeof__(xmlSetGenericErrorFunc) *cl_xmlSetGenericErrorFunc;
typedef __typeof__(xmlThrDefSetGenericErrorFunc) *cl_xmlThrDefSetGenericErrorFunc;
/* xmlParserVersion is a macro over this per-thread accessor. (xmlFree is a variable: this
 * libxml2 is built without LIBXML_THREAD_ALLOC_ENABLED.) */
typedef const char **(*cl_xmlParserVersionAccessor)(void);

/* libxml2 prints decoding problems ("encoding error : input conversion failed") through its
 * generic error handler, straight to a standard stream: lines that would break `--json`
 * output and write over the reader's screen. Byline reports what matters as warnings of its
 * own. The handler is per thread, so parsing threads install this one before each parse.
 * (Swift cannot define or import a C function with variable arguments; it takes the
 * handler's address from `cl_ignore_error_handler`.) */
static void cl_ignore_error(void *context, const char *message, ...) {
    (void)context;
    (void)message;
}

static inline xmlGenericErrorFunc cl_ignore_error_handler(void) {
    return cl_ignore_error;
}
