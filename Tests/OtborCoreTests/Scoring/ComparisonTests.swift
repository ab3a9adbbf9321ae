import Testing
import OtborCore

struct ComparisonTests {
    @Test("F15: P(A > B) by the normal approximation")
    func normal() {
        #expect(abs(Outranking.probability(meanA: 3.8, seA: 0.20, meanB: 3.5, seB: 0.25) - 0.825632) < 1e-6)
        #expect(Outranking.isSeparable(0.825632))
    }

    @Test("F16: exact bootstrap distributions, intervals and P(A* > B*)")
    func bootstrap() throws {
        let a = try #require(ExactBootstrap([4, 4, 3, 5]))
        let b = try #require(ExactBootstrap([3, 4, 3, 4]))
        #expect(a.means == [3, 3.25, 3.5, 3.75, 4, 4.25, 4.5, 4.75, 5])
        #expect(a.counts == [1, 8, 28, 56, 70, 56, 28, 8, 1])
        #expect(b.means == [3, 3.25, 3.5, 3.75, 4] && b.counts == [16, 64, 96, 64, 16])
        #expect(a.interval() == 3.25...4.75)
        #expect(b.interval() == 3.0...4.0)
        let (greater, tie) = ExactBootstrap.compare(a, b)
        #expect(abs(greater - 1651.0 / 2048) < 1e-12)
        #expect(abs(tie - 495.0 / 4096) < 1e-12)
        #expect(abs(greater + tie / 2 - 0.866577) < 1e-6)
    }

    @Test("F14: SEM, band, SE of a difference, smallest significant difference")
    func sem() {
        let error = MeasurementError(standardDeviation: 0.8, reliability: 0.80)
        #expect(abs(error.sem - 0.357771) < 1e-6)
        #expect(abs(error.halfWidth95 - 0.701231) < 1e-6)
        #expect(abs(error.differenceSE - 0.505964) < 1e-6)
        #expect(abs(error.minimumSignificantDifference - 0.991690) < 1e-6)
    }
}
