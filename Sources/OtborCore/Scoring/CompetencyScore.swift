/// A required competency's integrated score across the stages that measured it (AEDR, F9).
public struct CompetencyScore: Sendable, Hashable, Codable {
    public var requirement: CompetencyRequirement
    /// Stage scores, in process order, for the stages that measured the competency.
    public var stages: [StageScore]
    /// Weighted mean of the stage scores by stage weight; `nil` when no stage measured it.
    public var value: Double?
    /// Standard error of `value` (F13 applied across stages).
    public var standardError: Double

    public var competency: String { requirement.competency }
    /// Shortfall below the required level, max(0, r − x) (F12); `nil` when not assessed.
    public var gap: Double? { value.map { max(0, Double(requirement.level) - $0) } }
    /// x − r: positive above the requirement.
    public var margin: Double? { value.map { $0 - Double(requirement.level) } }
    /// Below, at or above the required level; `nil` when not assessed.
    public var standing: RequirementStanding? { value.map { RequirementStanding(value: $0, level: requirement.level) } }
    /// Ids of the stages that measured the competency.
    public var coverage: [String] { stages.map(\.stage) }

    /// Integrates stage scores with the stage weights of the process.
    public init(requirement: CompetencyRequirement, stages: [StageScore], stageWeights: [String: Double]) {
        self.init(requirement: requirement, stages: stages, weights: stages.map { stageWeights[$0.stage] ?? 1 })
    }

    /// `weights[i]` is the weight of `stages[i]`.
    init(requirement: CompetencyRequirement, stages: [StageScore], weights: [Double]) {
        self.requirement = requirement
        self.stages = stages
        let total = weights.reduce(0, +)
        guard total > 0 else {
            value = nil
            standardError = 0
            return
        }
        var sum = 0.0, variance = 0.0
        for (stage, weight) in zip(stages, weights) {
            sum += stage.value * weight
            let share = weight / total
            variance += share * share * stage.standardError * stage.standardError
        }
        value = sum / total
        standardError = variance.squareRoot()
    }
}
