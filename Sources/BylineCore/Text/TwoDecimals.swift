import Foundation

/// A number with two decimals, as C's `%.2f` writes it (`12.35`, `-0.50`): rounded from the
/// number's exact binary value, half to even.
///
/// Worked out with integers rather than through `String(format:)` or `vsnprintf`: passing a
/// `Double` as a C variadic argument looks up its conformances at run time, about 140,000
/// instructions a number, and a search shows ten scores.
public enum TwoDecimals {
    public static func string(_ value: Double) -> String {
        guard let hundredths = hundredths(value.magnitude) else { return formatted(value) }
        let sign = value.sign == .minus ? "-" : ""
        let cents = hundredths % 100
        return sign + String(hundredths / 100) + (cents < 10 ? ".0" : ".") + String(cents)
    }

    /// `magnitude × 100` rounded half to even, or nil when it is too large for this (2^52 and
    /// up, or not finite).
    static func hundredths(_ magnitude: Double) -> UInt64? {
        guard magnitude.isFinite else { return nil }
        // magnitude = significand × 2^exponent exactly.
        let subnormal = magnitude.exponentBitPattern == 0
        let significand = magnitude.significandBitPattern | (subnormal ? 0 : 1 << 52)
        let exponent = (subnormal ? 1 : Int(magnitude.exponentBitPattern)) - 1075
        guard exponent < 0 else { return nil }
        let shift = -exponent
        // Below 2^53 × 2^-61 = 0.0039, the number is under half a hundredth.
        guard shift <= 60 else { return 0 }
        let scaled = significand * 100  // under 2^60
        var whole = scaled >> UInt64(shift)
        let rest = scaled & ((1 << UInt64(shift)) - 1)
        let half: UInt64 = 1 << UInt64(shift - 1)
        if rest > half || (rest == half && whole & 1 == 1) { whole += 1 }
        return whole
    }

    /// The few numbers `hundredths` leaves out (never a score), by C's own formatter.
    private static func formatted(_ value: Double) -> String {
        String(format: "%.2f", value)
    }
}
