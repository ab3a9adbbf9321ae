/// Mechanical integration: independent ratings → stage scores (PEDR) → competency scores (AEDR)
/// → hurdle and compensatory score, as assessment-science F1 and F9–F13 define them.
public struct ScoringEngine: Sendable {
    /// Tolerance τ of the hurdle: a critical competency fails below `level − τ` (F11).
    public var tolerance: Double

    public init(tolerance: Double = 0) {
        self.tolerance = tolerance
    }

    /// Scores a candidate against `profile`.
    /// - Parameters:
    ///   - stages: the candidate's ratings, per stage; stages outside the profile's process are ignored.
    ///   - consensus: consensus ratings; one replaces a stage score only when the assessors disagree.
    ///   - redFlags: red-flag ids assessors recorded, for knock-out rules.
    public func score(
        profile: JobProfile, stages: [StageRatings], consensus: [Consensus] = [], redFlags: Set<String> = []
    ) -> Scorecard {
        let weights = Dictionary(profile.process.map { ($0.guide, $0.weight) }, uniquingKeysWith: { first, _ in first })
        let ordered = profile.process.compactMap { stage in stages.first { $0.stage == stage.guide } }
        let competencies = profile.requirements.map { requirement -> CompetencyScore in
            let stageScores = ordered.compactMap { stage -> StageScore? in
                var byAssessor: [String: Double] = [:]
                var values: [Double] = []
                for sheet in stage.sheets {
                    guard let value = sheet.competencyRating(requirement.competency) else { continue }
                    byAssessor[sheet.assessor] = value
                    values.append(value)
                }
                guard let aggregate = RatingAggregate(values) else { return nil }
                var score = StageScore(stage: stage.stage, competency: requirement.competency,
                                       byAssessor: byAssessor, aggregate: aggregate)
                if aggregate.isFlagged {
                    score.consensus = consensus.last { $0.stage == stage.stage && $0.competency == requirement.competency }
                }
                return score
            }
            return CompetencyScore(requirement: requirement, stages: stageScores, stageWeights: weights)
        }
        return Scorecard(
            profile: profile.id, competencies: competencies,
            hurdle: hurdle(profile: profile, competencies: competencies, redFlags: redFlags),
            composite: CompositeScore(competencies),
            assessorScores: assessorScores(profile: profile, stages: ordered, weights: weights))
    }

    /// S computed from each assessor's sheets alone.
    private func assessorScores(profile: JobProfile, stages: [StageRatings], weights: [String: Double]) -> [String: Double] {
        let assessors = Set(stages.flatMap { $0.sheets.map(\.assessor) })
        var result: [String: Double] = [:]
        for assessor in assessors {
            let competencies = profile.requirements.map { requirement in
                let stageScores = stages.compactMap { stage -> StageScore? in
                    guard let sheet = stage.sheets.first(where: { $0.assessor == assessor }),
                          let value = sheet.competencyRating(requirement.competency),
                          let aggregate = RatingAggregate([value]) else { return nil }
                    return StageScore(stage: stage.stage, competency: requirement.competency,
                                      byAssessor: [assessor: value], aggregate: aggregate)
                }
                return CompetencyScore(requirement: requirement, stages: stageScores, stageWeights: weights)
            }
            result[assessor] = CompositeScore(competencies)?.s
        }
        return result
    }

    private func hurdle(profile: JobProfile, competencies: [CompetencyScore], redFlags: Set<String>) -> HurdleResult {
        let critical = competencies.filter(\.requirement.critical)
        let failures = critical.compactMap { score -> HurdleResult.Failure? in
            guard let value = score.value, value < Double(score.requirement.level) - tolerance else { return nil }
            return HurdleResult.Failure(competency: score.competency, score: value, required: score.requirement.level)
        }
        let knockouts = profile.knockouts.compactMap { rule -> HurdleResult.Knockout? in
            switch rule.condition {
            case .competencyBelow(let competency, let limit):
                guard let value = competencies.first(where: { $0.competency == competency })?.value, value < limit
                else { return nil }
            case .redFlag(let flag):
                guard redFlags.contains(flag) else { return nil }
            }
            return HurdleResult.Knockout(rule: rule.id, text: rule.text)
        }
        return HurdleResult(tolerance: tolerance, failures: failures, knockouts: knockouts,
                            unassessedCritical: critical.filter { $0.value == nil }.map(\.competency))
    }
}
