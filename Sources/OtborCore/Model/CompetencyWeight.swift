/// How much of a rating counts towards a competency.
public struct CompetencyWeight: Sendable, Hashable, Codable {
    public var competency: String
    /// Weight greater than zero; weights of one rating are normalised by their sum.
    public var weight: Double

    public init(competency: String, weight: Double) {
        self.competency = competency
        self.weight = weight
    }
}
