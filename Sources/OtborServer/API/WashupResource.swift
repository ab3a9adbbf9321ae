import OtborCore
import OtborServices

/// The wash-up of one stage of a candidate as the API shows it: each competency with every
/// assessor's rating side by side, the mean suggested, whether it is flagged, the values a
/// consensus may take and the consensus recorded.
struct WashupResource: Encodable, Sendable {
    struct ScoreJSON: Encodable, Sendable {
        var competency: String
        /// Assessor → rating (the mean of their ratings of the competency in the stage).
        var ratings: [String: Double]
        /// Assessor → their evidence note lines on the steps that rate the competency.
        var notes: [String: [String]]
        var mean: Double
        var flagged: Bool
        var allowed: [Double]
        var consensus: ConsensusJSON?
    }

    struct ConsensusJSON: Encodable, Sendable {
        var value: Double
        var rationale: String
    }

    var candidate: Int64
    var profile: String
    var stage: String
    var scores: [ScoreJSON]

    init(_ washup: PanelConsensus.Washup, candidate: CandidateID) {
        self.candidate = candidate.rawValue
        profile = washup.profile
        stage = washup.stage
        scores = washup.scores.map { score in
            let notes = Dictionary(score.assessors.map { ($0, washup.notes(score.competency, by: $0)) }, uniquingKeysWith: { first, _ in first })
            return ScoreJSON(competency: score.competency, ratings: score.byAssessor, notes: notes, mean: score.aggregate.mean,
                      flagged: score.aggregate.isFlagged,
                      allowed: score.aggregate.isFlagged ? RatingScale.halfSteps : [],
                      consensus: score.consensus.map { ConsensusJSON(value: $0.value, rationale: $0.rationale) })
        }
    }
}

/// The body of `POST /api/v1/candidates/{id}/consensus`.
struct ConsensusBody: Decodable, Sendable {
    var stage: String
    var competency: String
    var value: Double
    var rationale: String
    var profile: String?

    static let shape = #"{"stage": "…", "competency": "…", "value": 3.5, "rationale": "…"}"#
}
