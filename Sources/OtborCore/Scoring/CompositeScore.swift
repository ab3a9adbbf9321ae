import Foundation

/// The compensatory output: the weighted score over the assessed competencies (F10) with its
/// uncertainty (F13), and the profile fit figures (F12).
public struct CompositeScore: Sendable, Hashable, Codable {
    /// S on the 1–5 scale.
    public var s: Double
    /// S rescaled to 0–100.
    public var s100: Double
    public var standardError: Double
    /// 95 % interval for S, kept inside the scale.
    public var ci95: ClosedRange<Double>
    /// Weighted mean gap G.
    public var gap: Double
    /// Weighted coverage C of the required levels.
    public var coverage: Double
    /// Euclidean distance D from the required profile.
    public var distance: Double
    /// Share of the requirement weight that has been assessed (1 = every competency has a score).
    public var assessedWeight: Double

    /// `nil` when no required competency has a score.
    public init?(_ scores: [CompetencyScore]) {
        let assessed = scores.filter { $0.value != nil }
        let totalWeight = scores.reduce(0) { $0 + $1.requirement.weight }
        let weight = assessed.reduce(0) { $0 + $1.requirement.weight }
        guard weight > 0, totalWeight > 0 else { return nil }
        var sum = 0.0, variance = 0.0, gapSum = 0.0, covered = 0.0, coverable = 0.0, squared = 0.0
        for score in assessed {
            let x = score.value!, w = score.requirement.weight, r = Double(score.requirement.level)
            sum += w * x
            variance += (w / weight) * (w / weight) * score.standardError * score.standardError
            gapSum += w * max(0, r - x)
            covered += w * min(x - 1, r - 1)
            coverable += w * (r - 1)
            squared += (x - r) * (x - r)
        }
        s = sum / weight
        s100 = Self.to100(s)
        standardError = variance.squareRoot()
        let half = NormalDistribution.z95 * standardError
        ci95 = RatingScale.clamp(s - half)...RatingScale.clamp(s + half)
        gap = gapSum / weight
        coverage = coverable > 0 ? covered / coverable : 1
        distance = squared.squareRoot()
        assessedWeight = weight / totalWeight
    }

    /// (S − 1)/4 × 100: how far up the scale S lies, in per cent.
    public static func to100(_ s: Double) -> Double { RatingScale.share(of: s) * 100 }
}
