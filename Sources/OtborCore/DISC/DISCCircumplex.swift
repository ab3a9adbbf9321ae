import Foundation

/// A DISC composite as a point on the circumplex (F19): x = ((I + S) − (D + C))/2,
/// y = ((D + I) − (S + C))/2, angle θ = atan2(y, x) in degrees, 0 ≤ θ < 360, with D upper
/// left, I upper right, S lower right and C lower left, and its fit to a target style.
public struct DISCCircumplex: Sendable, Hashable, Codable {
    /// The eight anchors every 45°, starting with IS at 0° and turning anticlockwise.
    public enum Anchor: String, Sendable, Hashable, Codable, CaseIterable {
        case influenceSteadiness = "IS"
        case influence = "I"
        case dominanceInfluence = "DI"
        case dominance = "D"
        case conscientiousnessDominance = "CD"
        case conscientiousness = "C"
        case steadinessConscientiousness = "SC"
        case steadiness = "S"

        /// IS 0°, I 45°, DI 90°, D 135°, CD 180°, C 225°, SC 270°, S 315°.
        public var angle: Double { Double(Self.allCases.firstIndex(of: self)!) * 45 }

        /// The anchor of a style: a single letter is its factor's anchor, two letters the blend
        /// anchor between them in either order (SC and CS are both 270°). Longer codes are read
        /// by their first two letters. `nil` for opposite factors (D with S, I with C), which
        /// have no blend.
        public init?(style: DISCStyle) {
            let letters = Set(style.factors.prefix(2).map(\.rawValue))
            guard let anchor = Self.allCases.first(where: { Set($0.rawValue.map(String.init)) == letters }) else {
                return nil
            }
            self = anchor
        }
    }

    public var x: Double
    public var y: Double
    /// θ in degrees, 0 ≤ θ < 360; `nil` at the origin (a flat composite has no direction).
    public var angle: Double?
    /// The anchor closest to θ (the first in ``Anchor/allCases`` order when θ lies halfway).
    public var nearestAnchor: Anchor?
    /// The angular distance from θ to the nearest anchor, in degrees.
    public var anchorDistance: Double?

    /// The position of a composite (D, I, S, C).
    public init(composite: DISCFactorValues<Double>) {
        x = ((composite.i + composite.s) - (composite.d + composite.c)) / 2
        y = ((composite.d + composite.i) - (composite.s + composite.c)) / 2
        guard x != 0 || y != 0 else { return }
        var degrees = atan2(y, x) * 180 / .pi
        if degrees < 0 { degrees += 360 }
        if degrees >= 360 { degrees -= 360 }
        angle = degrees
        let nearest = Anchor.allCases.min { Self.angularDistance($0.angle, degrees) < Self.angularDistance($1.angle, degrees) }!
        nearestAnchor = nearest
        anchorDistance = Self.angularDistance(nearest.angle, degrees)
    }

    /// The position of an integer composite.
    public init(composite: DISCFactorValues<Int>) {
        self.init(composite: composite.map(Double.init))
    }

    /// The angular distance Δ from θ to `target`'s anchor, in degrees (0…180); `nil` when
    /// either has no angle.
    public func angularDistance(to target: DISCStyle) -> Double? {
        guard let angle, let anchor = Anchor(style: target) else { return nil }
        return Self.angularDistance(angle, anchor.angle)
    }

    /// fit = cos Δ to `target`'s anchor: 1 same direction, 0 orthogonal, −1 opposite; `nil` when
    /// either has no angle.
    public func fit(to target: DISCStyle) -> Double? {
        angularDistance(to: target).map { cos($0 * .pi / 180) }
    }

    /// The smallest absolute difference of two angles in degrees, 0…180.
    public static func angularDistance(_ a: Double, _ b: Double) -> Double {
        let difference = abs(a - b).truncatingRemainder(dividingBy: 360)
        return min(difference, 360 - difference)
    }
}
