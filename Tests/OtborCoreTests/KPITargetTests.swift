import Testing
import OtborCore

struct KPITargetTests {
    @Test("targets read as people write them", arguments: [
        (KPITarget(comparator: .atLeast, value: 80, unit: "%"), "≥ 80 %"),
        (KPITarget(comparator: .atMost, value: 4, unit: "h"), "≤ 4 h"),
        (KPITarget(comparator: .atLeast, value: 4.5, unit: "of 5"), "≥ 4.5 of 5"),
        (KPITarget(comparator: .range, value: 5, max: 8), "5–8"),
        (KPITarget(comparator: .reduceBy, value: 10, unit: "%"), "−10 %"),
        (KPITarget(comparator: .equal, value: 100, unit: "%"), "= 100 %"),
    ])
    func summary(_ target: KPITarget, _ expected: String) {
        #expect(target.summary == expected)
    }
}
