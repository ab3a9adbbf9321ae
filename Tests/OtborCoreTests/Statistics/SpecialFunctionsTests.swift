import Foundation
import Testing
import OtborCore

struct SpecialFunctionsTests {
    @Test("ln Γ at known points", arguments: [
        (0.5, 0.5723649429247004), (1.0, 0.0), (2.0, 0.0), (10.0, 12.801827480081467),
        (100.5, 361.4355404677776), (1e-3, 6.907178885383854), (1e6, 12815504.569147611),
    ])
    func logGamma(_ x: Double, _ expected: Double) {
        #expect(abs(SpecialFunctions.logGamma(x) - expected) <= 1e-12 * max(1, abs(expected)))
    }

    @Test("I_x(a, b) at known points (scipy.special.betainc)", arguments: [
        (0.5, 2.0, 3.0, 0.6875), (0.3, 0.5, 0.5, 0.36901011956554536), (0.9, 50.0, 0.5, 0.001204149832559813),
        (0.01, 0.5, 30.0, 0.560665631094749), (0.7, 200.0, 150.0, 0.9999998043866899),
        (0.999, 3.0, 4.0, 0.999999999985024), (0.0, 2.0, 3.0, 0.0), (1.0, 2.0, 3.0, 1.0),
    ])
    func incompleteBeta(_ x: Double, _ a: Double, _ b: Double, _ expected: Double) {
        #expect(abs(SpecialFunctions.regularizedIncompleteBeta(x, a, b) - expected) < 1e-12)
    }

    @Test("I_x(a, b) + I_{1−x}(b, a) = 1", arguments: [0.05, 0.2, 0.5, 0.77, 0.95])
    func symmetry(_ x: Double) {
        let sum = SpecialFunctions.regularizedIncompleteBeta(x, 2.5, 7) + SpecialFunctions.regularizedIncompleteBeta(1 - x, 7, 2.5)
        #expect(abs(sum - 1) < 1e-14)
    }

    @Test("I_x(1, 1) = x and I_x(a, 1) = x^a")
    func closedForms() {
        for x in stride(from: 0.05, through: 0.95, by: 0.05) {
            #expect(abs(SpecialFunctions.regularizedIncompleteBeta(x, 1, 1) - x) < 1e-14)
            #expect(abs(SpecialFunctions.regularizedIncompleteBeta(x, 3.5, 1) - pow(x, 3.5)) < 1e-14)
        }
    }
}
