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
    /// Screening facts, judged apart from S and the hurdle: a knock-out here stops the candidate.
    public var screening = ScreeningResult()

    /// Stage scores whose assessors disagree and that have no consensus yet.
    public var pendingConsensus: [StageScore] { competencies.flatMap(\.stages).filter(\.needsConsensus) }

    /// Competencies standing above their level, largest weighted margin w·(x − r) first; equal
    /// weighted margins keep the profile's order.
    public var strengths: [CompetencyScore] { ranked(.above) { $0.margin! } }

    /// Competencies standing below their level, largest weighted gap w·(r − x) first; equal
    /// weighted gaps keep the profile's order.
    public var gaps: [CompetencyScore] { ranked(.below) { $0.gap! } }

    /// The competencies with `standing`, by weighted `size`, largest first, then in profile order.
    private func ranked(_ standing: RequirementStanding, by size: (CompetencyScore) -> Double) -> [CompetencyScore] {
        let chosen = competencies.indices.filter { competencies[$0].standing == standing }
        let sizes = chosen.map { competencies[$0].requirement.weight * size(competencies[$0]) }
        return chosen.indices.sorted { a, b in sizes[a] != sizes[b] ? sizes[a] > sizes[b] : a < b }.map { competencies[chosen[$0]] }
    }

    /// Required competencies no stage has assessed.
    public var unassessed: [String] { competencies.filter { $0.value == nil }.map(\.competency) }
}
