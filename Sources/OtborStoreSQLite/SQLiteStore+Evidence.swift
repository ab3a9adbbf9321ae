import Foundation
import GRDB
import OtborCore
import OtborStore

extension SQLiteStore {
    /// The evidence of every candidate who applied for `profile` (or of one candidate), built from
    /// submitted sessions with the guides they recorded. A stage counts only once every session of
    /// it is submitted: no assessor sees another's ratings of a stage before submitting their own.
    public func evidence(profile: String, candidate: CandidateID? = nil) throws -> [CandidateEvidence] {
        try read { db in
            var condition = "application.profile = ?", arguments: [any DatabaseValueConvertible] = [profile]
            if let candidate { condition += " AND application.candidateId = ?"; arguments.append(candidate.rawValue) }
            let apps = try ApplicationRows.fetch(db, where: condition, arguments: StatementArguments(arguments))
            guard !apps.isEmpty else { return [] }
            let people = try candidate.map { try CandidateRows.fetch(db, where: "candidate.id = ?", arguments: [$0.rawValue]) }
                ?? CandidateRows.fetch(db, where: "candidate.id IN (SELECT candidateId FROM application WHERE profile = ?)", arguments: [profile])
            var candidates: [CandidateID: Candidate] = [:]
            candidates.reserveCapacity(people.count)
            for person in people { candidates[person.id] = person }
            let sessions = StageVisibility.panel.visible(
                try SessionRows.fetch(db, where: condition + " AND " + ConflictSQL.sessionCounts, arguments: StatementArguments(arguments)))
            var conflicts: [CandidateID: [ConflictOfInterest]] = [:]
            for conflict in try self.conflicts(db, candidate: candidate) { conflicts[conflict.candidate, default: []].append(conflict) }
            var snapshots = SnapshotCache()
            let (sheets, facts) = try assessorSheets(db, sessions: sessions, snapshots: &snapshots)
            var consensus: [ApplicationID: [Consensus]] = [:]
            for entry in try ConsensusRows.fetch(db, where: "application.profile = ?", arguments: [profile]) {
                consensus[entry.application, default: []].append(entry.record.consensus)
            }
            let flagRows = try Row.fetchAll(db, sql: """
                SELECT session.applicationId, red_flag.sessionId, red_flag.flag FROM red_flag
                JOIN session ON session.id = red_flag.sessionId
                JOIN application ON application.id = session.applicationId WHERE application.profile = ?
                """, arguments: [profile])
            let visible = flagRows.isEmpty ? [] : Set(sessions.map(\.id.rawValue))
            var flags: [ApplicationID: Set<String>] = [:]
            for row in flagRows where visible.contains(row[1]) {
                flags[ApplicationID(row[0]), default: []].insert(row[2])
            }
            var byApplication: [ApplicationID: [Int]] = [:]
            for index in sessions.indices { byApplication[sessions[index].applicationId, default: []].append(index) }
            var profiles: [String: JobProfile] = [:]
            for app in apps where profiles[app.profileHash] == nil {
                profiles[app.profileHash] = try snapshots.value(db, hash: app.profileHash) as JobProfile
            }
            // Putting each candidate's evidence together is independent of the others.
            return apps.concurrentMap { app -> CandidateEvidence? in
                guard let person = candidates[app.candidateId], let profile = profiles[app.profileHash] else { return nil }
                let mine = byApplication[app.id] ?? []
                let stages = StageRatings.grouped(mine.map { (sessions[$0].guide, sheets[$0]) })
                let screening = ScreeningResult(profile: profile, sessions: mine.compactMap { facts[$0] })
                return CandidateEvidence(candidate: person, application: app, profile: profile,
                                         sessions: mine.map { sessions[$0] }, stages: stages,
                                         consensus: consensus[app.id] ?? [], redFlags: flags[app.id] ?? [], screening: screening,
                                         conflicts: conflicts[app.candidateId] ?? [])
            }.compactMap { $0 }
        }
    }

