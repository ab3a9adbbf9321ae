import Foundation
import OtborCore
import OtborStore

/// Group sittings as every front end runs them. HR sets one up: a group stage of a profile, its
/// candidates and who observes whom (``GroupAssignment``, every candidate watched by at least two);
/// the desk opens one session per observer and candidate, all sharing the sitting's id as their
/// `groupRun`, and each observer scores their own sessions like any interview. The board says
/// where each session stands — never a rating.
public struct GroupSittingDesk: Sendable {
    /// A sitting just set up: its id and the sessions opened, by observer then candidate.
    public struct Opened: Sendable {
        public struct Entry: Sendable {
            public var session: InterviewSession
            public var candidate: CandidateID
        }

        public var id: String
        public var guide: String
        public var sessions: [Entry]
    }

    /// Where each session of a sitting stands.
    public struct Board: Sendable, Equatable {
        public struct Row: Sendable, Equatable {
            public var session: SessionID
            public var observer: String
            public var candidate: CandidateID
            public var status: InterviewSession.Status
            /// Steps answered, of `total`.
            public var answered: Int
            public var total: Int
            /// Not submitted an hour (``reminderGrace``) after the sitting's planned end (the
            /// timer's start plus the guide's duration; before the timer, the session's start
            /// plus its planned minutes): the observer is to be reminded.
            public var overdue: Bool
            /// The observer declared a conflict of interest with the candidate: the session does
            /// not count, nobody waits for it.
            public var conflict = false

            /// Whether the candidate's wash-up still waits for this session.
            public var isWaiting: Bool { status != .submitted && !conflict }
        }

        /// How long after a sitting's planned end an observer who has not submitted is shown as overdue.
        public static let reminderGrace: TimeInterval = 3600

        public var id: String
        public var guide: String
        /// By candidate, then observer.
        public var rows: [Row]
        /// The sitting's record with its timer; `nil` for sessions grouped before sittings were recorded.
        public var sitting: GroupSitting?

        /// Whether every observer of `candidate` has submitted (but those who declared a conflict).
        public func isComplete(candidate: CandidateID) -> Bool {
            rows.filter { $0.candidate == candidate }.allSatisfy { !$0.isWaiting }
        }

        /// Whether `login` observes anyone in the sitting.
        public func observes(_ login: String) -> Bool { rows.contains { $0.observer == login } }
    }

    public var store: any CampaignStore
    public var library: ContentLibrary

    public init(store: any CampaignStore, library: ContentLibrary) {
        self.store = store
        self.library = library
    }

    /// Sets up a sitting of `guide`, a stage of `profile`, with `assignment`, for `actor` (audited);
    /// refused (``GroupSittingError``, ``CampaignError``, ``StoreError``) before anything is written
    /// when a profile, guide, candidate or observer is unknown, who watches whom falls short, or an
    /// observer declared a conflict of interest with a candidate they are to watch. The store
    /// writes the sitting and all its sessions in one transaction.
    public func open(guide: String, profile: String, assignment: GroupAssignment, actor: String) async throws -> Opened {
        let profile = try library.requireProfile(profile)
        let guide = try library.requireGuide(guide)
        guard profile.process.contains(where: { $0.guide == guide.id }) else {
            throw CampaignError.notAStage(guide: guide.id, profile: profile.id, stages: profile.process.map(\.guide))
        }
        let problems = assignment.problems
        guard problems.isEmpty else { throw GroupSittingError.assignment(problems) }
        let accounts = try await store.accounts().filter { !$0.disabled }
        for login in assignment.observers.keys.sorted() {
            guard let account = accounts.first(where: { $0.login.rawValue == login }) else {
                throw GroupSittingError.unknownObserver(login, known: accounts.filter { $0.may(.conductInterviews) }.map(\.login.rawValue))
            }
            guard account.may(.conductInterviews) else { throw GroupSittingError.cannotObserve(login, role: account.role) }
        }
        for candidate in assignment.candidates { _ = try await store.candidate("id:\(candidate)") }
        let conflicts = try await store.conflicts(candidate: nil)
        if let pair = assignment.pairs.first(where: { conflicts.excludes($0.observer, from: $0.candidate) }) {
            throw GroupSittingError.conflictOfInterest(login: pair.observer, candidate: pair.candidate)
        }
        let id = "group-" + UUID().uuidString.prefix(8).lowercased()
        let pairs = assignment.pairs
        let opened = try await store.openGroupSitting(id: id, profile: profile, guide: guide, pairs: pairs, actor: actor)
        return Opened(id: id, guide: guide.id, sessions: zip(opened, pairs).map { Opened.Entry(session: $0, candidate: $1.candidate) })
    }

