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
            // The ratings and the candidates of a whole profile are asked for on a second
            // connection on this read's snapshot, while this one reads the sessions.
            let snapshot = only == nil ? try await exportSnapshot(db) : nil
            async let aside = evidenceAside(snapshot, profile: profile)
            let condition: PostgresQuery = """
                application.profile = \(profile) AND (\(only)::bigint IS NULL OR application.candidateId = \(only))
                AND \(unescaped: ConflictSQL.sessionCounts)
                """
            // A whole profile's sessions come in blocks; one candidate's (or when a text breaks a block) a row each.
            var read = only == nil ? try await sessionsInBlocks(db, where: condition) : nil
            if read == nil { read = try await self.sessions(db, where: condition, sortedByServer: false) }
            let sessions = StageVisibility.panel.visible(read ?? [])
            var conflicts: [CandidateID: [ConflictOfInterest]] = [:]
            for conflict in try await self.conflicts(db, candidate: candidate) { conflicts[conflict.candidate, default: []].append(conflict) }
            var snapshots = SnapshotDecoder()
            let fetched = await aside
            var people = fetched?.people ?? [:]
            if fetched == nil { people = try await Self.people(db, logger, profile: profile, candidate: only) }
            let (sheets, facts) = try await assessorSheets(db, sessions: sessions, profile: profile, candidate: only,
                                                           fetched: fetched?.ratings, snapshots: &snapshots)
            let ids = sessions.map(\.id.rawValue)
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
            var profiles: [String: JobProfile] = [:]
            for app in apps where profiles[app.profileHash] == nil {
                profiles[app.profileHash] = try await snapshots.value(db, self, hash: app.profileHash) as JobProfile
            }
            // Putting each candidate's evidence together is independent of the others.
            return apps.concurrentMap { app -> CandidateEvidence? in
                guard let person = people[app.candidateId], let profile = profiles[app.profileHash] else { return nil }
                let mine = byApplication[app.id] ?? []
                let stages = StageRatings.grouped(mine.map { (sessions[$0].guide, sheets[$0]) })
                return CandidateEvidence(candidate: person, application: app, profile: profile,
                                         sessions: mine.map { sessions[$0] }, stages: stages,
                                         consensus: consensus[app.id] ?? [], redFlags: flags[app.id] ?? [],
                                         screening: ScreeningResult(profile: profile, sessions: mine.compactMap { facts[$0] }),
                                         conflicts: conflicts[app.candidateId] ?? [])
            }.compactMap { $0 }
        }
    }

    /// What ``evidence(profile:candidate:)`` reads beside the sessions: the ratings and the
    /// candidates of `profile`, on `snapshot` over a connection of its own; `nil` without a snapshot
    /// or when that connection fails (the read then asks on its own connection).
    private func evidenceAside(_ snapshot: String?, profile: String) async -> (ratings: EvidenceRatings, people: [CandidateID: Candidate])? {
        guard let snapshot else { return nil }
        let logger = self.logger
        return try? await onSnapshot(snapshot) { db in
            (try await EvidenceRatings.fetch(db, logger, profile: profile, candidate: nil),
             try await Self.people(db, logger, profile: profile, candidate: nil))
        }
    }

    /// The candidates who applied for `profile` (or only `candidate`), by id.
    private static func people(_ db: PostgresConnection, _ logger: Logger, profile: String, candidate: Int64?) async throws -> [CandidateID: Candidate] {
        var people: [CandidateID: Candidate] = [:]
        for row in try await db.all("""
            SELECT \(unescaped: PostgresRows.candidateColumns) FROM candidate
            WHERE candidate.id IN (SELECT candidateId FROM application WHERE profile = \(profile))
              AND (\(candidate)::bigint IS NULL OR candidate.id = \(candidate))
            """, logger) {
            let person = try PostgresRows.candidate(row)
            people[person.id] = person
        }
        return people
    }

    /// The sheet of each session, in the order given: ratings aggregated by the server
    /// (``EvidenceRatings``, `fetched` already when given), the other answers by ``answers(_:sessions:ratings:)``, turned into
    /// item ratings by the plan of each session's recorded guide (worked out once per guide); with
    /// the guide and answers of each session that recorded a screening fact, by session index.
    private func assessorSheets(
        _ db: PostgresConnection, sessions: [InterviewSession], profile: String, candidate: Int64?, fetched: EvidenceRatings?,
        snapshots: inout SnapshotDecoder
    ) async throws -> (sheets: [AssessorSheet], facts: [Int: (guide: InterviewGuide, answers: SessionAnswers)]) {
        var plans: [ItemRatingPlan] = [], planIndex: [String: Int] = [:], guides: [InterviewGuide] = [], planOf: [Int] = []
        planOf.reserveCapacity(sessions.count)
        for session in sessions {
            if let known = planIndex[session.guideHash] {
                planOf.append(known)
                continue
            }
            let guide: InterviewGuide = try await snapshots.value(db, self, hash: session.guideHash)
            planIndex[session.guideHash] = plans.count
            planOf.append(plans.count)
            plans.append(ItemRatingPlan(guide: guide))
            guides.append(guide)
        }
        let ids = sessions.map(\.id.rawValue)
        var slots = RatingSlots(sessions: ids, plans: plans, planOf: planOf)
        if !EvidenceRatings.fits(plans) {
            try await EvidenceRatings.readJoined(db, logger, profile: profile, candidate: candidate, into: &slots, plans: plans, planOf: planOf)
        } else if let fetched {
            try fetched.apply(to: &slots, plans: plans, planOf: planOf)
        } else {
            try await EvidenceRatings.fetch(db, logger, profile: profile, candidate: candidate).apply(to: &slots, plans: plans, planOf: planOf)
        }
        // The profile's sessions are chosen on the server, not sent as an array of every id.
        let others = try await answers(db, ratings: false, where: """
            IN (SELECT session.id FROM session JOIN application ON application.id = session.applicationId
                WHERE application.profile = \(profile) AND (\(candidate)::bigint IS NULL OR application.candidateId = \(candidate)))
            """)
        var facts: [Int: (guide: InterviewGuide, answers: SessionAnswers)] = [:]
        for index in sessions.indices {
            if let answers = others[ids[index]], !answers.facts.isEmpty { facts[index] = (guides[planOf[index]], answers) }
        }
        let none = SessionAnswers()
        let sheets = sessions.indices.concurrentMap { index in
            let ratings = plans[planOf[index]].itemRatings(others[ids[index]] ?? none) { slots.rating(session: index, step: $0) }
            return AssessorSheet(assessor: sessions[index].assessor, ratings: ratings)
        }
        return (sheets, facts)
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
