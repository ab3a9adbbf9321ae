import OtborCore
import Testing

/// Amounts as people read them: whole numbers of five digits or more in groups of three.
struct CompactNumberTests {
    @Test("grouped digits", arguments: [
        (280_000.0, " ", "280 000"), (9_999, " ", "9999"), (10_000, ",", "10,000"), (1_234_567, ",", "1,234,567"),
        (-250_000, " ", "-250 000"), (2.5, " ", "2.5"),
    ])
    func grouped(_ value: Double, _ separator: String, _ expected: String) {
        #expect(CompactNumber.grouped(value, separator: separator) == expected)
    }
}
