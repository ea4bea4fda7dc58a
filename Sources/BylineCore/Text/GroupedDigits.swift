/// A count with its thousands grouped by commas (`100,000`), as the command line and the
/// reader print counts.
///
/// Foundation's `formatted()` does the same through an ICU number formatter, which costs a
/// whole-process `byline search` about 5% of its CPU time to create, for one number.
public enum GroupedDigits {
    public static func string<Count: BinaryInteger>(_ count: Count) -> String {
        let digits = String(count.magnitude)
        var out = count < 0 ? "-" : ""
        out.reserveCapacity(digits.utf8.count * 4 / 3 + 1)
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return out
    }
}
