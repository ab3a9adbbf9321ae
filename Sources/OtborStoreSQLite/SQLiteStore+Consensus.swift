import GRDB
import OtborCore
import OtborStore

extension SQLiteStore {
    /// Records a consensus rating for a stage and competency of the candidate's application;
    /// the earlier assessor ratings stay as they were. Audited.
    public func recordConsensus(candidate: CandidateID, profile: String, consensus: Consensus, actor: String) throws {
        try write(signalling: "candidate:\(candidate)") { db in
            let application = try existingApplication(db, candidate: candidate, profile: profile)
            try db.execute(sql: """
                INSERT INTO consensus (applicationId, guide, competency, value, rationale, recordedBy, recordedAt)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [application.id.rawValue, consensus.stage, consensus.competency, consensus.value,
                                 consensus.rationale, actor, now])
            try audit(db, actor: actor, action: .consensusRecord, subject: "application:\(application.id)",
                      detail: "\(consensus.stage) \(consensus.competency) \(consensus.value)")
        }
    }

    /// The decision on an application, with its reason; sets the retention deadline (F21).
    public func recordDecision(candidate: CandidateID, profile: String, decision: Decision, reason: String, actor: String) throws {
        guard !reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw StoreError.invalid("a decision needs a reason")
        }
        try write(signalling: "candidate:\(candidate)") { db in
            let application = try existingApplication(db, candidate: candidate, profile: profile)
            guard var person = try CandidateRows.one(db, id: candidate) else { throw StoreError.unknownCandidate(candidate.description) }
            try db.execute(sql: """
                INSERT INTO decision (applicationId, decision, reason, decidedBy, decidedAt) VALUES (?, ?, ?, ?, ?)
                """, arguments: [application.id.rawValue, decision.rawValue, reason, actor, now])
            try updateDeadline(db, of: &person)
            try audit(db, actor: actor, action: .decisionRecord, subject: "application:\(application.id)", detail: decision.rawValue)
        }
    }

    private func existingApplication(_ db: Database, candidate: CandidateID, profile: String) throws -> Application {
        guard let application = try ApplicationRows.one(db, candidate: candidate, profile: profile) else {
            throw StoreError.invalid("candidate \(candidate) has no application for \(profile)")
        }
        return application
    }

    /// Decisions on a candidate's applications, oldest first.
    public func decisions(candidate: CandidateID) throws -> [DecisionRecord] {
        try read { db in
            try DecisionRows.fetch(db, where: "application.candidateId = ?", arguments: [candidate.rawValue])
        }
    }

    /// Consensus ratings of the candidate's application for `profile`, oldest first.
    public func consensusRecords(candidate: CandidateID, profile: String) throws -> [ConsensusRecord] {
        try read { db in
            try ConsensusRows.fetch(db, where: "application.candidateId = ? AND application.profile = ?",
                                    arguments: [candidate.rawValue, profile]).map(\.record)
        }
    }
}
