/// What a recorded screening fact means for the candidate: facts are not ratings and never enter
/// S or the hurdle (Docs/Scoring.md, "Screening facts").
public enum FactVerdict: String, Sendable, Hashable, Codable, CaseIterable {
    /// The fact meets the profile's requirement.
    case pass
    /// The fact does not meet it: a knock-out with its reason.
    case fail
    /// The fact needs a conversation before a decision (listed as to discuss, not a knock-out).
    case discuss
}
