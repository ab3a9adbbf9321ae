import OtborCore
import OtborStore

/// A candidate's DISC style next to the profile's target, for scorecards and rankings: context
/// only, weight 0.
public struct DISCContext: Sendable {
    public var target: DISCStyle?
    /// The style code (F18), such as `SC`, or `SC/CS` when ambiguous; `nil` when not taken.
    public var style: String?
    /// cos Δ between the candidate's circumplex angle and the target's anchor (F19).
    public var fit: Double?
    public var result: StoredDISCResult?

    public init(result: StoredDISCResult?, target: DISCStyle?) {
        self.target = target
        self.result = result
        guard let result else { return }
        let code = DISCStyleCode(composite: result.composite)
        style = code.candidates.isEmpty ? "no high factor" : code.description
        if let target { fit = DISCCircumplex(composite: result.composite).fit(to: target) }
    }

    /// The context of a stored candidate.
    public static func of(candidate: CandidateID, in store: any CampaignStore, target: DISCStyle?) async throws -> DISCContext {
        DISCContext(result: try await store.discResult(candidate: candidate), target: target)
    }
}
