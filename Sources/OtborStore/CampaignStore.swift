import Foundation
import OtborCore

/// Everything the services need from a campaign database, by intention. Every engine (SQLite,
/// PostgreSQL) implements it with the same guarantees: each write is one transaction with its audit
/// line; a submitted session is locked; answers must fit their step; erasure leaves no trace of the
/// person; errors are ``StoreError`` values. The contract suite in the tests holds every engine to it.
public protocol CampaignStore: Sendable {
    /// Where the campaign lives, for messages: a file path or a URL without its password.
    var location: String { get }
    /// Committed changes that can move a live board (``ChangeFeed``).
    var changeFeed: any ChangeFeed { get }

    // MARK: Candidates

    /// Adds a candidate; the audit records the id only.
    func addCandidate(_ candidate: NewCandidate, actor: String) async throws -> Candidate
    /// Every candidate, by id.
    func candidates() async throws -> [Candidate]
    /// The candidate `reference` names (``CandidateReference``): `id:N` by id, `name:TEXT` by full
    /// name, plain text the candidate with that id, else the only one with that name (ignoring case).
    func candidate(_ reference: String) async throws -> Candidate
    /// Every candidate by id with their applications and stages done.
    func candidateOverviews() async throws -> [CandidateOverview]
    /// Records in the audit log that a letter of `kind` was written to the candidate (their personal
    /// data left the database); the line holds the kind only. Unknown candidates are refused.
    func recordLetter(candidate: CandidateID, kind: LetterKind, actor: String) async throws
    /// Records that the candidate withdrew consent on `date`, which sets the retention deadline (F21).
    func withdrawConsent(candidate: CandidateID, on date: CalendarDate, actor: String) async throws
    /// Deletes everything about the candidate and leaves an anonymous tombstone in the audit log,
    /// without waiting for readers; says whether the erased text is already gone from the disk.
    @discardableResult
    func eraseCandidate(_ id: CandidateID, actor: String, reason: String) async throws -> ErasureScrub
    /// Overwrites the erased text that readers kept in the database's files; with `waiting`, waits
    /// for them up to the store's limit (never holding up other writers), else tries once.
    func scrubErasures(waiting: Bool) async throws -> ErasureScrub

    // MARK: Sessions and answers

    /// Opens a session of `guide` under `profile`, recording the exact profile and guide used.
    func startSession(
        candidate: CandidateID, profile: JobProfile, guide: InterviewGuide, assessor: String, groupRun: String?
    ) async throws -> InterviewSession
    func session(_ id: SessionID) async throws -> InterviewSession
    /// Sessions by id; filtered by candidate, status and group run when given.
    func sessions(candidate: CandidateID?, status: InterviewSession.Status?, groupRun: String?) async throws -> [InterviewSession]
    /// The applications of a candidate, or of everyone for `profile`, by id.
    func applications(candidate: CandidateID?, profile: String?) async throws -> [Application]
    func candidateID(of session: InterviewSession) async throws -> CandidateID
    /// The guide exactly as the session recorded it.
    func guide(of session: InterviewSession) async throws -> InterviewGuide
    /// The profile exactly as the application recorded it.
    func profile(of application: Application) async throws -> JobProfile
    /// Saves one answer, committed before returning; refused for a submitted session or an answer
    /// that does not fit its step.
    func record(_ answer: RecordedAnswer, session: SessionID) async throws
    /// Records an answer and the sitting's navigation after it in each of `sittingSessions`, in
    /// one transaction: both are saved, or neither.
    func record(
        _ answer: RecordedAnswer, session: SessionID, navigation: SittingNavigation, sittingSessions: [SessionID]
    ) async throws
    /// Saves where a sitting stands in each of its sessions, so the next sitting, in any front end,
    /// continues exactly there. Refused when any of them is submitted.
    func saveNavigation(_ navigation: SittingNavigation, sessions: [SessionID]) async throws
    /// The navigation the last sitting of the session saved, `nil` when none was.
    func navigation(session: SessionID) async throws -> SittingNavigation?
    func recordRedFlag(_ flag: RecordedRedFlag, session: SessionID) async throws
    /// Takes back the red flag `flag` recorded in the session (an assessor's mistake) with a
    /// `red-flag.remove` audit line; one not recorded changes nothing and leaves no line.
    /// Refused for a submitted session.
    func removeRedFlag(_ flag: String, session: SessionID) async throws
    func answers(session: SessionID) async throws -> SessionAnswers
    /// Evidence notes by step key (empty notes left out).
    func notes(session: SessionID) async throws -> [String: String]
    func redFlags(session: SessionID) async throws -> [RecordedRedFlag]
    /// Answers, notes and red flags of several sessions, read together.
    func sessionDetails(_ ids: [SessionID]) async throws -> [SessionDetail]
    /// Marks the session paused, adding the time spent in this sitting.
    func pause(session: SessionID, addingSeconds seconds: Double) async throws
    /// Marks a paused or interrupted session open again for another sitting.
    func reopen(session: SessionID) async throws -> InterviewSession
    /// Submits the session: from now on it is locked and counts in scores.
    func submit(session: SessionID, addingSeconds seconds: Double) async throws
    /// Imports a scoresheet: one new session per sheet, all or nothing.
    func importSessions(
        _ sheets: [ImportedSheet], profile: JobProfile, guide: InterviewGuide, assessor: String,
        conducted: Date?, submit: Bool, groupRun: String?, actor: String
    ) async throws -> [InterviewSession]

