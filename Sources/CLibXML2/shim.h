/* libxml2's HTML parser and encoding lookup, for BylineCore's HTML reader. Only
 * Sources/BylineCore/Readers/HTML/LibXML2Parser.swift calls into this module. */
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/encoding.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
