import Testing
import OtborCore

struct NormalDistributionTests {
    @Test("Φ and Φ⁻¹ at known points", arguments: [
        (0.0, 0.5), (1.959963984540054, 0.975), (-1.0, 0.158655253931457), (-0.730297, 0.232604),
        (0.937043, 0.825632),
    ])
    func knownPoints(_ z: Double, _ p: Double) {
        #expect(abs(NormalDistribution.cdf(z) - p) < 1e-6)
        #expect(abs(NormalDistribution.quantile(p) - z) < 1e-5)
    }

    @Test("two-sided p of the F20 Z test")
    func twoSided() {
        #expect(abs(NormalDistribution.twoSidedP(2.000713) - 0.045423) < 1e-6)
    }
}
