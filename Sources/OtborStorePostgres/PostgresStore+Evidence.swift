import Foundation
import OtborCore
import OtborStore
import PostgresNIO

extension PostgresStore {
    /// The evidence of every candidate who applied for `profile` (or of one candidate), built from
    /// the sessions ``StageVisibility`` makes visible, with the guides they recorded.
    public func evidence(profile: String, candidate: CandidateID?) async throws -> [CandidateEvidence] {
        try await read { db in
            let only = candidate?.rawValue
            let apps = try await db.all("""
                SELECT \(unescaped: PostgresRows.applicationColumns) FROM application
                WHERE application.profile = \(profile) AND (\(only)::bigint IS NULL OR application.candidateId = \(only)) ORDER BY application.id
                """, logger).map(PostgresRows.application)
            guard !apps.isEmpty else { return [] }
            var people: [CandidateID: Candidate] = [:]
            for row in try await db.all("""
                SELECT \(unescaped: PostgresRows.candidateColumns) FROM candidate
                WHERE candidate.id IN (SELECT candidateId FROM application WHERE profile = \(profile))
                  AND (\(only)::bigint IS NULL OR candidate.id = \(only))
                """, logger) {
                let person = try PostgresRows.candidate(row)
                people[person.id] = person
            }
            let sessions = StageVisibility.panel.visible(try await self.sessions(db, where: """
                application.profile = \(profile) AND (\(only)::bigint IS NULL OR application.candidateId = \(only))
                AND \(unescaped: ConflictSQL.sessionCounts)
                """))
            var conflicts: [CandidateID: [ConflictOfInterest]] = [:]
            for conflict in try await self.conflicts(db, candidate: candidate) { conflicts[conflict.candidate, default: []].append(conflict) }
            var snapshots = SnapshotDecoder()
            let ids = sessions.map(\.id.rawValue)
            let answers = try await self.answers(db, sessions: ids)
            var sheets: [AssessorSheet] = []
            for session in sessions {
                let guide: InterviewGuide = try await snapshots.value(db, self, hash: session.guideHash)
                let ratings = (answers[session.id.rawValue] ?? SessionAnswers()).itemRatings(guide: guide)
                sheets.append(AssessorSheet(assessor: session.assessor, ratings: ratings))
            }
            var consensus: [ApplicationID: [Consensus]] = [:]
            for entry in try await self.consensus(db, where: "application.profile = \(profile)") {
                consensus[entry.application, default: []].append(entry.record.consensus)
            }
            let visible = Set(ids)
            var flags: [ApplicationID: Set<String>] = [:]
            for row in try await db.all("""
                SELECT session.applicationId, red_flag.sessionId, red_flag.flag FROM red_flag
                JOIN session ON session.id = red_flag.sessionId
                JOIN application ON application.id = session.applicationId WHERE application.profile = \(profile)
                """, logger) {
                let (application, session, flag) = try row.decode((Int64, Int64, String).self)
                if visible.contains(session) { flags[ApplicationID(application), default: []].insert(flag) }
            }
            var byApplication: [ApplicationID: [Int]] = [:]
            for index in sessions.indices { byApplication[sessions[index].applicationId, default: []].append(index) }
            var result: [CandidateEvidence] = []
            for app in apps {
                guard let person = people[app.candidateId] else { continue }
                let profile: JobProfile = try await snapshots.value(db, self, hash: app.profileHash)
                let mine = byApplication[app.id] ?? []
                var facts: [(guide: InterviewGuide, answers: SessionAnswers)] = []
                for index in mine {
                    guard let recorded = answers[sessions[index].id.rawValue], !recorded.facts.isEmpty else { continue }
                    facts.append((try await snapshots.value(db, self, hash: sessions[index].guideHash) as InterviewGuide, recorded))
                }
                let stages = StageRatings.grouped(mine.map { (sessions[$0].guide, sheets[$0]) })
                result.append(CandidateEvidence(candidate: person, application: app, profile: profile,
                                                sessions: mine.map { sessions[$0] }, stages: stages,
                                                consensus: consensus[app.id] ?? [], redFlags: flags[app.id] ?? [],
                                                screening: ScreeningResult(profile: profile, sessions: facts),
                                                conflicts: conflicts[app.candidateId] ?? []))
            }
            return result
        }
    }

    /// Every candidate by id with their applications and stages done.
    public func candidateOverviews() async throws -> [CandidateOverview] {
        try await read { db in
            let people = try await candidates(db)
            var snapshots = SnapshotDecoder()
            var done: [ApplicationID: Set<String>] = [:]
            var open: [ApplicationID: Int] = [:]
            for row in try await db.all("SELECT applicationId, guide, status FROM session", logger) {
                let (application, guide, status) = try row.decode((Int64, String, String).self)
                if status == InterviewSession.Status.submitted.rawValue {
                    done[ApplicationID(application), default: []].insert(guide)
                } else {
                    open[ApplicationID(application), default: 0] += 1
                }
            }
            var progress: [CandidateID: [CandidateOverview.Progress]] = [:]
            for row in try await db.all("SELECT \(unescaped: PostgresRows.applicationColumns) FROM application ORDER BY id", logger) {
                let application = try PostgresRows.application(row)
                let profile = try? await snapshots.value(db, self, hash: application.profileHash) as JobProfile
                progress[application.candidateId, default: []].append(CandidateOverview.Progress(
                    profile: application.profile, process: profile, submitted: done[application.id] ?? [],
                    sessionsOpen: open[application.id] ?? 0))
            }
            return people.map { CandidateOverview(candidate: $0, applications: progress[$0.id] ?? []) }
        }
    }
}

/// Decoded content snapshots, each decoded once per query.
struct SnapshotDecoder {
    private var decoded: [String: Any] = [:]

    mutating func value<Content: Decodable>(_ db: PostgresConnection, _ store: PostgresStore, hash: String) async throws -> Content {
        if let cached = decoded[hash] as? Content { return cached }
        let value: Content = try await store.snapshot(db, hash: hash)
        decoded[hash] = value
        return value
    }
}
