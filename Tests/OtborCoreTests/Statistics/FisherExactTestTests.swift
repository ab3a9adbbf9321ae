import Testing
import OtborCore

struct FisherExactTestTests {
    @Test("two-sided p against SciPy's fisher_exact", arguments: [
        ([48, 32, 21, 29], 0.049543), ([5, 5, 3, 7], 0.649917), ([60, 40, 45, 55], 0.047165),
        ([3, 4, 12, 1], 0.030702), ([100, 900, 70, 930], 0.019835), ([0, 25, 10, 20], 0.001139),
    ])
    func knownValues(_ table: [Int], _ expected: Double) {
        #expect(abs(FisherExactTest.twoSidedP(table[0], table[1], table[2], table[3]) - expected) < 1e-6)
    }

    @Test("a table with one possible arrangement has p = 1")
    func degenerate() {
        #expect(FisherExactTest.twoSidedP(0, 0, 0, 0) == 1)
        #expect(FisherExactTest.twoSidedP(5, 0, 7, 0) == 1)
        #expect(FisherExactTest.twoSidedP(5, 5, 5, 5) == 1)
    }

    @Test("property: p is the same when the groups (rows) are swapped, and lies in (0, 1]")
    func symmetricInGroups() {
        for n1 in 1...9 {
            for n2 in 1...9 {
                for s1 in 0...n1 {
                    for s2 in 0...n2 {
                        let p = FisherExactTest.twoSidedP(s1, n1 - s1, s2, n2 - s2)
                        let swapped = FisherExactTest.twoSidedP(s2, n2 - s2, s1, n1 - s1)
                        #expect(abs(p - swapped) <= 1e-12 * max(1, p), "\(s1)/\(n1) vs \(s2)/\(n2)")
                        #expect(p > 0 && p <= 1)
                    }
                }
            }
        }
    }

    @Test("large counts do not overflow")
    func large() {
        let p = FisherExactTest.twoSidedP(5000, 5000, 5000, 5000)
        #expect(abs(p - 1) < 1e-9)
        #expect(FisherExactTest.twoSidedP(6000, 4000, 4000, 6000) < 1e-100)
    }
}
