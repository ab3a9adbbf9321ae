import Foundation
import OtborCore
import OtborStore
import PostgresNIO

extension PostgresStore {
    /// Everything stored about one candidate.
    public func dossier(candidate id: CandidateID) async throws -> CandidateDossier {
        var found: CandidateDossier?
        try await forEachDossier(candidate: id) { found = $0 }
        guard let found else { throw StoreError.unknownCandidate(id.description) }
        return found
    }

    /// Calls `body` with the dossier of every candidate by id (or of the one given), all read from
    /// one snapshot (a `REPEATABLE READ` transaction), one dossier in memory at a time.
    public func forEachDossier(candidate: CandidateID?, _ body: (CandidateDossier) throws -> Void) async throws {
        try await read { db in
            var order = StepOrder()
            var people: [Candidate] = []
            if let candidate {
                if let person = try await self.candidate(db, id: candidate) { people = [person] }
            } else {
                people = try await candidates(db)
            }
            for person in people {
                var files: [CandidateDossier.ApplicationFile] = []
                let applications = try await db.all("""
                    SELECT \(unescaped: PostgresRows.applicationColumns) FROM application WHERE candidateId = \(person.id.rawValue) ORDER BY id
                    """, logger).map(PostgresRows.application)
                for application in applications {
                    let app = application.id.rawValue
                    var sessions: [CandidateDossier.SessionFile] = []
                    for session in try await self.sessions(db, where: "session.applicationId = \(app)") {
                        sessions.append(try await file(db, session, order: &order))
                    }
                    files.append(CandidateDossier.ApplicationFile(
                        application: application, sessions: sessions,
                        consensus: try await consensus(db, where: "consensus.applicationId = \(app)").map(\.record),
                        decisions: try await decisions(db, where: "decision.applicationId = \(app)")))
                }
                try body(CandidateDossier(candidate: person, disc: try await discResult(db, candidate: person.id), applications: files))
            }
        }
    }

    private func file(_ db: PostgresConnection, _ session: InterviewSession, order: inout StepOrder) async throws -> CandidateDossier.SessionFile {
        let id = session.id.rawValue
        typealias Answer = CandidateDossier.StoredAnswer
        func time(_ text: String) throws -> Date { try PostgresRows.time(text, "session", id) }
        var answers: [Answer] = []
        for row in try await db.all("SELECT step, score, note, answeredAt FROM rating WHERE sessionId = \(id)", logger) {
            let (step, score, note, at) = try row.decode((String, Int?, String, String).self)
            answers.append(Answer(step: step, value: .rating(score), note: note, answeredAt: try time(at)))
        }
        let stored = try await self.answers(db, sessions: [id])[id] ?? SessionAnswers()
        for row in try await db.all("SELECT item, note, answeredAt FROM checklist WHERE sessionId = \(id)", logger) {
            let (item, note, at) = try row.decode((String, String, String).self)
            answers.append(Answer(step: InterviewStep(item: item, kind: .checklist).key, value: .checklist(stored.checklists[item] ?? []),
                                  note: note, answeredAt: try time(at)))
        }
        for row in try await db.all("SELECT step, option, note, answeredAt FROM classification WHERE sessionId = \(id)", logger) {
            let (step, option, note, at) = try row.decode((String, String?, String, String).self)
            answers.append(Answer(step: step, value: .optionColumn(key: step, option: option), note: note, answeredAt: try time(at)))
        }
        for row in try await db.all("SELECT item, note, answeredAt FROM task_plan WHERE sessionId = \(id)", logger) {
            let (item, note, at) = try row.decode((String, String, String).self)
            answers.append(Answer(step: InterviewStep(item: item, kind: .plan).key,
                                  value: .plan(stored.plans[item] ?? WorkingDayPlan(entries: [])), note: note, answeredAt: try time(at)))
        }
        let steps = try await order.steps(db, self, guideHash: session.guideHash)
        answers.sort {
            (steps[$0.step] ?? Int.max, $0.answeredAt, $0.step) < (steps[$1.step] ?? Int.max, $1.answeredAt, $1.step)
        }
        let flags = try await redFlags(db, sessions: [id])[id] ?? []
        return CandidateDossier.SessionFile(session: session, answers: answers, redFlags: flags)
    }
}

/// The position of each step key in the guides sessions recorded, read once per export.
private struct StepOrder {
    private var known: [String: [String: Int]] = [:]

    /// Empty when the snapshot cannot be read (the answers are then ordered by time).
    mutating func steps(_ db: PostgresConnection, _ store: PostgresStore, guideHash: String) async throws -> [String: Int] {
        if let order = known[guideHash] { return order }
        var order: [String: Int] = [:]
        if let guide = try? await store.snapshot(db, hash: guideHash) as InterviewGuide {
            for (index, step) in guide.steps.enumerated() where order[step.key] == nil { order[step.key] = index }
        }
        known[guideHash] = order
        return order
    }
}
