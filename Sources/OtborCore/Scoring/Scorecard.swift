/// Everything Otbor concludes about one candidate against one profile: two outputs, never merged.
public struct Scorecard: Sendable, Hashable, Codable {
    public var profile: String
    /// One entry per requirement, in the profile's order.
    public var competencies: [CompetencyScore]
    /// Non-compensatory: critical competencies and knock-out rules.
    public var hurdle: HurdleResult
    /// Compensatory: `nil` until some required competency has a score.
    public var composite: CompositeScore?
    /// S from each assessor's own ratings alone (no consensus): the panel the exact bootstrap
    /// of the ranking resamples (F16).
    public var assessorScores: [String: Double] = [:]

    /// Stage scores whose assessors disagree and that have no consensus yet.
    public var pendingConsensus: [StageScore] { competencies.flatMap(\.stages).filter(\.needsConsensus) }

    /// Competencies above their level, largest weighted margin first.
    public var strengths: [CompetencyScore] {
        competencies.filter { ($0.margin ?? 0) > 0 }
            .sorted { $0.requirement.weight * $0.margin! > $1.requirement.weight * $1.margin! }
    }

    /// Competencies below their level, largest weighted gap first.
    public var gaps: [CompetencyScore] {
        competencies.filter { ($0.gap ?? 0) > 0 }
            .sorted { $0.requirement.weight * $0.gap! > $1.requirement.weight * $1.gap! }
    }

    /// Required competencies no stage has assessed.
    public var unassessed: [String] { competencies.filter { $0.value == nil }.map(\.competency) }
}