    /// Sets up group sitting `id` in one transaction: its record (audited as
    /// `group-sitting.open` with `actor`) and one open session per observer and candidate of
    /// `pairs`, each with the sitting's id as its group run; nothing is written when any is refused.
    func openGroupSitting(
        id: String, profile: JobProfile, guide: InterviewGuide, pairs: [(observer: String, candidate: CandidateID)], actor: String
    ) async throws -> [InterviewSession]
    /// The record of group sitting `id`, `nil` when none was set up with that id.
    func groupSitting(_ id: String) async throws -> GroupSitting?
    /// Every group sitting set up, the newest first.
    func groupSittings() async throws -> [GroupSitting]
    /// Starts (or restarts) the exercise timer of sitting `id` at the store's time, audited with
    /// `actor`; ``StoreError/invalid(_:)`` for an unknown sitting.
    func startSittingTimer(_ id: String, actor: String) async throws -> GroupSitting

    /// The campaign's options (all off until set).
    func campaignOptions() async throws -> CampaignOptions
    /// Sets the campaign's options, audited with `actor`.
    func setCampaignOptions(_ options: CampaignOptions, actor: String) async throws

    // MARK: Scoring, consensus and decisions

    /// The evidence of every candidate who applied for `profile` (or of one), from the sessions
    /// ``StageVisibility`` makes visible to scoring, leaving out the sessions of an assessor who
    /// declared a conflict of interest with the candidate (``ConflictOfInterest``).
    func evidence(profile: String, candidate: CandidateID?) async throws -> [CandidateEvidence]
    func recordConsensus(candidate: CandidateID, profile: String, consensus: Consensus, actor: String) async throws
    /// Consensus ratings of the candidate's application for `profile`, oldest first.
    func consensusRecords(candidate: CandidateID, profile: String) async throws -> [ConsensusRecord]
    /// The decision on an application, with its reason; sets the retention deadline (F21).
    func recordDecision(candidate: CandidateID, profile: String, decision: Decision, reason: String, actor: String) async throws
    /// Decisions on a candidate's applications, oldest first.
    func decisions(candidate: CandidateID) async throws -> [DecisionRecord]
    /// Records, at the store's time, that `login` declared a conflict of interest with `candidate`,
    /// audited with that login; `false` (and nothing written) when they had declared it already.
    /// From then on ``evidence(profile:candidate:)`` leaves out their sessions of the candidate.
    func declareConflict(candidate: CandidateID, login: String, reason: ConflictOfInterest.Reason) async throws -> Bool
    /// The conflicts of interest declared with `candidate` (with anyone when `nil`), oldest first.
    func conflicts(candidate: CandidateID?) async throws -> [ConflictOfInterest]

    // MARK: DISC

    /// Saves answers to the inventory and their scored result, replacing an earlier one.
    func saveDISC(candidate: CandidateID, answers: DISCAnswers, result: DISCResult, source: DISCSource, actor: String) async throws
    /// Saves Graph III values from another tool, replacing an earlier result.
    func saveDISC(candidate: CandidateID, composite: DISCFactorValues<Int>, groupCount: Int, source: DISCSource, actor: String) async throws
    func discResult(candidate: CandidateID) async throws -> StoredDISCResult?
    func discResults() async throws -> [CandidateID: StoredDISCResult]
    func discAnswers(candidate: CandidateID) async throws -> [DISCChoice]

    // MARK: Export, retention, audit

    func dossier(candidate: CandidateID) async throws -> CandidateDossier
    /// Calls `body` with the dossier of every candidate by id (or of one), from one consistent
    /// snapshot, one dossier in memory at a time. `body` must not use the store.
    func forEachDossier(candidate: CandidateID?, _ body: (CandidateDossier) throws -> Void) async throws
    func retentionReview(today: CalendarDate, window: Int) async throws -> RetentionReview
    /// Erases every candidate whose deadline has passed on `today`; returns who was erased.
    func eraseOverdue(today: CalendarDate, actor: String) async throws -> [RetentionReview.Entry]
    /// The audit log, oldest first; `subject` filters to one record, such as `session:4`.
    func auditLog(subject: String?) async throws -> [AuditEntry]

