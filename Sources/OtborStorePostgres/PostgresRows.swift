import Foundation
import OtborCore
import OtborStore
import PostgresNIO

/// The one reader of each entity table: the column lists and their decoding, used for one row and
/// for a whole campaign alike.
enum PostgresRows {
    static let candidateColumns = """
        candidate.id, candidate.name, candidate.email, candidate.phone, candidate.source, candidate.consentDate,
        candidate.consentWithdrawn, candidate.fairnessGroup, candidate.retentionDeadline, candidate.notes, candidate.createdAt
        """

    static func candidate(_ row: PostgresRow) throws -> Candidate {
        let (id, name, email, phone, source, consent, withdrawn, group, deadline, notes, created) = try row.decode(
            (Int64, String, String?, String?, String?, String, String?, String?, String?, String?, String).self)
        guard let consentDate = CalendarDate(String(consent.prefix(10))) else { throw damaged("candidate", id, "consent date") }
        return Candidate(
            id: CandidateID(id), name: name, email: email, phone: phone, source: source, consentDate: consentDate,
            consentWithdrawn: try day(withdrawn, "candidate", id), fairnessGroup: group,
            retentionDeadline: try day(deadline, "candidate", id), notes: notes, createdAt: try time(created, "candidate", id))
    }

    static let sessionColumns = """
        session.id, session.applicationId, session.guide, session.guideHash, session.stageKind, session.assessor,
        session.groupRun, session.plannedMinutes, session.activeSeconds, session.status, session.cursor,
        session.startedAt, session.updatedAt, session.submittedAt, session.navigation
        """

    static func session(_ row: PostgresRow) throws -> InterviewSession {
        var texts = CellTexts()
        return try session(row, texts: &texts)
    }

    /// A session row read by hand (``CellReader``), as the evidence reads every session of a
    /// profile: the texts sessions repeat shared through `texts`, the times parsed from their bytes.
    static func session(_ row: PostgresRow, texts: inout CellTexts) throws -> InterviewSession {
        var cells = CellReader(row)
        let (id, application) = (try cells.int(), try cells.int())
        let (guide, guideHash, kind) = (try cells.text(sharing: &texts), try cells.text(sharing: &texts), try cells.text(sharing: &texts))
        let (assessor, groupRun) = (try cells.text(sharing: &texts), try cells.optionalText(sharing: &texts))
        let (planned, active, status) = (try cells.int(), try cells.double(), try cells.text(sharing: &texts))
        let cursor = try cells.optionalText(sharing: &texts)
        let unreadable = { (text: String) in damaged("session", id, "time '\(text.prefix(40))'") }
        let (started, updated) = (try cells.optionalTime(unreadable: unreadable), try cells.optionalTime(unreadable: unreadable))
        let (submitted, navigation) = (try cells.optionalTime(unreadable: unreadable), try cells.optionalText())
        return try session(id: id, application: application, guide: guide, guideHash: guideHash, kind: kind, assessor: assessor,
                           groupRun: groupRun, planned: planned, active: active, status: status, cursor: cursor,
                           started: started, updated: updated, submitted: submitted, navigation: navigation)
    }

    /// A session from its columns' values, as a row or a block of rows holds them: the status,
    /// stage kind, times and saved navigation checked.
    static func session(
        id: Int64, application: Int64, guide: String, guideHash: String, kind kindText: String, assessor: String, groupRun: String?,
        planned: Int64, active: Double, status statusText: String, cursor: String?, started: Date?, updated: Date?, submitted: Date?,
        navigation: String?
    ) throws -> InterviewSession {
        guard let started, let updated else { throw damaged("session", id, "time (NULL)") }
        guard let status = InterviewSession.Status(rawValue: statusText) else {
            throw StoreError.invalid("session \(id) has an unknown status")
        }
        guard let kind = StageKind(rawValue: kindText) else { throw StoreError.invalid("session \(id) has an unknown stage kind") }
        return InterviewSession(
            id: SessionID(id), applicationId: ApplicationID(application), guide: guide, guideHash: guideHash,
            stageKind: kind, assessor: assessor, groupRun: groupRun, plannedMinutes: Int(planned), activeSeconds: active,
            status: status, cursor: cursor, startedAt: started, updatedAt: updated,
            submittedAt: submitted, navigation: try navigation.map(Self.navigation))
    }

    private static func navigation(_ json: String) throws -> SittingNavigation {
        do {
            return try JSONDecoder().decode(SittingNavigation.self, from: Data(json.utf8))
        } catch {
            throw StoreError.invalid("the database is damaged: a session's saved navigation cannot be read (\(error))")
        }
    }

    static let applicationColumns = "application.id, application.candidateId, application.profile, application.profileHash, application.createdAt"

