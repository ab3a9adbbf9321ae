import Testing
import OtborCore

struct StudentTDistributionTests {
    @Test("two-sided p of the F7 t values (scipy.stats.t.sf × 2)", arguments: [
        (7.2507, 5.0, 0.0007793494314287519), (-10.0778, 5.0, 0.00016470893595710374), (0.0, 5.0, 1.0),
    ])
    func twoSided(_ t: Double, _ df: Double, _ expected: Double) {
        #expect(abs(StudentTDistribution(df).twoSidedP(t) - expected) < 1e-12)
    }

    @Test("F7: p ≈ 0.000779 for t = 7.2507, df 5")
    func briefVector() {
        #expect(abs(StudentTDistribution(5).twoSidedP(7.2507) - 0.000779) < 5e-7)
    }

    @Test("cdf and quantile at known points")
    func cdfAndQuantile() {
        #expect(abs(StudentTDistribution(3.5).cdf(-1.5) - 0.10890909350767251) < 1e-12)
        #expect(abs(StudentTDistribution(5).quantile(0.975) - 2.5705818356363146) < 1e-9)
        #expect(abs(StudentTDistribution(2.5).quantile(0.01) - -5.353111173030874) < 1e-8)
        #expect(StudentTDistribution(7).quantile(0.5) == 0)
        #expect(abs(StudentTDistribution(1).cdf(1) - 0.75) < 1e-14)  // Cauchy
    }
}