    /// The sheet of each session, in the order given: ratings by ``RatingScan``, checklists,
    /// classifications and plans by ``otherAnswers(_:sessions:)``, turned into item ratings by the
    /// plan of each session's recorded guide; with the guide and answers of each session that
    /// recorded a screening fact, by session index.
    private func assessorSheets(
        _ db: Database, sessions: [InterviewSession], snapshots: inout SnapshotCache
    ) throws -> (sheets: [AssessorSheet], facts: [Int: (guide: InterviewGuide, answers: SessionAnswers)]) {
        var plans: [ItemRatingPlan] = []
        var planIndex: [String: Int] = [:]
        var planOf: [Int] = []
        planOf.reserveCapacity(sessions.count)
        var lastHash = "", lastPlan = -1
        for index in sessions.indices {
            if sessions[index].guideHash != lastHash {
                lastHash = sessions[index].guideHash
                if let known = planIndex[lastHash] {
                    lastPlan = known
                } else {
                    lastPlan = plans.count
                    planIndex[lastHash] = lastPlan
                    plans.append(ItemRatingPlan(guide: try snapshots.value(db, hash: lastHash) as InterviewGuide))
                }
            }
            planOf.append(lastPlan)
        }
        let ids = sessions.map(\.id.rawValue)
        let scan = try RatingScan(db, sessions: ids, plans: plans, planOf: planOf)
        let others = try otherAnswers(db, sessions: ids)
        let none = SessionAnswers()
        var facts: [Int: (guide: InterviewGuide, answers: SessionAnswers)] = [:]
        for index in sessions.indices {
            if let answers = others[ids[index]], !answers.facts.isEmpty {
                facts[index] = (try snapshots.value(db, hash: sessions[index].guideHash) as InterviewGuide, answers)
            }
        }
        let sheets = sessions.indices.concurrentMap { index in
            let ratings = plans[planOf[index]].itemRatings(others.isEmpty ? none : others[ids[index]] ?? none) {
                scan.rating(session: index, step: $0)
            }
            return AssessorSheet(assessor: sessions[index].assessor, ratings: ratings)
        }
        return (sheets, facts)
    }

    /// The checklists, classifications and plans of many sessions (their ratings left empty),
    /// with one query per table.
    private func otherAnswers(_ db: Database, sessions ids: [Int64]) throws -> [Int64: SessionAnswers] {
        guard !ids.isEmpty else { return [:] }
        var result: [Int64: SessionAnswers] = [:]
        let wanted = Set(ids)
        // A short list is looked up by key; a long one is one pass over the table.
        let filter = ids.count <= 500 ? "WHERE sessionId IN (\(ids.map(String.init).joined(separator: ",")))" : ""
        func each(_ sql: String, _ body: (Int64, Row) -> Void) throws {
            let cursor = try Row.fetchCursor(db, sql: sql.replacingOccurrences(of: "$FILTER", with: filter))
            while let row = try cursor.next() {
                let session: Int64 = row[0]
                if wanted.contains(session) { body(session, row) }
            }
        }
        try each("SELECT sessionId, item FROM checklist $FILTER") { session, row in
            result[session, default: SessionAnswers()].checklists[row[1]] = []
        }
        try each("SELECT sessionId, item, behaviour FROM checklist_tick $FILTER") { session, row in
            result[session, default: SessionAnswers()].checklists[row[1], default: []].insert(row[2])
        }
        try each("SELECT sessionId, step, option FROM classification $FILTER") { session, row in
            let key: String = row[1]
            if let step = InterviewStep(key: key) {
                result[session, default: SessionAnswers()].apply(.optionColumn(key: key, option: row[2]), to: step)
            }
        }
        try each("SELECT sessionId, item FROM task_plan $FILTER") { session, row in
            result[session, default: SessionAnswers()].plans[row[1]] = WorkingDayPlan(entries: [])
        }
        try each("SELECT sessionId, item, task, kept, minutes FROM task_plan_entry $FILTER ORDER BY sessionId, item, position") { session, row in
            let entry = WorkingDayPlan.Entry(task: row[2], kept: row[3], minutes: row[4])
            result[session, default: SessionAnswers()].plans[row[1], default: WorkingDayPlan(entries: [])].entries.append(entry)
        }
        return result
    }
}

/// Decoded content snapshots, each decoded once per query.
struct SnapshotCache {
    private var decoded: [String: Any] = [:]

    mutating func value<Content: Decodable>(_ db: Database, hash: String) throws -> Content {
        if let cached = decoded[hash] as? Content { return cached }
        guard let json = try Data.fetchOne(db, sql: "SELECT json FROM content_snapshot WHERE hash = ?", arguments: [hash]) else {
            throw StoreError.invalid("the content snapshot \(hash.prefix(12)) is missing from the database")
        }
        let value = try JSONDecoder().decode(Content.self, from: json)
        decoded[hash] = value
        return value
    }
}
