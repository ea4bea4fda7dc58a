/// Decodes character references (`&amp;`, `&#8217;`, `&#x2019;`) left in text that scrapers
/// copied out of a page without decoding, such as WordPress's rendered titles.
enum HTMLEntities {
    /// `text` with every well-formed reference replaced by its character; anything else that
    /// starts with `&` (`AT&T`, `&unknown;`) is left as written.
    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            if scalars[i] == "&", let (decoded, length) = reference(in: scalars, at: i) {
                out.append(decoded)
                i += length
            } else {
                out.append(scalars[i])
                i += 1
            }
        }
        return String(out)
    }

    /// The character and the length of the reference starting at `start`, which holds `&`.
    static func reference(in scalars: [Unicode.Scalar], at start: Int) -> (Unicode.Scalar, Int)? {
        let maximumLength = 32
        guard let semicolon = scalars[start...].prefix(maximumLength).firstIndex(of: ";"), semicolon > start + 1 else { return nil }
        let body = String(String.UnicodeScalarView(scalars[(start + 1)..<semicolon]))
        let length = semicolon - start + 1
        if body.hasPrefix("#x") || body.hasPrefix("#X") {
            return UInt32(body.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { (sanitised($0), length) }
        }
        if body.hasPrefix("#") {
            return UInt32(body.dropFirst(), radix: 10).flatMap(Unicode.Scalar.init).map { (sanitised($0), length) }
        }
        guard body.unicodeScalars.allSatisfy({ $0.isASCII && $0.properties.isAlphabetic || ("0"..."9").contains($0) }) else { return nil }
        if body == "apos" { return ("'", length) }  // XML's, which HTML 4's table lacks
        return LibXML2.entity(named: body).map { ($0, length) }
    }

    /// NUL becomes U+FFFD, as a browser does; other control characters are left for
    /// `VisibleText` to show harmlessly.
    private static func sanitised(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        scalar.value == 0 ? "\u{FFFD}" : scalar
    }
}
