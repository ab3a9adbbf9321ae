import Testing
import OtborCore

struct RaterDriftTests {
    let drift = RaterDrift(deviations: [0.0, 0.2, 0.1, 0.4, 0.5, 0.7, 0.8, 1.0])

    @Test("F8: OLS slope, intercept, SE, t and p")
    func trend() {
        #expect(abs(drift.trend.slope - 0.141667) < 1e-6)
        #expect(abs(drift.trend.intercept - -0.175) < 1e-6)
        #expect(abs(drift.trend.standardError - 0.011925) < 1e-6)
        #expect(abs(drift.trend.t - 11.880) < 5e-4)
        #expect(drift.trend.degreesOfFreedom == 6)
        #expect(abs(drift.trend.p - 2.15e-5) < 5e-8)
    }

    @Test("F8: CUSUM with k_ref 0.25 and h 1.0 alarms at session 7")
    func cusum() {
        let expected = [0, 0, 0, 0.15, 0.40, 0.85, 1.40, 2.15]
        #expect(drift.cusum.path.count == 8)
        #expect(zip(drift.cusum.path, expected).allSatisfy { abs($0 - $1) < 1e-12 })
        #expect(drift.cusum.alarmSession == 7)
        #expect(drift.cusum.reference == 0.25 && drift.cusum.threshold == 1.0)
    }

    @Test("a higher threshold alarms later or never")
    func thresholds() {
        #expect(RaterDrift(deviations: drift.deviations, threshold: 2.0).cusum.alarmSession == 8)
        #expect(RaterDrift(deviations: drift.deviations, threshold: 3.0).cusum.alarmSession == nil)
    }

    @Test("the downward CUSUM watches for growing severity")
    func downward() {
        let severe = RaterDrift(deviations: drift.deviations.map { -$0 }, direction: .downward)
        #expect(severe.cusum.alarmSession == 7)
        #expect(abs(severe.trend.slope + 0.141667) < 1e-6)
        #expect(RaterDrift(deviations: drift.deviations, direction: .downward).cusum.alarmSession == nil)
    }

    @Test("short series: no test below three sessions")
    func short() {
        let two = RaterDrift(deviations: [0.1, 0.3])
        #expect(abs(two.trend.slope - 0.2) < 1e-12 && two.trend.p.isNaN)
        #expect(RaterDrift(deviations: []).trend.slope.isNaN)
    }
}
