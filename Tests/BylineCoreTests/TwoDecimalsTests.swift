import BylineCore
import Foundation
import Testing

/// A search's scores read as C's `%.2f` writes them, including the halves it rounds to even.
struct TwoDecimalsTests {
    @Test func scoresReadAsPrintfWritesThem() {
        var values: [Double] = [0, -0.0, 1, 12.345, 12.355, 0.125, 0.375, 2.675, 1.005, 0.005, 0.015, 0.0049999, 99.995,
                                -0.001, -3.14159, 1e-300, .leastNonzeroMagnitude, 123456.789, 4503599627370495.5, 4503599627370496, 1e20, -1e20]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5_000 {
            values.append(Double.random(in: 0..<100, using: &generator))
            values.append(Double(Int.random(in: 0..<100_000, using: &generator)) / 1000)  // many exact halves of a hundredth
        }
        for value in values {
            #expect(TwoDecimals.string(value) == String(format: "%.2f", value), "\(value)")
        }
    }

    @Test func aHalfHundredthRoundsToTheEvenOne() {
        #expect(TwoDecimals.string(0.125) == "0.12")
        #expect(TwoDecimals.string(0.375) == "0.38")
        #expect(TwoDecimals.string(7.5) == "7.50")
    }
}
