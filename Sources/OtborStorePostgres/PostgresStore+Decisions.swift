import Foundation
import OtborCore
import OtborStore
import PostgresNIO

extension PostgresStore {
    /// Records a consensus rating for a stage and competency of the candidate's application;
    /// the earlier assessor ratings stay as they were. Audited.
    public func recordConsensus(candidate: CandidateID, profile: String, consensus: Consensus, actor: String) async throws {
        try await write(signalling: "candidate:\(candidate)") { db in
            let application = try await existingApplication(db, candidate: candidate, profile: profile)
            try await db.run("""
                INSERT INTO consensus (applicationId, guide, competency, value, rationale, recordedBy, recordedAt)
                VALUES (\(application.id.rawValue), \(consensus.stage), \(consensus.competency), \(consensus.value),
                        \(consensus.rationale), \(actor), \(now))
                """, logger)
            try await audit(db, actor: actor, action: .consensusRecord, subject: "application:\(application.id)",
                            detail: "\(consensus.stage) \(consensus.competency) \(consensus.value)")
        }
    }

    /// The decision on an application, with its reason; sets the retention deadline (F21).
    public func recordDecision(candidate: CandidateID, profile: String, decision: Decision, reason: String, actor: String) async throws {
        guard !reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw StoreError.invalid("a decision needs a reason")
        }
        try await write(signalling: "candidate:\(candidate)") { db in
            let application = try await existingApplication(db, candidate: candidate, profile: profile)
            guard var person = try await candidateForUpdate(db, id: candidate) else { throw StoreError.unknownCandidate(candidate.description) }
            try await db.run("""
                INSERT INTO decision (applicationId, decision, reason, decidedBy, decidedAt)
                VALUES (\(application.id.rawValue), \(decision.rawValue), \(reason), \(actor), \(now))
                """, logger)
            try await updateDeadline(db, of: &person)
            try await audit(db, actor: actor, action: .decisionRecord, subject: "application:\(application.id)", detail: decision.rawValue)
        }
    }

    private func existingApplication(_ db: PostgresConnection, candidate: CandidateID, profile: String) async throws -> Application {
        guard let application = try await db.all("""
            SELECT \(unescaped: PostgresRows.applicationColumns) FROM application
            WHERE candidateId = \(candidate.rawValue) AND profile = \(profile)
            """, logger).first.map(PostgresRows.application) else {
            throw StoreError.invalid("candidate \(candidate) has no application for \(profile)")
        }
        return application
    }

    /// Decisions on a candidate's applications, oldest first.
    public func decisions(candidate: CandidateID) async throws -> [DecisionRecord] {
        try await read { db in try await decisions(db, where: "application.candidateId = \(candidate.rawValue)") }
    }

    func decisions(_ db: PostgresConnection, where condition: PostgresQuery) async throws -> [DecisionRecord] {
        var query: PostgresQuery = """
            SELECT \(unescaped: PostgresRows.decisionColumns) FROM decision JOIN application ON application.id = decision.applicationId WHERE
            """
        query.sql += " " + condition.sql + " ORDER BY decision.id"
        query.binds = condition.binds
        return try await db.all(query, logger).map(PostgresRows.decision)
    }

    /// Consensus ratings of the candidate's application for `profile`, oldest first.
    public func consensusRecords(candidate: CandidateID, profile: String) async throws -> [ConsensusRecord] {
        try await read { db in
            try await consensus(db, where: "application.candidateId = \(candidate.rawValue) AND application.profile = \(profile)").map(\.record)
        }
    }

    func consensus(_ db: PostgresConnection, where condition: PostgresQuery) async throws -> [(application: ApplicationID, record: ConsensusRecord)] {
        var query: PostgresQuery = """
            SELECT \(unescaped: PostgresRows.consensusColumns) FROM consensus JOIN application ON application.id = consensus.applicationId WHERE
            """
        query.sql += " " + condition.sql + " ORDER BY consensus.id"
        query.binds = condition.binds
        return try await db.all(query, logger).compactMap(PostgresRows.consensus)
    }

    // MARK: DISC

    /// Saves the candidate's answers to the DISC inventory and their scored result, replacing an
    /// earlier result and answers, in one transaction.
    public func saveDISC(candidate: CandidateID, answers: DISCAnswers, result: DISCResult, source: DISCSource, actor: String) async throws {
        let stored = StoredDISCResult(
            candidateId: candidate, composite: result.composite, groupCount: result.groupCount,
            most: result.most, least: result.least, source: source, takenAt: clock())
        try await saveDISC(stored, answers: answers.answers, actor: actor)
    }

    /// Saves Graph III values from another tool, replacing an earlier result. Refused unless they
    /// sum to 0 and each lies within ±groupCount.
    public func saveDISC(candidate: CandidateID, composite: DISCFactorValues<Int>, groupCount: Int, source: DISCSource, actor: String) async throws {
        let problems = StoredDISCResult.problems(composite: composite, groupCount: groupCount)
        guard problems.isEmpty else { throw StoreError.invalid(problems.map(\.description).joined(separator: "; ")) }
        let stored = StoredDISCResult(candidateId: candidate, composite: composite, groupCount: groupCount, source: source, takenAt: clock())
        try await saveDISC(stored, answers: [], actor: actor)
    }

    private func saveDISC(_ result: StoredDISCResult, answers: [DISCAnswers.Answer], actor: String) async throws {
        try await write { db in
            guard try await candidateForUpdate(db, id: result.candidateId) != nil else {
                throw StoreError.unknownCandidate(result.candidateId.description)
            }
            let candidate = result.candidateId.rawValue
            try await db.run("DELETE FROM disc_answer WHERE candidateId = \(candidate)", logger)
            try await db.run("DELETE FROM disc_result WHERE candidateId = \(candidate)", logger)
            for (index, answer) in answers.enumerated() {
                try await db.run("""
                    INSERT INTO disc_answer (candidateId, groupIndex, most, least)
                    VALUES (\(candidate), \(index), \(answer.most.rawValue), \(answer.least.rawValue))
                    """, logger)
            }
            let composite = result.composite, most = result.most, least = result.least
            try await db.run("""
                INSERT INTO disc_result (\(unescaped: PostgresRows.discColumns))
                VALUES (\(candidate), \(composite.d), \(composite.i), \(composite.s), \(composite.c), \(result.groupCount),
                        \(most?.d), \(most?.i), \(most?.s), \(most?.c), \(least?.d), \(least?.i), \(least?.s), \(least?.c),
                        \(result.source.rawValue), \(now))
                """, logger)
            try await audit(db, actor: actor, action: .discSave, subject: "candidate:\(candidate)",
                            detail: "\(result.source.rawValue) D\(composite.d) I\(composite.i) S\(composite.s) C\(composite.c) of \(result.groupCount)")
        }
    }

    /// The candidate's stored DISC result, or `nil` when there is none.
    public func discResult(candidate: CandidateID) async throws -> StoredDISCResult? {
        try await read { db in try await discResult(db, candidate: candidate) }
    }

    func discResult(_ db: PostgresConnection, candidate: CandidateID) async throws -> StoredDISCResult? {
        try await db.all("SELECT \(unescaped: PostgresRows.discColumns) FROM disc_result WHERE candidateId = \(candidate.rawValue)", logger)
            .first.map(PostgresRows.disc)
    }

    /// The stored DISC results of every candidate who has one, by candidate id.
    public func discResults() async throws -> [CandidateID: StoredDISCResult] {
        try await read { db in
            let results = try await db.all("SELECT \(unescaped: PostgresRows.discColumns) FROM disc_result", logger).map(PostgresRows.disc)
            return Dictionary(results.map { ($0.candidateId, $0) }, uniquingKeysWith: { first, _ in first })
        }
    }

    /// The stored answers of the candidate's DISC inventory in the order given. Empty after an import.
    public func discAnswers(candidate: CandidateID) async throws -> [DISCChoice] {
        try await read { db in
            try await db.all("""
                SELECT most, least FROM disc_answer WHERE candidateId = \(candidate.rawValue) ORDER BY groupIndex
                """, logger).compactMap { row in
                let (most, least) = try row.decode((String, String).self)
                guard let most = DISCFactor(rawValue: most), let least = DISCFactor(rawValue: least) else { return nil }
                return DISCChoice(most: most, least: least)
            }
        }
    }
}
