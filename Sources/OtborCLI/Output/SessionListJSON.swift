import OtborCore

/// A session as `interview list --format json` prints it.
struct SessionListJSON: Encodable {
    struct CandidateRef: Encodable {
        var id: CandidateID
        var name: String
    }

    var id: SessionID
    var candidate: CandidateRef
    var profile: String
    var guide: String
    var stageKind: String
    var assessor: String
    var groupRun: String?
    var status: String
    var answered: Int
    var steps: Int
    var activeSeconds: Double
    var plannedMinutes: Int
    var startedAt: String
    var updatedAt: String
    var submittedAt: String?
}
