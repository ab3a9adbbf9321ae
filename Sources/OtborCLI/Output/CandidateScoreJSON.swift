import OtborCore
import OtborServices
import OtborStore

/// The scorecard document with the candidate and the sessions it rests on.
struct CandidateScoreJSON: Encodable {
    var evidence: CandidateEvidence
    var card: Scorecard
    var disc: DISCContext
    var contentChanges: [String]

    private enum Keys: String, CodingKey {
        case candidate, sessions, pendingConsensus, strengths, gaps, contentChanges
    }

    func encode(to encoder: any Encoder) throws {
        try ScorecardDocument(card, discTarget: disc.target, style: disc.style, fit: disc.fit).encode(to: encoder)
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(["id": evidence.candidate.id.description, "name": evidence.candidate.name], forKey: .candidate)
        try container.encode(evidence.sessions.map { SessionSummary($0) }, forKey: .sessions)
        try container.encode(card.pendingConsensus.map { ["stage": $0.stage, "competency": $0.competency] }, forKey: .pendingConsensus)
        try container.encode(card.strengths.map(\.competency), forKey: .strengths)
        try container.encode(card.gaps.map(\.competency), forKey: .gaps)
        try container.encode(contentChanges, forKey: .contentChanges)
    }

    struct SessionSummary: Encodable {
        var id: SessionID
        var guide: String
        var assessor: String
        var submittedAt: String?
        var guideHash: String

        init(_ session: InterviewSession) {
            id = session.id
            guide = session.guide
            assessor = session.assessor
            submittedAt = session.submittedAt.map(StoreTime.format)
            guideHash = session.guideHash
        }
    }
}
