/// Cells of a table in fixed-width text, as the connections pane and `byline person` print
/// them: padded in display columns (not characters), numbers to one decimal.
///
///     ColumnText.pad("Peña", 6) + ColumnText.pad(ColumnText.oneDecimal(14.25), 6, right: true)
///     // "Peña    14.3"
public enum ColumnText {
    /// `text` filled with spaces to `width` display columns: after it, or before it when
    /// `right`. Text already as wide is returned as it is.
    public static func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(0, width - DisplayWidth.of(text)))
        return right ? fill + text : text + fill
    }

    /// One decimal, rounded half away from zero: `14.3`, `0.0`, `-1.5` (never `-0.0`).
    public static func oneDecimal(_ x: Double) -> String {
        guard x.isFinite else { return x.isNaN ? "–" : (x > 0 ? "∞" : "-∞") }
        let tenths = Int((x * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        return sign + "\(abs(tenths) / 10).\(abs(tenths) % 10)"
    }
}
