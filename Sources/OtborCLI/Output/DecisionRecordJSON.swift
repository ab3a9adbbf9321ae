import OtborCore

/// What `decide --format json` prints.
struct DecisionRecordJSON: Encodable {
    var candidate: CandidateID
    var profile: String
    var decision: String
    var reason: String
    var decidedBy: String
    var decidedAt: String
    var retention: DossierJSON.RetentionJSON
}
