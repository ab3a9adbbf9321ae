import Foundation

/// Where a stored DISC result came from.
public enum DISCSource: String, Sendable, Hashable, Codable, CaseIterable {
    /// Scored from the candidate's answers to the workspace's inventory (`otbor disc take`).
    case inventory
    /// Graph III values typed in from another tool (`otbor disc import`); no answers, no counts.
    case `import`
}

/// A candidate's DISC result as the database keeps it: the Graph III composite always, the
/// most/least counts only when the inventory was taken here.
public struct StoredDISCResult: Sendable, Hashable, Codable {
    public var candidateId: CandidateID
    /// Graph III, c_f = M_f − L_f; sums to 0.
    public var composite: DISCFactorValues<Int>
    /// n, the number of groups the composite is out of.
    public var groupCount: Int
    /// M_f (Graph I); `nil` for an import.
    public var most: DISCFactorValues<Int>?
    /// L_f; `nil` for an import.
    public var least: DISCFactorValues<Int>?
    public var source: DISCSource
    /// When it was saved.
    public var takenAt: Date

    public init(
        candidateId: CandidateID, composite: DISCFactorValues<Int>, groupCount: Int, most: DISCFactorValues<Int>? = nil,
        least: DISCFactorValues<Int>? = nil, source: DISCSource, takenAt: Date
    ) {
        self.candidateId = candidateId
        self.composite = composite
        self.groupCount = groupCount
        self.most = most
        self.least = least
        self.source = source
        self.takenAt = takenAt
    }

    /// The full result with graphs I and II, when the counts are known.
    public var result: DISCResult? {
        guard let most, let least else { return nil }
        return DISCResult(most: most, least: least)
    }

    /// c_f/n ∈ [−1, 1].
    public var normalised: DISCFactorValues<Double> {
        composite.map { Double($0) / Double(max(groupCount, 1)) }
    }

    /// The style code from the composite (F18).
    public func styleCode(margin: Int = DISCStyleCode.defaultMargin) -> DISCStyleCode {
        DISCStyleCode(composite: composite, margin: margin)
    }

    /// The composite's position on the circumplex (F19).
    public var circumplex: DISCCircumplex { DISCCircumplex(composite: composite) }
}
