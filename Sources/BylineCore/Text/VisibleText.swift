/// Makes text from a report safe to put on a terminal.
///
/// Reports come from folders the user did not write; an escape sequence in a title could
/// change the terminal's title, write to the clipboard (OSC 52) or hide text. Every front end
/// passes report text through `VisibleText.make` before writing it.
public enum VisibleText {
    /// `text` with every control character replaced by a visible placeholder:
    /// C0 controls become their Control Pictures (`ESC` → `␛`, NUL → `␀`), DEL becomes `␡`,
    /// C1 controls and bidirectional overrides or isolates become `�`.
    /// Newlines and tabs are kept when `keepLayout` is true (for multi-line text).
    ///
    ///     VisibleText.make("a\u{1B}[31mb")   // "a␛[31mb"
    public static func make(_ text: String, keepLayout: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: { isUnsafe($0, keepLayout: keepLayout) }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isUnsafe(scalar, keepLayout: keepLayout) {
                out.append(placeholder(for: scalar))
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Whether a scalar may not be written to a terminal as it is.
    public static func isUnsafe(_ s: Unicode.Scalar, keepLayout: Bool = false) -> Bool {
        switch s.value {
        case 0x0A, 0x09: return !keepLayout
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    static func placeholder(for s: Unicode.Scalar) -> Unicode.Scalar {
        switch s.value {
        case 0x00...0x1F: return Unicode.Scalar(0x2400 + s.value)!
        case 0x7F: return "\u{2421}"
        default: return "\u{FFFD}"
        }
    }
}
