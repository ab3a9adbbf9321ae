import Foundation

/// Otbor's anchored rating scale 1…5: the only place its ends are written down. Assessors rate
/// in whole points; consensus ratings may take half points; computed scores (means, converted
/// ratings) are real numbers kept inside the scale.
public enum RatingScale {
    /// The lowest rating.
    public static let minimum = 1
    /// The highest rating.
    public static let maximum = 5
    /// Every valid rating.
    public static let levels = minimum...maximum
    /// The number of scale points, A in F1 (5).
    public static let points = maximum - minimum + 1
    /// The scale as real numbers, for scores.
    public static let bounds = Double(minimum)...Double(maximum)

    /// Two scores closer than this are the same score. It absorbs floating-point rounding only
    /// (5 on items weighted 0.1 and 0.2 averages 4.999999999999999), far below any difference
    /// ratings can make.
    public static let tolerance = 1e-9

    /// The rating a person wrote: one digit on the scale, nothing else ("3"; not "+3", "03",
    /// "0x4" or "3.0"), surrounding spaces ignored; `nil` otherwise.
    public static func rating(written text: some StringProtocol) -> Int? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.count == 1, let digit = trimmed.first?.wholeNumberValue, trimmed.first!.isASCII,
              contains(digit) else { return nil }
        return digit
    }

    /// Whether `value` is a rating on the scale.
    public static func contains(_ value: Int) -> Bool { levels.contains(value) }

    /// Whether `value` lies on the scale, ends included.
    public static func contains(_ value: Double) -> Bool { bounds.contains(value) }

    /// Whether `value` is on the scale in steps of 0.5 (1, 1.5, …, 5): a valid consensus rating.
    public static func isHalfStep(_ value: Double) -> Bool {
        contains(value) && (value * 2).rounded() == value * 2
    }

    /// Every valid consensus rating, ascending: 1, 1.5, …, 5.
    public static var halfSteps: [Double] {
        Array(stride(from: bounds.lowerBound, through: bounds.upperBound, by: 0.5))
    }

    /// `value` moved to the nearest end when it falls outside the scale.
    public static func clamp(_ value: Double) -> Double {
        min(bounds.upperBound, max(bounds.lowerBound, value))
    }

    /// The point a share of the way up the scale: 0 → 1, 1 → 5 (1 + 4·share).
    public static func value(atShare share: Double) -> Double {
        bounds.lowerBound + (bounds.upperBound - bounds.lowerBound) * share
    }

    /// How far up the scale `value` lies: 1 → 0, 5 → 1 ((value − 1)/4).
    public static func share(of value: Double) -> Double {
        (value - bounds.lowerBound) / (bounds.upperBound - bounds.lowerBound)
    }
}
