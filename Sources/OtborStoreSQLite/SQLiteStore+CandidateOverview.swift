import GRDB
import OtborCore
import OtborStore

extension SQLiteStore {
    /// Every candidate by id with their applications and stages done, in three queries.
    public func candidateOverviews() throws -> [CandidateOverview] {
        try read { db in
            let people = try CandidateRows.fetch(db)
            var snapshots = SnapshotCache()
            var progress: [CandidateID: [CandidateOverview.Progress]] = [:]
            var done: [ApplicationID: Set<String>] = [:]
            var open: [ApplicationID: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT applicationId, guide, status FROM session") {
                let application = ApplicationID(row["applicationId"] as Int64)
                if row["status"] as String == InterviewSession.Status.submitted.rawValue {
                    done[application, default: []].insert(row["guide"])
                } else {
                    open[application, default: 0] += 1
                }
            }
            for application in try ApplicationRows.fetch(db) {
                let profile = try? snapshots.value(db, hash: application.profileHash) as JobProfile
                progress[application.candidateId, default: []].append(CandidateOverview.Progress(
                    profile: application.profile, process: profile, submitted: done[application.id] ?? [],
                    sessionsOpen: open[application.id] ?? 0))
            }
            return people.map { CandidateOverview(candidate: $0, applications: progress[$0.id] ?? []) }
        }
    }
}
