/* libxml2's HTML parser and encoding lookup, for BylineCore's HTML reader. Only
 * Sources/BylineCore/Readers/HTML/LibXML2Parser.swift calls into this module. */
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
#include <libxml/tree.h>
