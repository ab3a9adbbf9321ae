import OtborCore
import OtborStore

/// Interviews as every front end runs them: starting a session of a profile's stage for a
/// candidate, reading a session with its guide and answers, recording one answer to any step
/// (replacing an earlier one: the last write of a step wins), and submitting. Each rule is Core's
/// (``AnswerValue/problems(for:in:)``, ``TextField/note``, ``StageVisibility``); the desk puts
/// them in order and talks to the store.
public struct InterviewDesk: Sendable {
    /// What an interview will be before it starts.
    public struct Plan: Sendable {
        public var candidate: Candidate
        public var profile: JobProfile
        public var guide: InterviewGuide

        /// Whether the guide is a stage of the profile's process; otherwise its ratings count nowhere.
        public var isStage: Bool { profile.process.contains { $0.guide == guide.id } }
        /// Whether the guide is a stage the profile runs after the decision (recorded, never scored).
        public var isAfterDecision: Bool { profile.runsAfterDecision(guide.id) }
        /// Whether the profile runs the guide at all: a stage of its process or one after the decision.
        public var isProfileStage: Bool { isStage || isAfterDecision }
        /// What a refusal to start a guide the profile does not run says: the guides it does run.
        public var notAStage: CampaignError {
            .notAStage(guide: guide.id, profile: profile.id,
                       stages: profile.process.map(\.guide) + profile.afterDecision.map(\.guide))
        }
    }

    /// A session with the guide it recorded and everything recorded in it.
    public struct Sheet: Sendable {
        public var session: InterviewSession
        public var candidate: CandidateID
        /// The profile of the session's application.
        public var profile: String
        public var guide: InterviewGuide
        public var answers: SessionAnswers
        /// Evidence notes by step key (empty notes left out).
        public var notes: [String: String]
        public var redFlags: [RecordedRedFlag]

        /// The steps the session must answer and has not yet, in order (alternates not run left out).
        public var unanswered: [InterviewStep] { guide.unansweredSteps(answers) }
    }

    public var store: any CampaignStore

    public init(store: any CampaignStore) {
        self.store = store
    }

    /// The candidate (id or exact name), the profile and the guide of an interview, found in
    /// `library` and the store; refused with ``CampaignError`` or ``StoreError`` when one is unknown.
    public func plan(candidate: String, profile: String, guide: String, in library: ContentLibrary) async throws -> Plan {
        let profile = try library.requireProfile(profile)
        let guide = try library.requireGuide(guide)
        return Plan(candidate: try await store.candidate(candidate), profile: profile, guide: guide)
    }

    /// Opens the session `plan` describes, run by `assessor` (the store records the exact profile
    /// and guide); refused when the assessor declared a conflict of interest with the candidate.
    public func start(_ plan: Plan, assessor: String) async throws -> InterviewSession {
        try await ConflictDesk(store: store).refuseRating(by: assessor, of: plan.candidate.id)
        return try await store.startSession(candidate: plan.candidate.id, profile: plan.profile, guide: plan.guide, assessor: assessor)
    }

    /// The screening facts that knocked the candidate out, when `plan` opens a later stage than the
    /// phone screen: the front end warns and names them (Docs/Scoring.md, "Screening facts"). Empty
    /// for a phone stage, or when no submitted fact failed.
    public func screeningStop(_ plan: Plan) async throws -> [FactOutcome] {
        guard plan.guide.kind != .phone else { return [] }
        let evidence = try await store.evidence(profile: plan.profile.id, candidate: plan.candidate.id)
        return evidence.first?.screening.knockouts ?? []
    }

    /// The session `id` with its guide, answers, notes and red flags.
    public func sheet(_ id: SessionID) async throws -> Sheet {
        let session = try await store.session(id)
        let candidate = try await store.candidateID(of: session)
        let application = try await store.applications(candidate: candidate).first { $0.id == session.applicationId }
        let detail = try await detail(id)
        return Sheet(session: session, candidate: candidate, profile: application?.profile ?? "", guide: try await store.guide(of: session),
                     answers: detail.answers, notes: detail.notes, redFlags: detail.redFlags)
    }

