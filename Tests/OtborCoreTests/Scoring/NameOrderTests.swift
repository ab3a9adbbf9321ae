import Testing
import OtborCore

struct NameOrderTests {
    static let people: [(id: String, name: String)] = [
        ("7", "Ёлкин"), ("2", "Борис"), ("12", "Анна"), ("10", "анна"), ("3", "Елена"), ("5", "Анна"),
    ]

    @Test("tied in hurdle and S: by name (case and ё folded), then as written, then by id as a number")
    func tiesByName() {
        let card = RankingTests.cards[1].scorecard   // candidate A of F10: passes, S = 4
        let ranking = Ranking(Self.people.map { (candidate: $0.id, name: $0.name, scorecard: card) })
        #expect(ranking.entries.map(\.candidate) == ["5", "12", "10", "2", "3", "7"])
        #expect(ranking.entries.dropLast().allSatisfy { $0.pOutranksNext == 0.5 && !$0.separableFromNext })
    }

    @Test("without names the ids decide, numerically")
    func tiesByID() {
        let card = RankingTests.cards[1].scorecard
        #expect(Ranking(["10", "9", "x", "2"].map { (candidate: $0, scorecard: card) }).entries.map(\.candidate)
            == ["2", "9", "10", "x"])
    }

    @Test("the hurdle and S still come before the name")
    func nameIsLast() {
        let cards = RankingTests.cards   // B fails the hurdle with the higher S; A and A2 are identical
        let ranking = Ranking([(candidate: "1", name: "Аарон", scorecard: cards[0].scorecard),
                               (candidate: "2", name: "Яна", scorecard: cards[1].scorecard),
                               (candidate: "3", name: "Ян", scorecard: cards[2].scorecard)])
        #expect(ranking.entries.map(\.candidate) == ["3", "2", "1"])
    }

    @Test("the order of names is locale-free and exact", arguments: [
        ("анна", "Борис", true), ("Анна", "анна", true), ("Алёна", "Алина", true), ("Ёлкин", "Елена", false),
        ("Fjord", "fjord", true), ("Zoë", "zoe", false), ("Ян", "Яна", true),
    ])
    func pairs(_ first: String, _ second: String, _ firstComesFirst: Bool) {
        #expect((NameOrder(name: first, id: "1") < NameOrder(name: second, id: "2")) == firstComesFirst)
        #expect((NameOrder(name: second, id: "2") < NameOrder(name: first, id: "1")) == !firstComesFirst)
    }
}
