/// P(A outranks B) by the normal approximation (F15).
public enum Outranking {
    /// Φ((μA − μB)/√(σA² + σB²)); with no uncertainty on either side, 1, ½ or 0.
    public static func probability(meanA: Double, seA: Double, meanB: Double, seB: Double) -> Double {
        let spread = (seA * seA + seB * seB).squareRoot()
        guard spread > 0 else { return meanA > meanB ? 1 : meanA < meanB ? 0 : 0.5 }
        return NormalDistribution.cdf((meanA - meanB) / spread)
    }

    /// Neighbours whose P lies strictly between these bounds are reported as not separable; P of
    /// exactly 0.2 or 0.8 is separable (Docs/Scoring.md §5).
    public static let notSeparable = 0.2...0.8

    /// Whether a probability is far enough from a coin toss to rank the pair: P ≤ 0.2 or P ≥ 0.8.
    public static func isSeparable(_ probability: Double) -> Bool {
        !(probability > notSeparable.lowerBound && probability < notSeparable.upperBound)
    }
}
