import Testing
import OtborCore

struct FDistributionTests {
    @Test("quantiles used by the F2 intervals, and others (scipy.stats.f.ppf)", arguments: [
        (0.975, 5.0, 18.0, 3.381967805875243), (0.975, 3.0, 15.0, 4.152804030062876),
        (0.95, 2.0, 10.0, 4.1028210151304), (0.975, 18.0, 5.0, 6.361883204654352),
        (0.975, 15.0, 3.0, 14.252711453674905), (0.975, 5.0, 4.785144, 7.498627350902274),
        (0.975, 4.785144, 5.0, 7.190737139664804), (0.5, 1.0, 1.0, 1.0), (0.99, 1.0, 1000.0, 6.660294811589477),
        (0.001, 7.0, 3.0, 0.05327006322888432),
    ])
    func quantiles(_ p: Double, _ d1: Double, _ d2: Double, _ expected: Double) {
        let distribution = FDistribution(d1, d2)
        let x = distribution.quantile(p)
        #expect(abs(x - expected) < 1e-9 * max(1, expected))
        #expect(abs(distribution.cdf(x) - p) < 1e-12)
    }

    @Test("the quantiles named in the brief, to their 5 decimals")
    func briefQuantiles() {
        #expect(abs(FDistribution(5, 18).quantile(0.975) - 3.38197) < 5e-6)
        #expect(abs(FDistribution(2, 10).quantile(0.95) - 4.10282) < 5e-6)
        // The brief gives 4.15277; scipy and R (qf(.975, 3, 15)) give 4.152804.
        #expect(abs(FDistribution(3, 15).quantile(0.975) - 4.15280) < 5e-6)
    }

    @Test("cdf and survival add up to 1, and the judge-effect p of F2")
    func tails() {
        let f = FDistribution(3, 15)
        for x in [0.1, 0.9, 2.5, 7.0, 31.866485] {
            #expect(abs(f.cdf(x) + f.survival(x) - 1) < 1e-14)
        }
        #expect(abs(f.pValue(31.866485) - 9.454263228436489e-07) < 1e-12)
        #expect(f.cdf(0) == 0 && f.cdf(-1) == 0 && f.survival(.infinity) == 0)
    }
}
