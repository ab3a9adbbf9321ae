/// A competency's score in one stage (PEDR): the mean of the assessors, with its flags and any consensus.
public struct StageScore: Sendable, Hashable, Codable {
    public var stage: String
    public var competency: String
    /// The assessors who rated the competency in this stage, in the order of `aggregate.ratings`.
    public var assessors: [String]
    public var aggregate: RatingAggregate
    /// A consensus that replaced the mean; both are kept.
    public var consensus: Consensus?

    /// Each assessor's rating of the competency in this stage.
    public var byAssessor: [String: Double] {
        Dictionary(zip(assessors, aggregate.ratings), uniquingKeysWith: { _, last in last })
    }

    /// The score that counts: the consensus when there is one, otherwise the mean of the assessors.
    public var value: Double { consensus?.value ?? aggregate.mean }

    /// Standard error of the stage score: 0 after consensus, otherwise s/√k.
    public var standardError: Double { consensus == nil ? aggregate.standardError : 0 }

    /// Whether the assessors disagree and no consensus has settled it.
    public var needsConsensus: Bool { aggregate.isFlagged && consensus == nil }
}
