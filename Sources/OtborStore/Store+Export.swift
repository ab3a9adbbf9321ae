import Foundation
import GRDB
import OtborCore

extension Store {
    /// Everything stored about one candidate.
    public func dossier(candidate id: Int64) throws -> CandidateDossier {
        var found: CandidateDossier?
        try forEachDossier(candidate: id) { found = $0 }
        guard let found else { throw StoreError.unknownCandidate(String(id)) }
        return found
    }

    /// Calls `body` with the dossier of every candidate by id (or of the one candidate given),
    /// all read from one consistent snapshot of the database. One dossier is in memory at a time,
    /// so an export of a large campaign streams. `body` must not use the store.
    public func forEachDossier(candidate: Int64? = nil, _ body: (CandidateDossier) throws -> Void) throws {
        // Not `read`, which retries on busy: `body` may already have written output.
        try pool.read { db in
            var reader = DossierReader(db: db)
            let request = candidate.map { Candidate.filter(key: $0) } ?? Candidate.order(Column("id"))
            let people = try request.fetchCursor(db)
            while let person = try people.next() {
                try body(try reader.dossier(of: person))
            }
        }
    }
}

/// Reads the parts of a dossier with cached, parameterised statements.
private struct DossierReader {
    let db: Database
    /// Step keys of each guide snapshot in the guide's order.
    private var stepOrder: [String: [String: Int]] = [:]

    init(db: Database) {
        self.db = db
    }

    mutating func dossier(of candidate: Candidate) throws -> CandidateDossier {
        let applications = try Application.fetchAll(
            try db.cachedStatement(sql: "SELECT * FROM application WHERE candidateId = ? ORDER BY id"),
            arguments: [candidate.id])
        var files: [CandidateDossier.ApplicationFile] = []
        for application in applications { files.append(try file(application)) }
        return CandidateDossier(candidate: candidate, disc: try disc(candidate: candidate.id!), applications: files)
    }

    private func rows(_ sql: String, _ argument: Int64?) throws -> [Row] {
        try Row.fetchAll(try db.cachedStatement(sql: sql), arguments: [argument])
    }

    private mutating func file(_ application: Application) throws -> CandidateDossier.ApplicationFile {
        let sessions = try InterviewSession.fetchAll(
            try db.cachedStatement(sql: "SELECT * FROM session WHERE applicationId = ? ORDER BY id"),
            arguments: [application.id])
        let consensus = try rows("""
            SELECT guide, competency, value, rationale, recordedBy, recordedAt FROM consensus WHERE applicationId = ? ORDER BY id
            """, application.id).map {
            CandidateDossier.ConsensusRating(guide: $0["guide"], competency: $0["competency"], value: $0["value"],
                                             rationale: $0["rationale"], recordedBy: $0["recordedBy"], recordedAt: $0["recordedAt"])
        }
        let decisions = try rows("""
            SELECT decision, reason, decidedBy, decidedAt FROM decision WHERE applicationId = ? ORDER BY id
            """, application.id).map {
            CandidateDossier.Decision(decision: $0["decision"], reason: $0["reason"], decidedBy: $0["decidedBy"], decidedAt: $0["decidedAt"])
        }
        var files: [CandidateDossier.SessionFile] = []
        for session in sessions { files.append(try file(session)) }
        return CandidateDossier.ApplicationFile(application: application, sessions: files,
                                                consensus: consensus, decisions: decisions)
    }

    private mutating func file(_ session: InterviewSession) throws -> CandidateDossier.SessionFile {
        let id = session.id
        typealias Answer = CandidateDossier.StoredAnswer
        var answers: [Answer] = []
        for row in try rows("SELECT step, score, note, answeredAt FROM rating WHERE sessionId = ?", id) {
            answers.append(Answer(step: row["step"], value: .rating(row["score"]), note: row["note"], answeredAt: row["answeredAt"]))
        }
        var ticks: [String: Set<String>] = [:]
        for row in try rows("SELECT item, behaviour FROM checklist_tick WHERE sessionId = ?", id) {
            ticks[row["item"], default: []].insert(row["behaviour"])
        }
        for row in try rows("SELECT item, note, answeredAt FROM checklist WHERE sessionId = ?", id) {
            let item: String = row["item"]
            answers.append(Answer(step: InterviewStep(item: item, kind: .checklist).key, value: .checklist(ticks[item] ?? []),
                                  note: row["note"], answeredAt: row["answeredAt"]))
        }
        for row in try rows("SELECT step, option, note, answeredAt FROM classification WHERE sessionId = ?", id) {
            answers.append(Answer(step: row["step"], value: .classification(row["option"]), note: row["note"], answeredAt: row["answeredAt"]))
        }
        var entries: [String: [WorkingDayPlan.Entry]] = [:]
        for row in try rows("SELECT item, task, kept, minutes FROM task_plan_entry WHERE sessionId = ? ORDER BY item, position", id) {
            entries[row["item"], default: []].append(WorkingDayPlan.Entry(task: row["task"], kept: row["kept"], minutes: row["minutes"]))
        }
        for row in try rows("SELECT item, note, answeredAt FROM task_plan WHERE sessionId = ?", id) {
            let item: String = row["item"]
            answers.append(Answer(step: InterviewStep(item: item, kind: .plan).key, value: .plan(WorkingDayPlan(entries: entries[item] ?? [])),
                                  note: row["note"], answeredAt: row["answeredAt"]))
        }
        let order = try steps(of: session.guideHash)
        answers.sort {
            (order[$0.step] ?? Int.max, $0.answeredAt, $0.step) < (order[$1.step] ?? Int.max, $1.answeredAt, $1.step)
        }
        let flags = try rows("SELECT flag, note FROM red_flag WHERE sessionId = ? ORDER BY flag", id).map {
            CandidateDossier.RedFlag(flag: $0["flag"], note: $0["note"])
        }
        return CandidateDossier.SessionFile(session: session, answers: answers, redFlags: flags)
    }

    /// The position of each step key in the guide the session recorded; empty when the snapshot
    /// cannot be read (the answers are then ordered by time).
    private mutating func steps(of guideHash: String) throws -> [String: Int] {
        if let known = stepOrder[guideHash] { return known }
        var order: [String: Int] = [:]
        if let json = try Data.fetchOne(try db.cachedStatement(sql: "SELECT json FROM content_snapshot WHERE hash = ?"), arguments: [guideHash]),
           let guide = try? JSONDecoder().decode(InterviewGuide.self, from: json) {
            for (index, step) in guide.steps.enumerated() where order[step.key] == nil { order[step.key] = index }
        }
        stepOrder[guideHash] = order
        return order
    }

    private func disc(candidate: Int64) throws -> StoredDISCResult? {
        try rows("SELECT * FROM disc_result WHERE candidateId = ?", candidate).first.map(Store.discResult)
    }
}
