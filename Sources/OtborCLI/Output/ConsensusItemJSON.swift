/// One flagged stage score as scripts read it.
struct ConsensusItemJSON: Encodable {
    var stage: String
    var competency: String
    var ratings: [String: Double]
    var mean: Double
    var range: Double
    var consensus: Double?
    var rationale: String?
}
