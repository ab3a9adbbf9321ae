import OtborCore
import OtborStore

/// The scorecard document with the candidate and the sessions it rests on: what
/// `otbor score --format json` prints and `GET /api/v1/candidates/{id}/scorecard` answers.
public struct CandidateScoreDocument: Encodable, Sendable {
    public var evidence: CandidateEvidence
    public var card: Scorecard
    public var disc: DISCContext
    /// Notes on profiles and guides whose files changed since the sessions recorded them.
    public var contentChanges: [String]

    public init(evidence: CandidateEvidence, card: Scorecard, disc: DISCContext, contentChanges: [String]) {
        self.evidence = evidence
        self.card = card
        self.disc = disc
        self.contentChanges = contentChanges
    }

    private enum Keys: String, CodingKey {
        case candidate, sessions, pendingConsensus, strengths, gaps, contentChanges
    }

    public func encode(to encoder: any Encoder) throws {
        try ScorecardDocument(card, discTarget: disc.target, style: disc.style, fit: disc.fit).encode(to: encoder)
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(["id": evidence.candidate.id.description, "name": evidence.candidate.name], forKey: .candidate)
        try container.encode(evidence.sessions.map { SessionSummary($0) }, forKey: .sessions)
        try container.encode(card.pendingConsensus.map { ["stage": $0.stage, "competency": $0.competency] }, forKey: .pendingConsensus)
        try container.encode(card.strengths.map(\.competency), forKey: .strengths)
        try container.encode(card.gaps.map(\.competency), forKey: .gaps)
        try container.encode(contentChanges, forKey: .contentChanges)
    }

    struct SessionSummary: Encodable, Sendable {
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
