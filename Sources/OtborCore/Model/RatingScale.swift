/// Otbor's anchored rating scale: integers 1…5.
public enum RatingScale {
    /// The lowest rating.
    public static let minimum = 1
    /// The highest rating.
    public static let maximum = 5
    /// Every valid rating.
    public static let levels = minimum...maximum

    /// Whether `value` is a rating on the scale.
    public static func contains(_ value: Int) -> Bool { levels.contains(value) }
}
