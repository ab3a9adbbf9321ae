import Testing
import OtborCore

struct RequirementStandingTests {
    @Test("at the level means within 1e-9 of it, both ends included; one step further is below or above")
    func edges() {
        let low = 5 - RatingScale.tolerance, high = 5 + RatingScale.tolerance
        #expect(RequirementStanding(value: low, level: 5) == .at)
        #expect(RequirementStanding(value: low.nextDown, level: 5) == .below)
        #expect(RequirementStanding(value: high, level: 5) == .at)
        #expect(RequirementStanding(value: high.nextUp, level: 5) == .above)
        #expect(RequirementStanding(value: 5, level: 5) == .at)
        #expect(RequirementStanding(value: 4.999, level: 5) == .below)
        #expect(RequirementStanding(value: 3.5, level: 4.0 - 0.5) == .at)
    }

    /// One critical competency at level 5, rated 5 by one assessor on two items weighted 0.1 and
    /// 0.2, with a knock-out below 5 as well.
    static func roundingCard(level: Int = 5) -> Scorecard {
        let profile = JobProfile(
            id: "p", title: LocalizedText(ru: "П"), level: .senior,
            requirements: [CompetencyRequirement(competency: "x", group: .soft, level: level, weight: 1, critical: true)],
            knockouts: [KnockoutRule(id: "k", text: LocalizedText(ru: "ниже 5"), condition: .competencyBelow(competency: "x", value: 5))],
            process: [ProcessStage(guide: "g", weight: 1)])
        let sheet = AssessorSheet(assessor: "R", ratings: [
            ItemRating(item: "q1", value: 5, weights: [CompetencyWeight(competency: "x", weight: 0.1)]),
            ItemRating(item: "q2", value: 5, weights: [CompetencyWeight(competency: "x", weight: 0.2)]),
        ])
        return ScoringEngine().score(profile: profile, stages: [StageRatings(stage: "g", sheets: [sheet])])
    }

    @Test("5 on items weighted 0.1 and 0.2 averages 4.999999999999999 and is at level 5: hurdle passed, no gap, cell 'at'")
    func roundingIsAtLevel() throws {
        let card = Self.roundingCard()
        let score = try #require(card.competencies.first)
        #expect(score.value == 4.999999999999999)
        #expect(score.standing == .at)
        #expect(card.hurdle.status == .passed && card.hurdle.failures.isEmpty && card.hurdle.knockouts.isEmpty)
        #expect(card.gaps.isEmpty && card.strengths.isEmpty)
        // The report's matrix cell uses the same standing.
        #expect(RequirementStanding(value: try #require(score.value), level: score.requirement.level).rawValue == "at")
        // Against level 4 the same score is a strength.
        #expect(Self.roundingCard(level: 4).strengths.map(\.competency) == ["x"])
    }

    @Test("equal weighted gaps and strengths keep the profile's order")
    func equalGapsInProfileOrder() {
        // x: weight 1, gap 2; y: weight 2, gap 1; z: weight 1, margin 1; v: weight 0.5, margin 2.
        func card(_ order: [String]) -> Scorecard {
            let levels = ["x": (4, 1.0, 2.0), "y": (4, 2.0, 3.0), "z": (3, 1.0, 4.0), "v": (3, 0.5, 5.0)]
            let profile = JobProfile(
                id: "p", title: LocalizedText(ru: "П"), level: .senior,
                requirements: order.map { CompetencyRequirement(competency: $0, group: .soft, level: levels[$0]!.0, weight: levels[$0]!.1) },
                process: [ProcessStage(guide: "g", weight: 1)])
            let sheet = AssessorSheet(assessor: "R", ratings: order.map {
                ItemRating(item: $0, value: levels[$0]!.2, weights: [CompetencyWeight(competency: $0, weight: 1)])
            })
            return ScoringEngine().score(profile: profile, stages: [StageRatings(stage: "g", sheets: [sheet])])
        }
        #expect(card(["x", "y", "z", "v"]).gaps.map(\.competency) == ["x", "y"])
        #expect(card(["y", "x", "v", "z"]).gaps.map(\.competency) == ["y", "x"])
        #expect(card(["x", "y", "z", "v"]).strengths.map(\.competency) == ["z", "v"])
        #expect(card(["y", "x", "v", "z"]).strengths.map(\.competency) == ["v", "z"])
    }
}
