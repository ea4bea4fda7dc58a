import BylineCore
import Testing

/// Counts read with their thousands grouped, negative ones too, whatever the integer type.
struct GroupedDigitsTests {
    @Test(arguments: [(0, "0"), (7, "7"), (999, "999"), (1_000, "1,000"), (12_345, "12,345"), (100_000, "100,000"),
                      (1_234_567, "1,234,567"), (-1, "-1"), (-123, "-123"), (-1_234, "-1,234"),
                      (Int.min, "-9,223,372,036,854,775,808")])
    func groupsThousands(count: Int, text: String) {
        #expect(GroupedDigits.string(count) == text)
    }

    @Test func takesAnyIntegerType() {
        #expect(GroupedDigits.string(UInt64.max) == "18,446,744,073,709,551,615")
        #expect(GroupedDigits.string(Int32(-50_000)) == "-50,000")
    }
}
