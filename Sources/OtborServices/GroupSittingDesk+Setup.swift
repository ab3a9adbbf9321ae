import Foundation
import OtborCore
import OtborStore

extension GroupSittingDesk {
    /// A sitting on the chair's list: its record, its exercise, and where its sessions stand.
    public struct Summary: Sendable, Equatable {
        public var sitting: GroupSitting
        public var candidates: Int
        public var observers: Int
        public var sessions: Int
        public var submitted: Int
        public var overdue: Int

        /// Whether every session of the sitting is submitted (or left out by a conflict of interest).
        public var isComplete: Bool { submitted == sessions }
    }

    /// What HR chooses from when setting up a sitting of `guide` for `profile`: the candidates (see
    /// ``setupChoices(profile:)``), the accounts that may observe, and the conflicts of interest
    /// declared between them.
    public struct SetupChoices: Sendable {
        public var candidates: [Candidate]
        public var observers: [Account]
        public var conflicts: [ConflictOfInterest]
    }

    /// The most sittings ``sittings(now:limit:)`` lists by default.
    public static let listedSittings = 50

    /// The newest `limit` sittings with where they stand at `now`, from four reads whatever their
    /// number (the sittings, the sessions, the applications and the conflicts), with the board's
    /// reading of each session (``board(_:now:)``; the answers are not read: a summary counts sessions).
    public func sittings(now: Date, limit: Int = listedSittings) async throws -> [Summary] {
        let listed = try await store.groupSittings().prefix(limit)
        guard !listed.isEmpty else { return [] }
        let ids = Set(listed.map(\.id))
        let sessions = Dictionary(grouping: try await store.sessions(candidate: nil, status: nil, groupRun: nil)
            .filter { $0.groupRun.map(ids.contains) == true }) { $0.groupRun ?? "" }
        let candidates = Dictionary(try await store.applications(candidate: nil, profile: nil).map { ($0.id, $0.candidateId) },
                                    uniquingKeysWith: { first, _ in first })
        let conflicts = try await store.conflicts(candidate: nil)
        return listed.map { sitting in
            let rows = (sessions[sitting.id] ?? []).compactMap { session in
                candidates[session.applicationId].map {
                    Self.row(session, candidate: $0, sitting: sitting, conflicts: conflicts, now: now, progress: (0, 0))
                }
            }
            return Summary(sitting: sitting, candidates: Set(rows.map(\.candidate)).count, observers: Set(rows.map(\.observer)).count,
                           sessions: rows.count, submitted: rows.filter { !$0.isWaiting }.count, overdue: rows.filter(\.overdue).count)
        }
    }

    /// The accounts that may observe in a sitting: enabled, and allowed to conduct interviews.
    public func observers() async throws -> [Account] {
        try await store.accounts().filter { !$0.disabled && $0.may(.conductInterviews) }
    }

    /// The stages of the workspace's profiles that are group exercises, by profile, in the library's order.
    public func groupStages() -> [(profile: JobProfile, guides: [InterviewGuide])] {
        library.profiles.compactMap { profile in
            let guides = profile.process.compactMap { library.guide($0.guide) }.filter { $0.kind == .group }
            return guides.isEmpty ? nil : (profile, guides)
        }
    }

    /// What a sitting for `profile` can be made of (see ``SetupChoices``): its candidates are those
    /// who applied for it and those who have not applied for anything yet. `applications`, when the
    /// caller already read every application, saves reading them again.
    public func setupChoices(profile: String, applications read: [Application]? = nil) async throws -> SetupChoices {
        var applications = read ?? []
        if read == nil { applications = try await store.applications(candidate: nil, profile: nil) }
        let applied = Set(applications.filter { $0.profile == profile }.map(\.candidateId)), elsewhere = Set(applications.map(\.candidateId))
        return SetupChoices(candidates: try await store.candidates().filter { applied.contains($0.id) || !elsewhere.contains($0.id) },
                            observers: try await observers(), conflicts: try await store.conflicts(candidate: nil))
    }
}
