import Foundation
import Testing
import OtborCore

struct AgreementBandTests {
    @Test("F6: Koo & Li bands of an ICC", arguments: [
        (0.289764, AgreementBand.KooLi.poor), (0.620051, .moderate), (0.75, .good), (0.90, .excellent),
        (0.909316, .excellent), (0.4999, .poor), (0.50, .moderate), (0.8999, .good), (-0.13, .poor),
    ])
    func kooLi(_ icc: Double, _ expected: AgreementBand.KooLi) {
        #expect(AgreementBand.kooLi(icc) == expected)
    }

    @Test("F6: a CI across bands is inconclusive with both bands; within one band it is that band")
    func kooLiInterval() throws {
        let icc21 = try #require(AgreementBand.kooLi(lower: 0.0188, upper: 0.7611))
        #expect(icc21.verdict == .inconclusive)
        #expect(icc21.lower == .poor && icc21.upper == .good)
        #expect(icc21.band == nil)
        #expect(icc21.description == "inconclusive (poor…good)")

        let narrow = try #require(AgreementBand.kooLi(lower: 0.91, upper: 0.98))
        #expect(narrow.verdict == .conclusive && narrow.band == .excellent)
        #expect(narrow.description == "excellent")
        #expect(AgreementBand.kooLi(lower: 0.7611, upper: 0.0188) == icc21)
    }

    @Test("F6: Landis & Koch bands of κ", arguments: [
        (0.40, AgreementBand.LandisKoch.fair), (0.209931, .fair), (0.487179, .moderate), (0.871795, .almostPerfect),
        (-0.01, .poor), (0.0, .slight), (0.20, .slight), (0.60, .moderate), (0.80, .substantial), (0.8001, .almostPerfect),
    ])
    func landisKoch(_ kappa: Double, _ expected: AgreementBand.LandisKoch) {
        #expect(AgreementBand.landisKoch(kappa) == expected)
    }

    @Test("F6: Krippendorff's bands of α", arguments: [
        (0.691358, AgreementBand.Krippendorff.tentative), (0.810845, .reliable), (0.743421, .tentative),
        (0.849107, .reliable), (0.8, .reliable), (0.667, .tentative), (0.6669, .unreliable),
    ])
    func krippendorff(_ alpha: Double, _ expected: AgreementBand.Krippendorff) {
        #expect(AgreementBand.krippendorff(alpha) == expected)
    }

    @Test("a computed value a rounding error below a cut-off counts as on it")
    func roundingAtCutOffs() {
        #expect(AgreementBand.kooLi(0.75 - 1e-12) == .good)
        #expect(AgreementBand.landisKoch((0.7 - 0.5) / 0.5) == .fair)
        #expect(AgreementBand.krippendorff(0.8 - 1e-12) == .reliable)
    }

    @Test("NaN has no band")
    func notANumber() {
        #expect(AgreementBand.kooLi(.nan) == nil)
        #expect(AgreementBand.landisKoch(.nan) == nil)
        #expect(AgreementBand.krippendorff(.nan) == nil)
        #expect(AgreementBand.kooLi(lower: .nan, upper: 0.5) == nil)
    }

    @Test("bands encode to JSON as their raw values")
    func json() throws {
        let data = try JSONEncoder().encode([AgreementBand.LandisKoch.almostPerfect])
        #expect(String(decoding: data, as: UTF8.self) == #"["almost-perfect"]"#)
        let interval = try #require(AgreementBand.kooLi(lower: 0.0188, upper: 0.7611))
        let decoded = try JSONDecoder().decode(
            AgreementBand.KooLiInterval.self, from: JSONEncoder().encode(interval))
        #expect(decoded == interval)
    }
}
