import OtborCore
import OtborStore

/// A candidate's DISC style next to the profile's target, for scorecards and rankings: context
/// only, weight 0.
struct DISCContext {
    var target: DISCStyle?
    /// The style code (F18), such as `SC`, or `SC/CS` when ambiguous; `nil` when not taken.
    var style: String?
    /// cos Δ between the candidate's circumplex angle and the target's anchor (F19).
    var fit: Double?
    var result: StoredDISCResult?

    init(store: Store, candidate: Int64, target: DISCStyle?) throws {
        self.target = target
        result = try store.discResult(candidate: candidate)
        guard let result else { return }
        let code = DISCStyleCode(composite: result.composite)
        style = code.candidates.isEmpty ? "no high factor" : code.description
        if let target { fit = DISCCircumplex(composite: result.composite).fit(to: target) }
    }
}
