import Foundation

/// Parses a saved page in the character set it declares.
///
/// `ArticleLoader` has already decoded the file as UTF-8. That is right for most pages, and
/// for any page whose bytes are valid UTF-8 whatever its `<meta>` says (a saved page often
/// keeps the server's old declaration after a tool re-encoded it). When the bytes are not
/// UTF-8, the page is parsed again from `SourceText.bytes` in the character set named by
/// `<meta charset>` or `<meta http-equiv="Content-Type">`, using the labels of the WHATWG
/// Encoding Standard (so `iso-8859-1` means windows-1252, as in every browser).
enum HTMLCharset {
    struct Parsed {
        var page: PageTree
        /// The source's decoding warnings, or what re-decoding had to say instead.
        var warnings: [String]
    }

    static func parse(_ source: SourceText) -> Parsed? {
        let asDecoded = {
            var text = source.text
            return text.withUTF8 { LibXML2.parsePage($0, encoding: "UTF-8") }.map { Parsed(page: $0, warnings: source.warnings) }
        }
        guard let bytes = source.bytes, !isUTF8(bytes, decodedAs: source.text), !hasUTF16Mark(bytes) else {
            return asDecoded()
        }
        let raw = [UInt8](bytes)
        // windows-1252 decodes every byte and keeps ASCII, so the `<meta>` can be read from it.
        guard let provisional = parseWindows1252(raw) else { return nil }
        let declared = declaredCharset(in: provisional)
        let encoding = declared.map(standardName(for:))
        if encoding == nil || encoding == "UTF-8" {
            // UTF-8 with a damaged byte stays UTF-8 (with the loader's warning); bytes with no
            // UTF-8 sequence at all are a legacy page that forgot, or misstated, its charset.
            if containsMultibyteUTF8(raw) { return asDecoded() }
            let claim = declared.map { "declares \($0) but is not valid UTF-8" } ?? "is not UTF-8 and declares no character set"
            return Parsed(page: provisional, warnings: ["the page \(claim); read as windows-1252"])
        }
        guard let declared, let encoding else { return nil }
        if encoding == fallback { return Parsed(page: provisional, warnings: []) }
        guard LibXML2.canDecode(encoding), let page = LibXML2.parsePage(raw, encoding: encoding) else {
            return Parsed(page: provisional, warnings: ["the page declares the character set \(declared), which Byline cannot decode; read as windows-1252"])
        }
        return Parsed(page: page, warnings: [])
    }

    /// Whether `bytes` are valid UTF-8. When the loader's text holds exactly the same bytes
    /// (perhaps after a byte order mark), they are, and the page is not validated again.
    static func isUTF8(_ bytes: Data, decodedAs text: String) -> Bool {
        var text = text
        let same = text.withUTF8 { decoded in
            bytes.withUnsafeBytes { raw in
                let start = raw.count - decoded.count
                guard start == 0 || (start == 3 && raw.starts(with: [0xEF, 0xBB, 0xBF])) else { return false }
                return decoded.count == 0 || memcmp(raw.baseAddress! + start, decoded.baseAddress!, decoded.count) == 0
            }
        }
        return same || String(validating: bytes, as: UTF8.self) != nil
    }

    /// Whether `bytes` hold at least one well-formed multi-byte UTF-8 sequence.
    static func containsMultibyteUTF8(_ bytes: [UInt8]) -> Bool {
        var i = 0
        while i < bytes.count {
            let lead = bytes[i]
            let length = lead >= 0xF0 && lead <= 0xF4 ? 4 : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xC2 && lead <= 0xDF ? 2 : 1
            if length > 1, i + length <= bytes.count, bytes[(i + 1)..<(i + length)].allSatisfy({ $0 & 0xC0 == 0x80 }),
               String(validating: bytes[i..<(i + length)], as: UTF8.self) != nil {
                return true
            }
            i += 1
        }
        return false
    }

    private static let fallback = "windows-1252"

    /// Parses windows-1252 decoded by Byline: iconv gives up at the five bytes that code page
    /// leaves unassigned (0x81, 0x8D, 0x8F, 0x90, 0x9D), and libxml2 then drops the rest of
    /// the page; decoded here, they become `�` and the page stays whole.
    static func parseWindows1252(_ raw: [UInt8]) -> PageTree? {
        LibXML2.parsePage(Array(TextDecoding.decodeWindows1252(raw).utf8), encoding: "UTF-8")
    }

    /// The `charset` of the first `<meta>` that names one.
    static func declaredCharset(in page: PageTree) -> String? {
        for meta in page.elements(in: page.root, named: ["meta"]) {
            if let charset = page.attribute(meta, "charset")?.normalizedSpacing, !charset.isEmpty { return charset }
            if page.attribute(meta, "http-equiv")?.lowercased().normalizedSpacing == "content-type",
               let content = page.attribute(meta, "content"), let charset = charsetParameter(in: content) {
                return charset
            }
        }
        return nil
    }

    /// `text/html; charset="ISO-8859-1"` → `iso-8859-1` (labels are compared lower-cased).
    static func charsetParameter(in content: String) -> String? {
        let lowered = content.lowercased()
        guard let key = lowered.firstRange(of: "charset") else { return nil }
        var rest = lowered[key.upperBound...].drop(while: { $0 == " " })
        guard rest.first == "=" else { return nil }
        rest = rest.dropFirst().drop(while: { $0 == " " || $0 == "\"" || $0 == "'" })
        let value = rest.prefix(while: { $0 != ";" && $0 != " " && $0 != "\"" && $0 != "'" })
        return value.isEmpty ? nil : String(value)
    }

    /// The name iconv knows for a label, following the WHATWG Encoding Standard's table for
    /// the labels where browsers decode differently from the name (`latin1` → windows-1252).
    static func standardName(for label: String) -> String {
        let lowered = label.lowercased().normalizedSpacing
        for (name, labels) in whatwgLabels where labels.contains(lowered) { return name }
        return label
    }

    private static let whatwgLabels: [(String, Set<String>)] = [
        ("UTF-8", ["utf-8", "utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8",
                   // A page that claims UTF-16 in a `<meta>` is read as ASCII-compatible, i.e. UTF-8.
                   "utf-16", "utf-16le", "utf-16be", "unicode", "ucs-2"]),
        ("windows-1252", ["windows-1252", "cp1252", "x-cp1252", "latin1", "l1", "iso-8859-1", "iso8859-1", "iso_8859-1",
                          "iso88591", "iso_8859-1:1987", "iso-ir-100", "cp819", "ibm819", "csisolatin1", "us-ascii",
                          "ascii", "ansi_x3.4-1968"]),
        ("windows-1254", ["iso-8859-9", "iso8859-9", "latin5", "l5", "csisolatin5", "iso-ir-148"]),
        ("windows-874", ["iso-8859-11", "tis-620", "dos-874"]),
        ("GBK", ["gb2312", "gbk", "x-gbk", "chinese", "csgb2312", "gb_2312-80", "iso-ir-58"]),
        ("CP932", ["shift_jis", "shift-jis", "sjis", "x-sjis", "ms_kanji", "windows-31j", "csshiftjis"]),
        ("CP949", ["euc-kr", "ks_c_5601-1987", "windows-949", "cseuckr", "korean"]),
    ]

    private static func hasUTF16Mark(_ bytes: Data) -> Bool {
        bytes.count >= 2 && ((bytes[bytes.startIndex] == 0xFF && bytes[bytes.startIndex + 1] == 0xFE)
            || (bytes[bytes.startIndex] == 0xFE && bytes[bytes.startIndex + 1] == 0xFF))
    }
}
