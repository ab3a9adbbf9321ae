import Foundation
import Testing
import OtborCore

struct DISCResultTests {
    static let most = DISCFactorValues(d: 2, i: 3, s: 10, c: 9)
    static let least = DISCFactorValues(d: 9, i: 8, s: 3, c: 4)

    @Test("F17: composite, normalised composite, Graph II and the ipsative invariants")
    func f17() throws {
        let result = try #require(DISCResult(most: Self.most, least: Self.least))
        #expect(result.groupCount == 24)
        #expect(result.graphI == Self.most)
        #expect(result.graphII == DISCFactorValues(d: -9, i: -8, s: -3, c: -4))
        #expect(result.composite == DISCFactorValues(d: -7, i: -5, s: 7, c: 5))
        let expected = [-0.291667, -0.208333, 0.291667, 0.208333]
        for (actual, value) in zip(result.normalised.values, expected) {
            #expect(abs(actual - value) < 1e-6)
        }
        #expect(result.most.sum == 24 && result.least.sum == 24)
        #expect(result.composite.sum == 0)
        #expect(result.styleCode().description == "SC")
    }

    @Test("F17 from answers to an inventory gives the same result")
    func fromAnswers() throws {
        let result = try DISCResult(scoring: DISCTestInventory.f17Answers, inventory: DISCTestInventory.inventory)
        #expect(result == DISCResult(most: Self.most, least: Self.least))
    }

    @Test("invalid answers throw every problem")
    func invalidAnswers() {
        var answers = DISCTestInventory.f17Answers
        answers.answers[0].least = answers.answers[0].most
        answers.answers.removeLast()
        #expect(throws: DISCScoringError(problems: [
            .sameMostAndLeast(group: "g01", factor: .d), .unanswered(group: "g24"),
        ])) {
            try DISCResult(scoring: answers, inventory: DISCTestInventory.inventory)
        }
    }

    @Test("an empty inventory with no answers cannot be scored")
    func empty() {
        let inventory = DISCInventory(id: "empty", title: LocalizedText(ru: "Пусто"), groups: [])
        #expect(throws: DISCScoringError(problems: [.emptyInventory])) {
            try DISCResult(scoring: DISCAnswers([]), inventory: inventory)
        }
    }

    @Test("counts that cannot come from a forced-choice inventory give nil")
    func invalidCounts() {
        #expect(DISCResult(most: Self.most, least: DISCFactorValues(d: 9, i: 8, s: 3, c: 3)) == nil)
        #expect(DISCResult(most: .zero, least: .zero) == nil)
        #expect(DISCResult(most: DISCFactorValues(d: -1, i: 1, s: 1, c: 1), least: DISCFactorValues(d: 0, i: 0, s: 1, c: 1)) == nil)
    }

    @Test("property: Σ M = Σ L = n, the composite sums to 0 and c/n lies in [−1, 1]")
    func ipsative() throws {
        var generator = SplitMix64(seed: 2026)
        for _ in 0..<500 {
            let answers = DISCAnswers((0..<24).map { index in
                let most = DISCFactor.allCases[Int(generator.next() % 4)]
                let others = DISCFactor.allCases.filter { $0 != most }
                return DISCAnswers.Answer(
                    group: DISCTestInventory.groupID(index), most: most, least: others[Int(generator.next() % 3)])
            })
            let result = try DISCResult(scoring: answers, inventory: DISCTestInventory.inventory)
            #expect(result.composite.sum == 0)
            #expect(result.most.sum == 24 && result.least.sum == 24)
            #expect(abs(result.normalised.sum) < 1e-12)
            #expect(result.normalised.values.allSatisfy { (-1...1).contains($0) })
            #expect(result.graphII.values.allSatisfy { $0 <= 0 })
        }
    }

    @Test("the caveat says style only, weight 0, never a knock-out, unvalidated, ipsative — in both languages")
    func caveat() {
        let en = DISCResult.caveat.text(in: .en)
        for phrase in ["style", "weight 0", "never a knock-out", "unvalidated", "ipsative"] {
            #expect(en.contains(phrase), "\(phrase)")
        }
        let ru = DISCResult.caveat.text(in: .ru)
        for phrase in ["стиль", "вес", "равен 0", "стоп-фактором", "не прошёл валидацию", "ипсативны"] {
            #expect(ru.contains(phrase), "\(phrase)")
        }
    }

    @Test("factor values encode as an object keyed by factor")
    func json() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let data = try encoder.encode(DISCFactorValues(d: -7, i: -5, s: 7, c: 5))
        #expect(String(decoding: data, as: UTF8.self) == #"{"c":5,"d":-7,"i":-5,"s":7}"#)
    }
}