    /// Whether `viewer` may see `session`, judged among the sessions of the same candidate.
    public func isVisible(_ session: InterviewSession, to viewer: StageVisibility) async throws -> Bool {
        let candidate = try await store.candidateID(of: session)
        return viewer.visible(try await store.sessions(candidate: candidate)).contains { $0.id == session.id }
    }

    /// The guide `session` recorded and its step whose key is `key`; ``InterviewError/unknownStep(_:guide:steps:)`` when it has none.
    public func step(_ key: String, of session: InterviewSession) async throws -> (guide: InterviewGuide, step: InterviewStep) {
        let guide = try await store.guide(of: session)
        guard let step = guide.step(key: key) else { throw InterviewError.unknownStep(key, guide: guide.id, steps: guide.steps.map(\.key)) }
        return (guide, step)
    }

    /// Records `value` with `note` as the answer to the step whose key is `key`, replacing an
    /// earlier answer and note of that step. Refused for a submitted session
    /// (``StoreError/sessionLocked(_:)``), an unknown step, an answer that does not fit the step,
    /// a note the note rule refuses, and an assessor who declared a conflict of interest with the
    /// candidate (``InterviewError``). Returns the answer as stored.
    @discardableResult
    public func answer(_ value: AnswerValue, note: String?, step key: String, session id: SessionID) async throws -> RecordedAnswer {
        let session = try await store.session(id)
        let (guide, step) = try await step(key, of: session)
        return try await answer(value, note: note, step: step, of: guide, session: session)
    }

    /// ``answer(_:note:step:session:)`` for a session, its guide and step the caller has already
    /// read (the console reads them to check who may answer): the store still refuses a session
    /// submitted since, inside the transaction that saves the answer.
    @discardableResult
    public func answer(_ value: AnswerValue, note: String?, step: InterviewStep, of guide: InterviewGuide,
                       session: InterviewSession) async throws -> RecordedAnswer {
        guard session.status != .submitted else { throw StoreError.sessionLocked(session.id) }
        try await ConflictDesk(store: store).refuseRating(by: session.assessor, of: try await store.candidateID(of: session))
        let problems = value.problems(for: step, in: guide)
        guard problems.isEmpty else { throw InterviewError.invalidAnswer(step: step.key, problems) }
        var text = ""
        if let note {
            switch TextField.note.check(note) {
            case .success(let checked): text = checked
            case .failure(.empty): text = ""
            case .failure(let problem): throw InterviewError.invalidNote(step: step.key, problem)
            }
        }
        let answer = RecordedAnswer(step: step, value: value, note: text)
        try await store.record(answer, session: session.id)
        return answer
    }

    /// The answers, notes and red flags of session `id`, without its guide or candidate (one read).
    public func detail(_ id: SessionID) async throws -> SessionDetail {
        try await store.sessionDetails([id]).first ?? SessionDetail(answers: SessionAnswers(), notes: [:], redFlags: [])
    }

    /// Submits the session: its answers are locked and count in scores. Refused for a submitted
    /// session and, unless `allowUnanswered`, while steps are unanswered (they would count as not
    /// assessed). `seconds` of this sitting are added to the session's active time. Returns the
    /// sheet as it was submitted.
    @discardableResult
    public func submit(session id: SessionID, allowUnanswered: Bool, addingSeconds seconds: Double = 0) async throws -> Sheet {
        var sheet = try await sheet(id)
        guard sheet.session.status != .submitted else { throw StoreError.sessionLocked(id) }
        try await ConflictDesk(store: store).refuseRating(by: sheet.session.assessor, of: sheet.candidate)
        let unanswered = sheet.unanswered
        guard unanswered.isEmpty || allowUnanswered else { throw InterviewError.unanswered(session: id, steps: unanswered.map(\.key)) }
        try await store.submit(session: id, addingSeconds: Self.sittingSeconds(seconds))
        sheet.session = try await store.session(id)
        return sheet
    }
}
