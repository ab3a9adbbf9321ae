import OtborCore
import OtborStore

/// A sitting's life around the answers: pausing and resuming, the red flags of a session, and the
/// interviews an assessor has not submitted yet.
extension InterviewDesk {
    /// One interview an assessor may resume.
    public struct OpenInterview: Sendable {
        public var session: InterviewSession
        public var candidate: Candidate
        public var guide: InterviewGuide
        public var answered: Int
        /// The steps the session must answer (``InterviewGuide/progress(_:)``: closed alternates left out).
        public var total: Int
    }

    /// The longest sitting a front end may add at once (12 hours): a clock gone wrong cannot
    /// inflate the session's time beyond it.
    public static let longestSitting: Double = 12 * 3600

    /// `seconds` as time to add to a session: not negative, not more than ``longestSitting``.
    static func sittingSeconds(_ seconds: Double) -> Double {
        seconds.isFinite ? min(max(0, seconds), longestSitting) : 0
    }

    /// Pauses the session, adding `seconds` of this sitting to its active time; refused for a
    /// submitted session (``StoreError/sessionLocked(_:)``).
    public func pause(session id: SessionID, addingSeconds seconds: Double) async throws {
        try await store.pause(session: id, addingSeconds: Self.sittingSeconds(seconds))
    }

    /// Opens a paused session again for another sitting; refused for a submitted one.
    @discardableResult
    public func resume(session id: SessionID) async throws -> InterviewSession {
        try await store.reopen(session: id)
    }

    /// Records the red flags `ids` of the session's guide as observed (a flag recorded before stays
    /// recorded). Refused for a submitted session and for an id the guide does not have
    /// (``InterviewError/unknownRedFlag(_:guide:flags:)``).
    public func flag(_ ids: [String], session id: SessionID) async throws {
        try await checkFlags(ids, session: id)
        let recorded = Set(try await store.redFlags(session: id).map(\.flag))
        for flag in ids where !recorded.contains(flag) {
            try await store.recordRedFlag(RecordedRedFlag(flag: flag), session: id)
        }
    }

    /// Takes back the red flag `flag` of the session's guide (one not recorded changes nothing).
    /// Refused as ``flag(_:session:)`` is.
    public func unflag(_ flag: String, session id: SessionID) async throws {
        try await checkFlags([flag], session: id)
        try await store.removeRedFlag(flag, session: id)
    }

    /// Makes the session's recorded red flags exactly `ids`, as the scoring page's form shows them
    /// ticked: the new ones recorded, the unticked ones taken back. Refused as ``flag(_:session:)`` is.
    public func setFlags(_ ids: [String], session id: SessionID) async throws {
        try await checkFlags(ids, session: id)
        let wanted = Set(ids)
        for recorded in try await store.redFlags(session: id) where !wanted.contains(recorded.flag) {
            try await store.removeRedFlag(recorded.flag, session: id)
        }
        try await flag(ids, session: id)
    }

    /// Refuses a submitted session and a flag id the session's guide does not have.
    private func checkFlags(_ ids: [String], session id: SessionID) async throws {
        let session = try await store.session(id)
        guard session.status != .submitted else { throw StoreError.sessionLocked(id) }
        let guide = try await store.guide(of: session)
        let known = guide.redFlags.map(\.id)
        if let unknown = ids.first(where: { !known.contains($0) }) {
            throw InterviewError.unknownRedFlag(unknown, guide: guide.id, flags: known)
        }
    }

    /// The sessions `assessor` has not submitted, newest first, with their candidates and guides.
    public func openInterviews(assessor: String) async throws -> [OpenInterview] {
        let sessions = try await store.sessions().filter { $0.assessor == assessor && $0.status != .submitted }
        guard !sessions.isEmpty else { return [] }
        let candidates = Dictionary(try await store.candidates().map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let details = try await store.sessionDetails(sessions.map(\.id))
        var result: [OpenInterview] = []
        for (session, detail) in zip(sessions, details) {
            let guide = try await store.guide(of: session)
            guard let candidate = candidates[try await store.candidateID(of: session)] else { continue }
            let progress = guide.progress(detail.answers)
            result.append(OpenInterview(session: session, candidate: candidate, guide: guide, answered: progress.answered,
                                        total: progress.total))
        }
        return result.sorted { $0.session.updatedAt > $1.session.updatedAt }
    }
}
