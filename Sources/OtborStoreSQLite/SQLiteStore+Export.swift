import Foundation
import GRDB
import OtborCore
import OtborStore

extension SQLiteStore {
    /// Everything stored about one candidate.
    public func dossier(candidate id: CandidateID) throws -> CandidateDossier {
        var found: CandidateDossier?
        try forEachDossier(candidate: id) { found = $0 }
        guard let found else { throw StoreError.unknownCandidate(id.description) }
        return found
    }

    /// Calls `body` with the dossier of every candidate by id (or of the one candidate given),
    /// all read from one consistent snapshot of the database. One dossier is in memory at a time,
    /// so an export of a large campaign streams. `body` must not use the store.
    public func forEachDossier(candidate: CandidateID? = nil, _ body: (CandidateDossier) throws -> Void) throws {
        // Not retried on busy: `body` may already have written output.
        try guarded(retrying: false) {
            try pool.read { db in
                var reader = DossierReader(db: db)
                let ids = try candidate.map { [$0.rawValue] } ?? Int64.fetchAll(db, sql: "SELECT id FROM candidate ORDER BY id")
                for id in ids {
                    guard let person = try CandidateRows.one(db, id: CandidateID(id)) else { continue }
                    try body(try reader.dossier(of: person))
                }
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
        let applications = try ApplicationRows.fetch(db, where: "application.candidateId = ?", arguments: [candidate.id.rawValue])
        var files: [CandidateDossier.ApplicationFile] = []
        for application in applications { files.append(try file(application)) }
        return CandidateDossier(candidate: candidate, disc: try disc(candidate: candidate.id), applications: files)
    }

    private func rows(_ sql: String, _ argument: Int64) throws -> [Row] {
        try Row.fetchAll(try db.cachedStatement(sql: sql), arguments: [argument])
    }

    private func time(_ text: String) throws -> Date {
        guard let date = StoreTime.parse(text) else { throw StoreError.invalid("the database is damaged: '\(text.prefix(30))' is not a time") }
        return date
    }

    private mutating func file(_ application: Application) throws -> CandidateDossier.ApplicationFile {
        let sessions = try SessionRows.fetch(db, where: "session.applicationId = ?", arguments: [application.id.rawValue])
        let consensus = try ConsensusRows.fetch(db, where: "consensus.applicationId = ?", arguments: [application.id.rawValue]).map(\.record)
        let decisions = try DecisionRows.fetch(db, where: "decision.applicationId = ?", arguments: [application.id.rawValue])
        var files: [CandidateDossier.SessionFile] = []
        for session in sessions { files.append(try file(session)) }
        return CandidateDossier.ApplicationFile(application: application, sessions: files,
                                                consensus: consensus, decisions: decisions)
    }

    private mutating func file(_ session: InterviewSession) throws -> CandidateDossier.SessionFile {
        let id = session.id.rawValue
        typealias Answer = CandidateDossier.StoredAnswer
        var answers: [Answer] = []
        for row in try rows("SELECT step, score, note, answeredAt FROM rating WHERE sessionId = ?", id) {
            answers.append(Answer(step: row["step"], value: .rating(row["score"]), note: row["note"], answeredAt: try time(row["answeredAt"])))
        }
        var ticks: [String: Set<String>] = [:]
        for row in try rows("SELECT item, behaviour FROM checklist_tick WHERE sessionId = ?", id) {
            ticks[row["item"], default: []].insert(row["behaviour"])
        }
        for row in try rows("SELECT item, note, answeredAt FROM checklist WHERE sessionId = ?", id) {
            let item: String = row["item"]
            answers.append(Answer(step: InterviewStep(item: item, kind: .checklist).key, value: .checklist(ticks[item] ?? []),
                                  note: row["note"], answeredAt: try time(row["answeredAt"])))
        }
        for row in try rows("SELECT step, option, note, answeredAt FROM classification WHERE sessionId = ?", id) {
            answers.append(Answer(step: row["step"], value: .optionColumn(key: row["step"], option: row["option"]), note: row["note"], answeredAt: try time(row["answeredAt"])))
        }
        var entries: [String: [WorkingDayPlan.Entry]] = [:]
        for row in try rows("SELECT item, task, kept, minutes FROM task_plan_entry WHERE sessionId = ? ORDER BY item, position", id) {
            entries[row["item"], default: []].append(WorkingDayPlan.Entry(task: row["task"], kept: row["kept"], minutes: row["minutes"]))
        }
        for row in try rows("SELECT item, note, answeredAt FROM task_plan WHERE sessionId = ?", id) {
            let item: String = row["item"]
            answers.append(Answer(step: InterviewStep(item: item, kind: .plan).key, value: .plan(WorkingDayPlan(entries: entries[item] ?? [])),
                                  note: row["note"], answeredAt: try time(row["answeredAt"])))
        }
        let order = try steps(of: session.guideHash)
        answers.sort {
            (order[$0.step] ?? Int.max, $0.answeredAt, $0.step) < (order[$1.step] ?? Int.max, $1.answeredAt, $1.step)
        }
        let flags = try rows("SELECT flag, note FROM red_flag WHERE sessionId = ? ORDER BY flag", id).map {
            RecordedRedFlag(flag: $0["flag"], note: $0["note"])
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

    private func disc(candidate: CandidateID) throws -> StoredDISCResult? {
        try rows("SELECT * FROM disc_result WHERE candidateId = ?", candidate.rawValue).first.map(SQLiteStore.discResult)
    }
}
