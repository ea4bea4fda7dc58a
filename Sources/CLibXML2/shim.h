/* libxml2's HTML parser and encoding lookup, for BylineCore's HTML reader. Only
 * Sources/BylineCore/Readers/HTML/LibXML2.swift calls into this module. */
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

/* libxml2 prints decoding problems ("encoding error : input conversion failed") through its
 * generic error handler, straight to a standard stream: lines that would break `--json`
 * output and write over the reader's screen. Byline reports what matters as warnings of its
 * own. The handler is per thread, so parsing threads call this before each parse. */
static void cl_ignore_error(void *context, const char *message, ...) {
    (void)context;
    (void)message;
}

static inline void cl_silence_errors(void) {
    xmlSetGenericErrorFunc(NULL, cl_ignore_error);
    xmlThrDefSetGenericErrorFunc(NULL, cl_ignore_error);
}

/* xmlFree is a macro over a per-thread function pointer, which Swift cannot call. */
static inline void cl_free(void *memory) {
    xmlFree(memory);
}

/* The running libxml2's version ("20914"); xmlParserVersion is a per-thread macro. */
static inline const char *cl_parser_version(void) {
    return xmlParserVersion;
}
