import Foundation
import OtborCore
import Testing

/// A guide's alternatives: which steps a session must answer given what it answered, and how a
/// sitting walks them (an alternate may be run or passed over; once enough are run the rest close).
struct GuideAlternativesTests {
    static func question(_ id: String, _ competencies: [String]) -> GuideItem {
        GuideItem(id: id, content: .question(InterviewQuestion(
            kind: .behavioural, text: LocalizedText(ru: id), checks: LocalizedText(ru: id),
            competencies: competencies.map { CompetencyWeight(competency: $0, weight: 1) })))
    }

    static func exercise(_ id: String, criteria: [String]) -> GuideItem {
        GuideItem(id: id, content: .groupExercise(GroupExercise(
            title: LocalizedText(ru: id), statement: LocalizedText(ru: id),
            criteria: criteria.map { RatingCriterion(id: $0, text: LocalizedText(ru: $0), competencies: [CompetencyWeight(competency: $0, weight: 1)]) })))
    }

    /// `core` always; `a`, `b`, `c` of which 2 are run; `x`, `y` (two criteria each) of which 1.
    static let guide = InterviewGuide(
        id: "g", kind: .hr, title: LocalizedText(ru: "Г"), duration: 30,
        items: [question("core", ["team"]), question("a", ["stress"]), question("b", ["stress", "plan"]), question("c", ["stress"]),
                exercise("x", criteria: ["lead", "listen"]), exercise("y", criteria: ["lead", "talk"])],
        alternatives: [AlternativeGroup(items: ["a", "b", "c"], run: 2), AlternativeGroup(items: ["x", "y"], run: 1)])

    struct Row: Sendable, CustomTestStringConvertible {
        var answered: [String]
        var required: [String]
        var closed: [String]
        var testDescription: String { answered.isEmpty ? "nothing answered" : answered.joined(separator: ", ") }
    }

    static let rows: [Row] = [
        // Nothing answered: the default choice, the items listed first.
        Row(answered: [], required: ["core", "a", "b", "x/lead", "x/listen"], closed: []),
        // c swapped in for b: a and c are chosen, b is closed, not missing.
        Row(answered: ["a", "c"], required: ["core", "a", "c", "x/lead", "x/listen"], closed: ["b"]),
        // One of three chosen: the first unchosen one tops it up.
        Row(answered: ["c"], required: ["core", "a", "c", "x/lead", "x/listen"], closed: []),
        // One criterion of y answered: y is the exercise run, x is closed.
        Row(answered: ["y/talk"], required: ["core", "a", "b", "y/lead", "y/talk"], closed: ["x/lead", "x/listen"]),
        // An extra alternate answered is kept: all three of the group count.
        Row(answered: ["a", "b", "c"], required: ["core", "a", "b", "c", "x/lead", "x/listen"], closed: []),
    ]

    @Test("the steps a session must answer, and those closed", arguments: rows)
    func required(_ row: Row) {
        let answered = Set(row.answered)
        let isAnswered: (InterviewStep) -> Bool = { answered.contains($0.key) }
        #expect(Self.guide.requiredSteps(answered: isAnswered).map(\.key) == row.required)
        #expect(Self.guide.closedSteps(answered: isAnswered).map(\.key) == row.closed)
        #expect(Self.guide.unansweredSteps(answered: isAnswered).map(\.key) == row.required.filter { !answered.contains($0) })
    }

    @Test("a competency counts for coverage only when every choice of the group measures it")
    func assured() {
        // stress: a, b and c all measure it; plan: only b (run 2 of 3 may leave b out); lead: x and y; listen, talk: one each.
        #expect(Self.guide.assuredCompetencies == ["team", "stress", "lead"])
        #expect(Self.guide.measuredCompetencies == ["team", "stress", "plan", "lead", "listen", "talk"])
    }

    @Test("a sitting passes over a skipped alternate whole, and finishes once the run items are answered")
    func sitting() throws {
        var sitting = InterviewSitting(guide: Self.guide, participants: [.init(session: 1)])
        let keys = sitting.slots.map(\.step.key)
        func key() -> String? { sitting.currentSlot.map { keys[$0] } }
        #expect(sitting.requiredCount == 5)
        _ = try sitting.handle(.rate(3)); _ = try sitting.handle(.note(""))          // core
        #expect(key() == "a" && sitting.openAlternative(at: 1) != nil)
        _ = try sitting.handle(.skip)                                                  // a passed over
        #expect(key() == "b")
        _ = try sitting.handle(.rate(4)); _ = try sitting.handle(.note(""))          // b
        _ = try sitting.handle(.rate(4)); _ = try sitting.handle(.note(""))          // c: the group has its two
        #expect(key() == "x/lead")
        _ = try sitting.handle(.skip)                                                  // x passed over, both criteria
        #expect(key() == "y/lead")
        _ = try sitting.handle(.rate(2)); _ = try sitting.handle(.note(""))
        _ = try sitting.handle(.rate(5)); _ = try sitting.handle(.note(""))
        #expect(sitting.phase == .confirming)
        #expect(sitting.requiredCount == 5 && sitting.answeredCount == 5)
    }

    @Test("a required choice cannot be passed over for good: the sitting comes back to it")
    func comesBack() throws {
        let guide = InterviewGuide(id: "g", kind: .hr, title: LocalizedText(ru: "Г"), duration: 10,
                                   items: [Self.question("p", ["t"]), Self.question("q", ["t"])],
                                   alternatives: [AlternativeGroup(items: ["p", "q"], run: 1)])
        var sitting = InterviewSitting(guide: guide, participants: [.init(session: 1)])
        _ = try sitting.handle(.skip)
        #expect(sitting.currentSlot == 1)
        _ = try sitting.handle(.skip)
        #expect(sitting.currentSlot == 0)
        #expect(throws: SittingError.onlyStepLeft) { try sitting.handle(.skip) }
        _ = try sitting.handle(.rate(3)); _ = try sitting.handle(.note(""))
        #expect(sitting.phase == .confirming)
    }

    @Test("a guide without alternatives encodes as before: no key for them")
    func snapshot() throws {
        let plain = InterviewGuide(id: "g", kind: .hr, title: LocalizedText(ru: "Г"), duration: 10, items: [Self.question("p", ["t"])])
        let json = String(decoding: try JSONEncoder().encode(plain), as: UTF8.self)
        #expect(!json.contains("alternative"))
        let decoded = try JSONDecoder().decode(InterviewGuide.self, from: try JSONEncoder().encode(Self.guide))
        #expect(decoded.alternatives == Self.guide.alternatives)
    }
}