    static func application(_ row: PostgresRow) throws -> Application {
        let (id, candidate, profile, hash, created) = try row.decode((Int64, Int64, String, String, String).self)
        return Application(id: ApplicationID(id), candidateId: CandidateID(candidate), profile: profile, profileHash: hash,
                           createdAt: try time(created, "application", id))
    }

    static let accountColumns = """
        account.login, account.displayName, account.role, account.disabled, account.createdAt, account.passwordHash,
        account.passwordChangedAt
        """

    static func account(_ row: PostgresRow) throws -> AccountCredentials {
        let (text, name, roleText, disabled, created, hash, changed) = try row.decode((String, String, String, Int64, String, String, String).self)
        guard let login = LoginName(text), let role = Role(rawValue: roleText), let createdAt = StoreTime.parse(created),
              let changedAt = StoreTime.parse(changed) else {
            throw StoreError.invalid("the database is damaged: account '\(text.prefix(64))' has an unreadable login, role or date")
        }
        let account = Account(login: login, displayName: name, role: role, disabled: disabled != 0, created: createdAt)
        return AccountCredentials(account: account, passwordHash: hash, passwordChanged: changedAt)
    }

    static func audit(_ row: PostgresRow) throws -> AuditEntry {
        let (id, at, actor, actionText, subject, detail) = try row.decode((Int64, String, String, String, String, String).self)
        guard let action = AuditAction(rawValue: actionText) else {
            throw StoreError.invalid("audit line \(id) has an unknown action '\(actionText.prefix(40))'")
        }
        return AuditEntry(id: id, at: try time(at, "audit", id), actor: actor, action: action, subject: subject, detail: detail)
    }

    static let consensusColumns = """
        consensus.applicationId, consensus.guide, consensus.competency, consensus.value, consensus.rationale,
        consensus.recordedBy, consensus.recordedAt
        """

    /// A consensus row with its application; `nil` for one no longer valid (off the scale), as scoring would.
    static func consensus(_ row: PostgresRow) throws -> (application: ApplicationID, record: ConsensusRecord)? {
        let (application, stage, competency, value, rationale, by, at) = try row.decode((Int64, String, String, Double, String, String, String).self)
        guard let agreed = Consensus(stage: stage, competency: competency, value: value, rationale: rationale),
              let date = StoreTime.parse(at) else { return nil }
        return (ApplicationID(application), ConsensusRecord(consensus: agreed, recordedBy: by, recordedAt: date))
    }

    static let decisionColumns = "application.profile, decision.decision, decision.reason, decision.decidedBy, decision.decidedAt"

    static func decision(_ row: PostgresRow) throws -> DecisionRecord {
        let (profile, text, reason, by, at) = try row.decode((String, String, String, String, String).self)
        guard let decision = Decision(rawValue: text), let date = StoreTime.parse(at) else {
            throw StoreError.invalid("the database is damaged: a decision reads '\(text.prefix(20))' at '\(at.prefix(30))'")
        }
        return DecisionRecord(profile: profile, decision: decision, reason: reason, decidedBy: by, decidedAt: date)
    }

    static let discColumns = """
        candidateId, d, i, s, c, groupCount, mostD, mostI, mostS, mostC, leastD, leastI, leastS, leastC, source, takenAt
        """

    static func disc(_ row: PostgresRow) throws -> StoredDISCResult {
        let (candidate, d, i, s, c, groups, mostD, mostI, mostS, mostC, leastD, leastI, leastS, leastC, source, taken) = try row.decode(
            (Int64, Int, Int, Int, Int, Int, Int?, Int?, Int?, Int?, Int?, Int?, Int?, Int?, String, String).self)
        func counts(_ d: Int?, _ i: Int?, _ s: Int?, _ c: Int?) -> DISCFactorValues<Int>? {
            guard let d, let i, let s, let c else { return nil }
            return DISCFactorValues(d: d, i: i, s: s, c: c)
        }
        return StoredDISCResult(
            candidateId: CandidateID(candidate), composite: DISCFactorValues(d: d, i: i, s: s, c: c), groupCount: groups,
            most: counts(mostD, mostI, mostS, mostC), least: counts(leastD, leastI, leastS, leastC),
            source: DISCSource(rawValue: source) ?? .import, takenAt: StoreTime.parse(taken) ?? Date(timeIntervalSince1970: 0))
    }

    static func time(_ text: String, _ table: String, _ id: Int64) throws -> Date {
        guard let date = StoreTime.parse(text) else { throw damaged(table, id, "time '\(text.prefix(40))'") }
        return date
    }

    private static func day(_ text: String?, _ table: String, _ id: Int64) throws -> CalendarDate? {
        guard let text else { return nil }
        guard let day = CalendarDate(String(text.prefix(10))) else { throw damaged(table, id, "date '\(text.prefix(40))'") }
        return day
    }

    static func damaged(_ table: String, _ id: Int64, _ what: String) -> StoreError {
        StoreError.invalid("the database is damaged: \(table) \(id) has an unreadable \(what)")
    }
}
