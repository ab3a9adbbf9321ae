import Testing
import OtborCore

struct ComparisonTests {
    @Test("F15: P(A > B) by the normal approximation")
    func normal() {
        #expect(abs(Outranking.probability(meanA: 3.8, seA: 0.20, meanB: 3.5, seB: 0.25) - 0.825632) < 1e-6)
        #expect(Outranking.isSeparable(0.825632))
    }

    @Test("not separable strictly between 0.2 and 0.8: the ends themselves separate", arguments: [
        (0.2, true), (0.8, true), (0.2.nextUp, false), (0.8.nextDown, false), (0.5, false),
        (0.2.nextDown, true), (0.8.nextUp, true), (0, true), (1, true),
    ])
    func separableEdges(_ p: Double, _ separable: Bool) {
        #expect(Outranking.isSeparable(p) == separable)
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

struct ExactBootstrapCountTests {
    @Test("F16 as exact counts: 65536 pairs, 52832 with A* > B*, 7920 tied")
    func publishedCounts() throws {
        let a = try #require(ExactBootstrap([4, 4, 3, 5])), b = try #require(ExactBootstrap([3, 4, 3, 4]))
        #expect(a.total == 256 && b.total == 256)
        let counts = ExactBootstrap.count(a, b)
        #expect(counts.greater == 52832 && counts.tie == 7920 && counts.total == 65536)   // 1651/2048, 495/4096
        #expect(ExactBootstrap.outranking(a, b) == Double(2 * 52832 + 7920) / Double(2 * 65536))
    }

    @Test("values are not rounded: 13/3 and 4.33 both round to 4.33 but are no tie")
    func noFalseTie() throws {
        // Resample means of A: 4.3333 (1), 4.1667 (2), 4 (1); of B: 4.33 (1), 4.165 (2), 4 (1).
        let a = try #require(ExactBootstrap([13.0 / 3, 4])), b = try #require(ExactBootstrap([4.33, 4]))
        #expect(a.counts == [1, 2, 1] && b.counts == [1, 2, 1])
        let counts = ExactBootstrap.count(a, b)
        #expect(counts.greater == 10 && counts.tie == 1 && counts.total == 16)
        #expect(ExactBootstrap.outranking(a, b) == 21.0 / 32)
        let reverse = ExactBootstrap.count(b, a)
        #expect(reverse.greater == 5 && reverse.tie == 1)
    }

    @Test("means closer than the tolerance are one mean; the tolerance away they are two")
    func tieRule() throws {
        let noise = try #require(ExactBootstrap([4, 4 + 1e-12]))
        #expect(noise.means == [4] && noise.counts == [4])
        let apart = try #require(ExactBootstrap([4, 4 + 4 * RatingScale.tolerance]))
        #expect(apart.counts == [1, 2, 1])
        let (greater, tie, _) = ExactBootstrap.count(noise, try #require(ExactBootstrap([4])))
        #expect(greater == 0 && tie == 4)
    }

    @Test("panels of one to nine assessors; none beyond")
    func panelSizes() throws {
        #expect(ExactBootstrap([]) == nil)
        #expect(ExactBootstrap(Array(repeating: 3, count: 10)) == nil)
        let nine = try #require(ExactBootstrap([1, 2, 3, 4, 5, 1, 2, 3, 4]))
        #expect(nine.total == 387_420_489 && nine.counts.reduce(0, +) == nine.total)
        #expect(try #require(ExactBootstrap([3.5])).means == [3.5])
    }
}
