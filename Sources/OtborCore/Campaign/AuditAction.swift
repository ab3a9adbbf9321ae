/// What an audit line records; the raw value is the text stored in the log.
public enum AuditAction: String, Sendable, Hashable, Codable, CaseIterable {
    case candidateAdd = "candidate.add"
    case consentWithdrawn = "candidate.consent-withdrawn"
    case candidateErase = "candidate.erase"
    case sessionStart = "session.start"
    case sessionPause = "session.pause"
    case sessionResume = "session.resume"
    case sessionSubmit = "session.submit"
    case sessionImport = "session.import"
    case answerRecord = "answer.record"
    case redFlagRecord = "red-flag.record"
    case consensusRecord = "consensus.record"
    case decisionRecord = "decision.record"
    case discSave = "disc.save"
}
