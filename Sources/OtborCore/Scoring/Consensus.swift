import Foundation

/// A consensus rating that replaces a flagged stage score, with the reason written down. Its value
/// is on the scale in steps of 0.5 (``RatingScale/isHalfStep(_:)``), whatever front end records it.
public struct Consensus: Sendable, Hashable, Codable {
    public var stage: String
    public var competency: String
    public var value: Double
    public var rationale: String

    /// `nil` unless the rationale says something and the value is a half step of the scale
    /// (1, 1.5, …, 5: not 3.14).
    public init?(stage: String, competency: String, value: Double, rationale: String) {
        guard !rationale.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty,
              RatingScale.isHalfStep(value) else { return nil }
        self.stage = stage
        self.competency = competency
        self.value = value
        self.rationale = rationale
    }
}
