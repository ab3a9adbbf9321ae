/// Mechanical integration: independent ratings → stage scores (PEDR) → competency scores (AEDR)
/// → hurdle and compensatory score, as assessment-science F1 and F9–F13 define them.
public struct ScoringEngine: Sendable {
    /// Tolerance τ of the hurdle: a critical competency fails when it stands below `level − τ`
    /// (F11, ``RequirementStanding``). A requirement whose profile states its own τ
    /// (``CompetencyRequirement/tolerance``) uses that one: it is the employer's authored cut-off.
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
        let slots = RequirementRatings.Slots(profile)
        var memo = RequirementRatings.Memo()
        let rated = ordered.map { stage in stage.sheets.map { RequirementRatings(sheet: $0, slots: slots, memo: &memo) } }
        // The slot of each requirement, by its index in the profile's requirements.
        let requirementSlots = profile.requirements.map { slots.slot($0.competency)! }
        let stageWeights = ordered.map { weights[$0.stage] ?? 1 }
        // Every assessor of each stage: shared by the stage's scores of competencies all of them rated.
        let panels = ordered.map { $0.sheets.map(\.assessor) }
        let competencies = profile.requirements.indices.map { requirementIndex -> CompetencyScore in
            let requirement = profile.requirements[requirementIndex], slot = requirementSlots[requirementIndex]
            // The stages that measured the competency, found first so each array is made once at its size.
            let measuredIn = ordered.indices.filter { index in rated[index].contains { $0.value(slot) != nil } }
            let stageScores = measuredIn.map { index -> StageScore in
                var values: [Double] = []
                values.reserveCapacity(rated[index].count)
                for sheet in rated[index] {
                    guard let value = sheet.value(slot) else { continue }
                    values.append(value)
                }
                let aggregate = RatingAggregate(values)!
                let assessors = values.count == panels[index].count
                    ? panels[index] : rated[index].filter { $0.value(slot) != nil }.map(\.assessor)
                let stage = ordered[index].stage
                var score = StageScore(stage: stage, competency: requirement.competency,
                                       assessors: assessors, aggregate: aggregate)
                if aggregate.isFlagged {
                    score.consensus = consensus.last { $0.stage == stage && $0.competency == requirement.competency }
                }
                return score
            }
            let measured = measuredIn.map { stageWeights[$0] }
            return CompetencyScore(requirement: requirement, stages: stageScores, weights: measured)
        }
        return Scorecard(
            profile: profile.id, competencies: competencies,
            hurdle: hurdle(profile: profile, competencies: competencies, redFlags: redFlags),
            // Context requirements are shown with their scores but count in neither S nor the hurdle.
            composite: CompositeScore(competencies.filter(\.requirement.isScored)),
            assessorScores: assessorScores(profile: profile, stages: ordered, rated: rated, slots: requirementSlots, stageWeights: stageWeights))
    }

    /// S computed from each assessor's sheets alone: per competency the stage-weighted mean of the
    /// assessor's own stage ratings (F9), then the requirement-weighted mean (F10), as
    /// ``CompetencyScore`` and ``CompositeScore`` compute them for a panel of one.
    private func assessorScores(
        profile: JobProfile, stages: [StageRatings], rated: [[RequirementRatings]],
        slots: [Int], stageWeights: [Double]
    ) -> [String: Double] {
        var assessors: [String] = []
        for stage in stages { for sheet in stage.sheets where !assessors.contains(sheet.assessor) { assessors.append(sheet.assessor) } }
        let scored = profile.requirements.indices.filter { profile.requirements[$0].isScored }
        let totalWeight = scored.reduce(0) { $0 + profile.requirements[$1].weight }
        var result = [String: Double](minimumCapacity: assessors.count)
        for assessor in assessors {
            let sheets = rated.map { sheets in sheets.first { $0.assessor == assessor } }
            var sum = 0.0, weight = 0.0
            for index in scored {
                let requirement = profile.requirements[index], slot = slots[index]
                var stageSum = 0.0, stageWeight = 0.0
                for (index, sheet) in sheets.enumerated() {
                    guard let value = sheet?.value(slot) else { continue }
                    stageSum += value * stageWeights[index]
                    stageWeight += stageWeights[index]
                }
                guard stageWeight > 0 else { continue }
                sum += requirement.weight * (stageSum / stageWeight)
                weight += requirement.weight
            }
            if weight > 0, totalWeight > 0 { result[assessor] = sum / weight }
        }
        return result
    }

    private func hurdle(profile: JobProfile, competencies: [CompetencyScore], redFlags: Set<String>) -> HurdleResult {
        let critical = competencies.filter { $0.requirement.critical && $0.requirement.isScored }
        let failures = critical.compactMap { score -> HurdleResult.Failure? in
            guard let value = score.value,
                  RequirementStanding(value: value, level: score.requirement.hurdleCutoff(default: tolerance)) == .below
            else { return nil }
            return HurdleResult.Failure(competency: score.competency, score: value, required: score.requirement.level,
                                        tolerance: score.requirement.hurdleTolerance(default: tolerance))
        }
        var stated: [String: Double] = [:]
        for score in critical { if let tolerance = score.requirement.tolerance { stated[score.competency] = tolerance } }
        let knockouts = profile.knockouts.compactMap { rule -> HurdleResult.Knockout? in
            switch rule.condition {
            case .competencyBelow(let competency, let limit):
                guard let score = competencies.first(where: { $0.competency == competency }), score.requirement.isScored,
                      let value = score.value,
                      RequirementStanding(value: value, level: limit) == .below
                else { return nil }
            case .redFlag(let flag):
                guard redFlags.contains(flag) else { return nil }
            }
            return HurdleResult.Knockout(rule: rule.id, text: rule.text)
        }
        return HurdleResult(tolerance: tolerance, stated: stated, failures: failures, knockouts: knockouts,
                            unassessedCritical: critical.filter { $0.value == nil }.map(\.competency))
    }
}
