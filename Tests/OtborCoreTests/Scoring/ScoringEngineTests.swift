import Testing
import OtborCore

/// The worked profile of assessment-science F10–F13: five competencies, three assessors, one stage.
struct ScoringEngineTests {
    static let ids = ["execution-management", "mentoring", "decision-making", "negotiation-conflict", "client-orientation"]
    static let profile = JobProfile(
        id: "ssm", title: LocalizedText(ru: "Старший МС"), level: .senior,
        requirements: [
            CompetencyRequirement(competency: ids[0], group: .managerial, level: 4, weight: 3, critical: true),
            CompetencyRequirement(competency: ids[1], group: .managerial, level: 3, weight: 2),
            CompetencyRequirement(competency: ids[2], group: .managerial, level: 4, weight: 2),
            CompetencyRequirement(competency: ids[3], group: .personal, level: 4, weight: 2, critical: true),
            CompetencyRequirement(competency: ids[4], group: .soft, level: 4, weight: 1),
        ],
        process: [ProcessStage(guide: "ac", weight: 1)])

    /// Ratings by row = competency, column = assessor.
    static func stage(_ rows: [[Double?]], stage: String = "ac") -> StageRatings {
        StageRatings(stage: stage, sheets: (0..<rows[0].count).map { assessor in
            AssessorSheet(assessor: "A\(assessor + 1)", ratings: rows.enumerated().map { index, row in
                ItemRating(item: ids[index], value: row[assessor], weights: [CompetencyWeight(competency: ids[index], weight: 1)])
            })
        })
    }

    static let candidateA = stage([[4, 5, 4], [3, 3, 4], [4, 4, 3], [5, 4, 4], [4, 4, 5]])
    static let candidateB = stage([[5, 5, 5], [4, 4, 5], [3, 3, 3], [3, 3, 4], [5, 5, 5]])

    @Test("a stage score lists exactly the assessors who rated its competency, with their ratings")
    func stagePanels() throws {
        let stage = Self.stage([[4, nil, 5], [3, 3, 4], [nil, nil, nil], [5, 4, 4], [4, nil, nil]])
        let card = ScoringEngine().score(profile: Self.profile, stages: [stage])
        let scores = card.competencies.map { $0.stages.first }
        #expect(scores[0]?.assessors == ["A1", "A3"] && scores[0]?.byAssessor == ["A1": 4, "A3": 5])
        #expect(scores[0]?.aggregate.ratings == [4, 5])
        #expect(scores[1]?.assessors == ["A1", "A2", "A3"] && scores[1]?.byAssessor == ["A1": 3, "A2": 3, "A3": 4])
        #expect(scores[2] == nil)
        #expect(scores[4]?.assessors == ["A1"] && scores[4]?.aggregate.mean == 4)
    }

    @Test("F10: compensatory S and S100")
    func compensatory() throws {
        let a = try #require(ScoringEngine().score(profile: Self.profile, stages: [Self.candidateA]).composite)
        let b = try #require(ScoringEngine().score(profile: Self.profile, stages: [Self.candidateB]).composite)
        #expect(abs(a.s - 4.0) < 1e-6 && abs(a.s100 - 75.0) < 1e-6)
        #expect(abs(b.s - 124.0 / 30) < 1e-6 && abs(b.s100 - 78.333333) < 1e-6)
    }

    @Test("F11: A passes the hurdle, B fails on negotiation, with τ = 0 and τ = 0.5", arguments: [0.0, 0.5])
    func hurdle(_ tolerance: Double) {
        let engine = ScoringEngine(tolerance: tolerance)
        #expect(engine.score(profile: Self.profile, stages: [Self.candidateA]).hurdle.passed)
        let b = engine.score(profile: Self.profile, stages: [Self.candidateB]).hurdle
        #expect(!b.passed)
        #expect(b.failures.map(\.competency) == ["negotiation-conflict"])
        #expect(abs(b.failures[0].score - 3.333333) < 1e-6)
    }

    @Test("F12: gap, coverage and distance")
    func fit() throws {
        let a = try #require(ScoringEngine().score(profile: Self.profile, stages: [Self.candidateA]).composite)
        let b = try #require(ScoringEngine().score(profile: Self.profile, stages: [Self.candidateB]).composite)
        #expect(abs(a.gap - 0.066667) < 1e-6 && abs(a.coverage - 82.0 / 84) < 1e-6 && abs(a.distance - (5.0 / 9).squareRoot()) < 1e-6)
        #expect(abs(b.gap - 0.333333) < 1e-6 && abs(b.coverage - 74.0 / 84) < 1e-6 && abs(b.distance - (47.0 / 9).squareRoot()) < 1e-6)
    }

    @Test("F13: SE and 95 % interval of S; F15 on the two candidates")
    func uncertainty() throws {
        let a = try #require(ScoringEngine().score(profile: Self.profile, stages: [Self.candidateA]).composite)
        let b = try #require(ScoringEngine().score(profile: Self.profile, stages: [Self.candidateB]).composite)
        #expect(abs(a.standardError - 0.156347) < 1e-6)
        #expect(abs(a.ci95.lowerBound - 3.6936) < 5e-4 && abs(a.ci95.upperBound - 4.3064) < 5e-4)
        #expect(abs(b.standardError - 0.094281) < 1e-6)
        #expect(abs(b.ci95.lowerBound - 3.9485) < 5e-4 && abs(b.ci95.upperBound - 4.3181) < 5e-4)
        let p = Outranking.probability(meanA: a.s, seA: a.standardError, meanB: b.s, seB: b.standardError)
        #expect(abs(p - 0.232604) < 1e-6)
        #expect(!Outranking.isSeparable(p))
    }

