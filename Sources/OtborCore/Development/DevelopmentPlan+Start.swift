import Foundation

extension DevelopmentPlan {
    /// Day 0 of a plan on `profile`: the day, in `timeZone`, of the candidate's last `hire` decision
    /// on it (`hired` true), or `today` when there is none. The one rule `otbor plan` and the report share.
    public static func start(
        decisions: [DecisionRecord], profile: String, today: Date, timeZone: TimeZone
    ) -> (day: CalendarDate, hired: Bool) {
        let hire = decisions.last { $0.profile == profile && $0.decision == .hire }
        return (CalendarDate(hire?.decidedAt ?? today, in: timeZone), hire != nil)
    }
}