    // MARK: Accounts

    /// Adds an account with the hash of its password; refused (``StoreError/duplicateAccount(_:)``)
    /// when the login is taken, whether or not that account is disabled.
    func addAccount(_ account: NewAccount, passwordHash: String, actor: String) async throws -> Account
    /// Every account, disabled ones too, by login.
    func accounts() async throws -> [Account]
    /// The account with `login` and its password hash, `nil` when there is none.
    func credentials(login: LoginName) async throws -> AccountCredentials?
    /// Disables the account: it cannot sign in, and its sessions and API tokens stop working.
    func disableAccount(_ login: LoginName, actor: String) async throws
    /// Replaces the account's password hash.
    func setPasswordHash(_ hash: String, login: LoginName, actor: String) async throws
    /// Records a sign-in to the console, successful or not, in the audit log (a failure for a
    /// login that has no account is recorded without the name typed).
    func recordSignIn(login: LoginName, succeeded: Bool) async throws
    /// Records that the person signed out.
    func recordSignOut(login: LoginName) async throws
    /// Issues a new API token for the account and returns it: only its SHA-256 is kept
    /// (``APIToken/hash(_:)``), so this is the one time anyone sees it.
    func issueToken(login: LoginName, actor: String) async throws -> String
    /// The account a token belongs to, by the token's SHA-256; `nil` for an unknown token and for
    /// the token of a disabled account.
    func account(tokenHash: String) async throws -> Account?

    // MARK: Web sessions

    /// Keeps a console session's data under `key` until `expires` (`nil`: keeps the expiry it
    /// had). With `creating`, refused (``StoreError/duplicateWebSession``) when the key is taken.
    func saveWebSession(key: String, data: Data, expires: Date?, creating: Bool) async throws
    /// The data of the session under `key`, `nil` when there is none or it has expired.
    func webSession(key: String) async throws -> StoredWebSession?
    func removeWebSession(key: String) async throws
    /// Removes the expired sessions and returns how many there were.
    func removeExpiredWebSessions() async throws -> Int
}

extension CampaignStore {
    public func sessions(candidate: CandidateID? = nil, status: InterviewSession.Status? = nil) async throws -> [InterviewSession] {
        try await sessions(candidate: candidate, status: status, groupRun: nil)
    }

    public func applications(candidate: CandidateID) async throws -> [Application] {
        try await applications(candidate: candidate, profile: nil)
    }

    public func applications(profile: String) async throws -> [Application] {
        try await applications(candidate: nil, profile: profile)
    }

    public func startSession(
        candidate: CandidateID, profile: JobProfile, guide: InterviewGuide, assessor: String
    ) async throws -> InterviewSession {
        try await startSession(candidate: candidate, profile: profile, guide: guide, assessor: assessor, groupRun: nil)
    }

    public func submit(session: SessionID) async throws {
        try await submit(session: session, addingSeconds: 0)
    }

    public func saveDISC(candidate: CandidateID, answers: DISCAnswers, result: DISCResult, actor: String) async throws {
        try await saveDISC(candidate: candidate, answers: answers, result: result, source: .inventory, actor: actor)
    }

    public func importSessions(
        _ sheets: [ImportedSheet], profile: JobProfile, guide: InterviewGuide, assessor: String,
        conducted: Date? = nil, submit: Bool = true, groupRun: String? = nil, actor: String
    ) async throws -> [InterviewSession] {
        try await importSessions(sheets, profile: profile, guide: guide, assessor: assessor, conducted: conducted, submit: submit,
                                 groupRun: groupRun, actor: actor)
    }

    public func saveDISC(candidate: CandidateID, composite: DISCFactorValues<Int>, groupCount: Int, actor: String) async throws {
        try await saveDISC(candidate: candidate, composite: composite, groupCount: groupCount, source: .import, actor: actor)
    }

    public func evidence(profile: String) async throws -> [CandidateEvidence] {
        try await evidence(profile: profile, candidate: nil)
    }

    public func auditLog() async throws -> [AuditEntry] {
        try await auditLog(subject: nil)
    }

    public func retentionReview(today: CalendarDate) async throws -> RetentionReview {
        try await retentionReview(today: today, window: RetentionReview.defaultWindow)
    }

    /// The account with `login`, `nil` when there is none.
    public func account(_ login: LoginName) async throws -> Account? {
        try await credentials(login: login)?.account
    }

    /// The account a token belongs to; `nil` for an unknown token or a disabled account.
    public func account(token: String) async throws -> Account? {
        try await account(tokenHash: APIToken.hash(token))
    }
}
