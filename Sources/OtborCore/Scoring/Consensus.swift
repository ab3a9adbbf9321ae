import Foundation

/// A consensus rating that replaces a flagged stage score, with the reason written down.
public struct Consensus: Sendable, Hashable, Codable {
    public var stage: String
    public var competency: String
    public var value: Double
    public var rationale: String

    /// `nil` unless the rationale says something and the value is on the scale.
    public init?(stage: String, competency: String, value: Double, rationale: String) {
        guard !rationale.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty,
              value >= Double(RatingScale.minimum), value <= Double(RatingScale.maximum) else { return nil }
        self.stage = stage
        self.competency = competency
        self.value = value
        self.rationale = rationale
    }
}
