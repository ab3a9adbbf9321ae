import OtborCore
import Testing

/// Screening facts: the step, its fit check, the rule fact → pass / fail / discuss with its reason,
/// and a knock-out kept apart from S and the hurdle.
struct ScreeningFactTests {
    static let fixture = ScreeningFixture.self

    @Test("a fact item has one step, keyed item#fact, read back by its key")
    func step() {
        let steps = ScreeningFixture.guide.steps.filter { $0.kind == .fact }
        #expect(steps.map(\.key) == ["lead#fact", "money#fact", "notice#fact"])
        #expect(StepKey.step("lead#fact") == InterviewStep(item: "lead", kind: .fact))
        #expect(ScreeningFixture.guide.measuredCompetencies == ["engagement"])
    }

    static let fits: [(key: String, value: AnswerValue, problems: [AnswerProblem])] = [
        ("lead#fact", .fact(.option("never")), []),
        ("lead#fact", .fact(nil), []),
        ("lead#fact", .fact(.option("ten-years")), [.unknownOption("ten-years")]),
        ("lead#fact", .fact(.amount(150_000)), [.factTakesOther(amount: false)]),
        ("lead#fact", .rating(3), [.wrongKind(expected: .fact, found: .rating)]),
        ("lead#fact", .classification("never"), [.wrongKind(expected: .fact, found: .classification)]),
        ("money#fact", .fact(.amount(150_000)), []),
        ("money#fact", .fact(.option("never")), [.factTakesOther(amount: true)]),
        ("why", .fact(.option("never")), [.wrongKind(expected: .rating, found: .fact)]),
    ]

    @Test("an answer fits a fact step only as one of its options or, for salary, an amount", arguments: fits)
    func fit(_ key: String, _ value: AnswerValue, _ expected: [AnswerProblem]) throws {
        let step = try #require(ScreeningFixture.guide.step(key: key))
        #expect(value.problems(for: step, in: ScreeningFixture.guide) == expected)
    }

    static let verdicts: [(fact: String, answer: FactAnswer, verdict: FactVerdict, knockout: Bool, reason: String)] = [
        ("lead", .option("never"), .fail, true, "никогда не руководил людьми"),
        ("lead", .option("under-two"), .discuss, false, "опыт меньше двух лет"),
        ("lead", .option("two-plus"), .pass, false, "опыт есть"),
        ("notice", .option("three-months"), .fail, false, "отработка три месяца"),
        ("notice", .option("now"), .pass, false, "сразу"),
        ("money", .amount(90_000), .pass, false, "Ожидания 90\u{00A0}000\u{00A0}₽ в пределах вилки 130\u{00A0}000–200\u{00A0}000\u{00A0}₽"),
        ("money", .amount(200_000), .pass, false, "Ожидания 200\u{00A0}000\u{00A0}₽ в пределах вилки 130\u{00A0}000–200\u{00A0}000\u{00A0}₽"),
        ("money", .amount(230_000), .discuss, false, "Ожидания 230\u{00A0}000\u{00A0}₽ выше вилки 130\u{00A0}000–200\u{00A0}000\u{00A0}₽, но не более чем на 15 %"),
        ("money", .amount(230_001), .fail, true, "Ожидания 230\u{00A0}001\u{00A0}₽ выше вилки 130\u{00A0}000–200\u{00A0}000\u{00A0}₽ более чем на 15 %"),
    ]

    @Test("a fact is judged by its option, or a salary against the band; a fail is a knock-out unless the profile softens it",
          arguments: verdicts)
    func verdict(_ item: String, _ answer: FactAnswer, _ verdict: FactVerdict, _ knockout: Bool, _ reason: String) throws {
        guard case .fact(let fact)? = ScreeningFixture.guide.item(item)?.content else { Issue.record("no fact \(item)"); return }
        let outcome = try #require(FactOutcome(fact: fact, answer: answer, stage: "screen", item: item, profile: ScreeningFixture.profile))
        #expect(outcome.verdict == verdict)
        #expect(outcome.isKnockout == knockout)
        #expect(outcome.reason.ru == reason)
    }

    @Test("no verdict for an answer that does not fit, nor for a salary without a band")
    func noVerdict() {
        var bandless = ScreeningFixture.profile
        bandless.salary = nil
        #expect(FactOutcome(fact: ScreeningFixture.salary, answer: .amount(1), stage: "s", item: "money", profile: bandless) == nil)
        #expect(FactOutcome(fact: ScreeningFixture.management, answer: .option("x"), stage: "s", item: "lead", profile: ScreeningFixture.profile) == nil)
        #expect(FactOutcome(fact: ScreeningFixture.management, answer: .amount(5), stage: "s", item: "lead", profile: ScreeningFixture.profile) == nil)
    }

    @Test("the stored text of a fact reads back as the same fact", arguments: [
        FactAnswer.option("never"), .option("two-plus"), .amount(0), .amount(150_000),
    ])
    func stored(_ answer: FactAnswer) {
        #expect(FactAnswer(stored: answer.stored) == answer)
    }

    @Test("a candidate's facts: knock-outs with reasons, facts to discuss, answers not asked left out")
    func result() {
        let facts: [String: FactAnswer?] = ["lead#fact": .option("never"), "money#fact": .amount(210_000), "notice#fact": FactAnswer?.none]
        let answers = SessionAnswers(ratings: ["why": 5], facts: facts)
        let result = ScreeningResult(profile: ScreeningFixture.profile, sessions: [(ScreeningFixture.guide, answers)])
        #expect(result.facts.map(\.item) == ["lead", "money"])
        #expect(result.isKnockedOut)
        #expect(result.knockouts.map(\.reason.ru) == ["никогда не руководил людьми"])
        #expect(result.toDiscuss.map(\.item) == ["money"])
        #expect(answers.itemRatings(guide: ScreeningFixture.guide).map(\.item) == ["why"])
    }

    @Test("a knocked-out candidate is not recommended and ranks after every other, whatever the score")
    func scorecard() {
        var card = ScoringEngine().score(profile: ScreeningFixture.profile, stages: [], consensus: [], redFlags: [])
        var other = card
        card.screening = ScreeningResult(facts: [FactOutcome(stage: "screen", item: "lead", topic: .managementExperience, answer: .option("never"),
                                                             verdict: .fail, reason: ScreeningFixture.text("никогда"), isKnockout: true)])
        other.screening = ScreeningResult()
        let document = ScorecardDocument(card, discTarget: nil)
        #expect(document.recommendation == .notRecommendedScreening)
        #expect(document.screening.knockouts.map(\.answer) == ["never"])
        #expect(document.hurdle.passed)
        #expect(ScorecardDocument(other, discTarget: nil).recommendation == .byScore)
        let ranking = Ranking([(candidate: "1", scorecard: card), (candidate: "2", scorecard: other)])
        #expect(ranking.entries.map(\.candidate) == ["2", "1"])
    }
}