    @Test("strengths and gaps come in order of weighted size")
    func ordering() {
        let b = ScoringEngine().score(profile: Self.profile, stages: [Self.candidateB])
        #expect(b.gaps.map(\.competency) == ["decision-making", "negotiation-conflict"])
        #expect(b.strengths.map(\.competency) == ["execution-management", "mentoring", "client-orientation"])
    }

    @Test("F9: a competency is the stage-weighted mean of the stages that measured it")
    func integration() throws {
        let profile = JobProfile(
            id: "p", title: LocalizedText(ru: "П"), level: .senior,
            requirements: [CompetencyRequirement(competency: "negotiation-conflict", group: .personal, level: 4, weight: 1)],
            process: ["hr", "role-play", "group", "manager"].map { ProcessStage(guide: $0, weight: 1) })
        func ratings(_ stage: String, _ values: [Double]) -> StageRatings {
            StageRatings(stage: stage, sheets: values.enumerated().map { index, value in
                AssessorSheet(assessor: "A\(index)", ratings: [ItemRating(
                    item: "q", value: value, weights: [CompetencyWeight(competency: "negotiation-conflict", weight: 1)])])
            })
        }
        let card = ScoringEngine().score(profile: profile, stages: [
            ratings("hr", [3, 4]), ratings("role-play", [4, 4]), ratings("group", [3, 3]),
        ])
        let score = try #require(card.competencies.first)
        #expect(score.stages.map(\.value) == [3.5, 4.0, 3.0])
        #expect(abs(score.value! - 3.5) < 1e-9)
        #expect(score.coverage == ["hr", "role-play", "group"])
    }

    @Test("a 'not assessed' rating changes no score")
    func notAssessed() {
        var withMissing = Self.candidateA
        withMissing.sheets[0].ratings.append(ItemRating(item: "extra", value: nil,
            weights: [CompetencyWeight(competency: Self.ids[0], weight: 5)]))
        let plain = ScoringEngine().score(profile: Self.profile, stages: [Self.candidateA])
        let missing = ScoringEngine().score(profile: Self.profile, stages: [withMissing])
        #expect(plain.composite == missing.composite)
        #expect(plain.competencies.map(\.value) == missing.competencies.map(\.value))
    }

    @Test("identical candidates score the same and P(A outranks B) = 0.5")
    func identical() throws {
        let a = try #require(ScoringEngine().score(profile: Self.profile, stages: [Self.candidateA]).composite)
        let twin = try #require(ScoringEngine().score(profile: Self.profile, stages: [Self.candidateA]).composite)
        #expect(a == twin)
        #expect(Outranking.probability(meanA: a.s, seA: a.standardError, meanB: twin.s, seB: twin.standardError) == 0.5)
    }

    @Test("the interval always contains S", arguments: [candidateA, candidateB,
        stage([[1, 5, 1], [5, 1, 5], [1, 1, 5], [5, 5, 1], [1, 5, 5]]),
        stage([[5, 5, 5], [5, 5, 5], [5, 5, 4], [5, 5, 5], [5, 5, 5]])])
    func intervalContainsScore(_ ratings: StageRatings) throws {
        let composite = try #require(ScoringEngine().score(profile: Self.profile, stages: [ratings]).composite)
        #expect(composite.ci95.contains(composite.s))
    }

    @Test("a consensus replaces a flagged stage score only with a rationale, and both values are kept")
    func consensus() throws {
        let split = Self.stage([[2, 5, 4], [3, 3, 3], [4, 4, 4], [4, 4, 4], [4, 4, 4]])
        let engine = ScoringEngine()
        let before = engine.score(profile: Self.profile, stages: [split])
        #expect(before.pendingConsensus.map(\.competency) == ["execution-management"])
        #expect(Consensus(stage: "ac", competency: Self.ids[0], value: 4, rationale: "  ") == nil)
        let agreed = try #require(Consensus(stage: "ac", competency: Self.ids[0], value: 4, rationale: "Пример STAR был полным"))
        let after = engine.score(profile: Self.profile, stages: [split], consensus: [agreed])
        let stageScore = try #require(after.competencies[0].stages.first)
        #expect(stageScore.value == 4 && abs(stageScore.aggregate.mean - 11.0 / 3) < 1e-9)
        #expect(after.pendingConsensus.isEmpty)
        // A consensus on a stage score the assessors agree on does not replace it.
        let unneeded = try #require(Consensus(stage: "ac", competency: Self.ids[1], value: 5, rationale: "нет"))
        #expect(engine.score(profile: Self.profile, stages: [split], consensus: [unneeded]).competencies[1].value == 3)
    }

    @Test("a consensus value is a half step of the scale: 1, 1.5, …, 5, nothing else", arguments: [
        (1.0, true), (2.5, true), (4.0, true), (5.0, true),
        (3.14, false), (3.25, false), (0.5, false), (5.5, false), (0, false), (.nan, false), (.infinity, false),
    ])
    func consensusHalfSteps(_ value: Double, _ accepted: Bool) {
        #expect((Consensus(stage: "ac", competency: Self.ids[0], value: value, rationale: "обсудили") != nil) == accepted)
    }
}
