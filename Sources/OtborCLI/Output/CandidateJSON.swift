import OtborCore
import OtborStore

/// A candidate as `candidates add`, `candidates list` and the export print it in JSON: every
/// field always present, `null` when not recorded.
struct CandidateJSON: Encodable {
    var candidate: Candidate
    /// Applications with their progress (`candidates list`); left out when `nil`.
    var applications: [CandidateOverview.Progress]?
    /// When given, `daysLeft` until the retention deadline is added (negative when overdue).
    var today: CalendarDate?

    private enum Keys: String, CodingKey {
        case id, name, email, phone, source, consentDate, consentWithdrawn, group, notes, retentionDeadline, daysLeft
        case createdAt, applications
    }

    private struct ProgressJSON: Encodable {
        var profile: String
        var stagesDone: Int
        var stagesPlanned: Int
        var sessionsOpen: Int
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(candidate.id, forKey: .id)
        try container.encode(candidate.name, forKey: .name)
        try container.encode(candidate.email, forKey: .email)
        try container.encode(candidate.phone, forKey: .phone)
        try container.encode(candidate.source, forKey: .source)
        try container.encode(candidate.consentDate, forKey: .consentDate)
        try container.encode(candidate.consentWithdrawn, forKey: .consentWithdrawn)
        try container.encode(candidate.fairnessGroup, forKey: .group)
        try container.encode(candidate.notes, forKey: .notes)
        try container.encode(candidate.retentionDeadline, forKey: .retentionDeadline)
        if let today {
            let deadline = candidate.retentionDeadline
            try container.encode(deadline.map { $0.days(since: today) }, forKey: .daysLeft)
        }
        try container.encode(StoreTime.format(candidate.createdAt), forKey: .createdAt)
        if let applications {
            try container.encode(applications.map {
                ProgressJSON(profile: $0.profile, stagesDone: $0.stagesDone, stagesPlanned: $0.stagesPlanned, sessionsOpen: $0.sessionsOpen)
            }, forKey: .applications)
        }
    }
}
