/// What a screening fact is about: one of the profile's screening requirements.
public enum ScreeningTopic: String, Sendable, Hashable, Codable, CaseIterable {
    /// Years of leading people and the size of the team led.
    case managementExperience = "management-experience"
    /// Working hours, evenings and weekends.
    case schedule
    /// On-call duty outside working hours.
    case onCall = "on-call"
    /// Business travel and a valid passport.
    case travel
    /// Office, hybrid or remote work.
    case workFormat = "work-format"
    /// Where the candidate lives or will work.
    case location
    /// The notice period at the current job.
    case noticePeriod = "notice-period"
    /// The earliest start date.
    case startDate = "start-date"
    /// Readiness for a test task.
    case testTask = "test-task"
    /// The expected salary, a number compared with the profile's ``SalaryBand``.
    case salary
    /// What a reference check finds (after the decision): the candidate's consent and what the
    /// referees confirm about the profile's critical requirements.
    case references
    /// How the offer went (after the decision): the candidate's answer, the start date, the offer's red flags.
    case offer

    /// Whether the fact is recorded as a number rather than a choice of options.
    public var isAmount: Bool { self == .salary }
}