    /// The board of sitting `id` at `now`: each session's observer, candidate, status, answered
    /// steps, and whether it is overdue.
    public func board(_ id: String, now: Date) async throws -> Board {
        let sessions = try await store.sessions(candidate: nil, status: nil, groupRun: id)
        guard let first = sessions.first else { throw GroupSittingError.unknownSitting(id) }
        let sitting = try await store.groupSitting(id)
        let details = try await store.sessionDetails(sessions.map(\.id))
        let conflicts = try await store.conflicts(candidate: nil)
        var rows: [Board.Row] = []
        for (session, detail) in zip(sessions, details) {
            let progress = try await store.guide(of: session).progress(detail.answers)
            rows.append(Self.row(session, candidate: try await store.candidateID(of: session), sitting: sitting, conflicts: conflicts,
                                 now: now, progress: progress))
        }
        rows.sort { ($0.candidate, $0.observer) < ($1.candidate, $1.observer) }
        return Board(id: id, guide: first.guide, rows: rows, sitting: sitting)
    }

    /// Where `session` of a sitting stands at `now`: the one reading of conflict and overdue that the
    /// board and the list of sittings share.
    static func row(_ session: InterviewSession, candidate: CandidateID, sitting: GroupSitting?, conflicts: [ConflictOfInterest],
                    now: Date, progress: (answered: Int, total: Int)) -> Board.Row {
        let conflict = conflicts.excludes(session.assessor, from: candidate)
        return Board.Row(session: session.id, observer: session.assessor, candidate: candidate, status: session.status,
                         answered: progress.answered, total: progress.total,
                         overdue: !conflict && isOverdue(session, sitting: sitting, now: now), conflict: conflict)
    }

    /// Starts (or restarts) the exercise timer of sitting `id` for `actor` (audited); the board
    /// then counts down to its planned end, and overdue reminders run from that end.
    public func startTimer(_ id: String, actor: String) async throws -> GroupSitting {
        guard try await store.groupSitting(id) != nil else { throw GroupSittingError.unknownSitting(id) }
        return try await store.startSittingTimer(id, actor: actor)
    }

    /// Whether `session` of a sitting is not submitted an hour (``Board/reminderGrace``) after the
    /// sitting's planned end: the timer's end, or before the timer the session's start plus its
    /// planned minutes.
    static func isOverdue(_ session: InterviewSession, sitting: GroupSitting?, now: Date) -> Bool {
        let end = sitting?.plannedEnd ?? session.startedAt.addingTimeInterval(Double(session.plannedMinutes) * 60)
        return session.status != .submitted && now.timeIntervalSince(end) > Board.reminderGrace
    }

    /// An observer to remind: their session of a sitting is overdue.
    public struct Reminder: Sendable, Equatable {
        public var sitting: String
        public var guide: String
        public var session: SessionID
        public var observer: String
        public var candidate: CandidateID
    }

    /// Every overdue session of every sitting at `now` (of `observer` only, when given), oldest
    /// sitting first; sessions of an observer in conflict with the candidate are not listed.
    public func reminders(now: Date, observer: String? = nil) async throws -> [Reminder] {
        var pending: [InterviewSession] = []
        for status in [InterviewSession.Status.open, .paused] {
            pending += try await store.sessions(candidate: nil, status: status, groupRun: nil)
                .filter { $0.groupRun?.hasPrefix("group-") == true && (observer == nil || $0.assessor == observer) }
        }
        guard !pending.isEmpty else { return [] }
        let conflicts = try await store.conflicts(candidate: nil)
        var sittings: [String: GroupSitting?] = [:]
        var reminders: [Reminder] = []
        for session in pending.sorted(by: { ($0.startedAt, $0.id.rawValue) < ($1.startedAt, $1.id.rawValue) }) {
            guard let id = session.groupRun else { continue }
            if sittings[id] == nil { sittings[id] = .some(try await store.groupSitting(id)) }
            guard Self.isOverdue(session, sitting: sittings[id] ?? nil, now: now) else { continue }
            let candidate = try await store.candidateID(of: session)
            guard !conflicts.excludes(session.assessor, from: candidate) else { continue }
            reminders.append(Reminder(sitting: id, guide: session.guide, session: session.id, observer: session.assessor, candidate: candidate))
        }
        return reminders
    }
}
