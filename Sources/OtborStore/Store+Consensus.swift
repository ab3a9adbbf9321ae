import GRDB
import OtborCore

extension Store {
    /// Records a consensus rating for a stage and competency of the candidate's application;
    /// the earlier assessor ratings stay as they were. Audited.
    public func recordConsensus(
        candidate: Int64, profile: String, consensus: Consensus, actor: String
    ) throws {
        try write { db in
            guard let app = try Application.filter(Column("candidateId") == candidate && Column("profile") == profile).fetchOne(db) else {
                throw StoreError.invalid("candidate \(candidate) has no application for \(profile)")
            }
            try db.execute(sql: """
                INSERT INTO consensus (applicationId, guide, competency, value, rationale, recordedBy, recordedAt)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [app.id, consensus.stage, consensus.competency, consensus.value, consensus.rationale, actor, now])
            try audit(db, actor: actor, action: "consensus.record", subject: "application:\(app.id!)",
                      detail: "\(consensus.stage) \(consensus.competency) \(consensus.value)")
        }
    }

    /// The decision on an application, with its reason; sets the retention deadline (F21).
    public func recordDecision(
        candidate: Int64, profile: String, decision: String, reason: String, actor: String
    ) throws {
        guard ["advance", "hold", "reject", "hire"].contains(decision) else {
            throw StoreError.invalid("decision '\(decision)' is not one of advance, hold, reject, hire")
        }
        guard !reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw StoreError.invalid("a decision needs a reason")
        }
        try write { db in
            guard let app = try Application.filter(Column("candidateId") == candidate && Column("profile") == profile).fetchOne(db),
                  var person = try Candidate.fetchOne(db, key: candidate) else {
                throw StoreError.invalid("candidate \(candidate) has no application for \(profile)")
            }
            try db.execute(sql: """
                INSERT INTO decision (applicationId, decision, reason, decidedBy, decidedAt) VALUES (?, ?, ?, ?, ?)
                """, arguments: [app.id, decision, reason, actor, now])
            person.retentionDeadline = try retentionDeadline(db, candidate: person)?.destroyBy.description
            try person.update(db)
            try audit(db, actor: actor, action: "decision.record", subject: "application:\(app.id!)", detail: decision)
        }
    }

    /// Decisions on a candidate's applications, oldest first.
    public func decisions(candidate: Int64) throws -> [(profile: String, decision: String, reason: String, by: String, at: String)] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT application.profile, decision, reason, decidedBy, decidedAt FROM decision
                JOIN application ON application.id = decision.applicationId WHERE application.candidateId = ? ORDER BY decision.id
                """, arguments: [candidate]).map { ($0[0], $0[1], $0[2], $0[3], $0[4]) }
        }
    }
}

extension Store {
    /// A consensus as recorded, with its author and time.
    public struct ConsensusRecord: Sendable, Hashable {
        public var consensus: Consensus
        public var recordedBy: String
        public var recordedAt: String
    }

    /// Consensus ratings of the candidate's application for `profile`, oldest first.
    public func consensusRecords(candidate: Int64, profile: String) throws -> [ConsensusRecord] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT consensus.guide, competency, value, rationale, recordedBy, recordedAt FROM consensus
                JOIN application ON application.id = consensus.applicationId
                WHERE application.candidateId = ? AND application.profile = ? ORDER BY consensus.id
                """, arguments: [candidate, profile]).compactMap { row in
                Consensus(stage: row[0], competency: row[1], value: row[2], rationale: row[3])
                    .map { ConsensusRecord(consensus: $0, recordedBy: row[4], recordedAt: row[5]) }
            }
        }
    }
}
