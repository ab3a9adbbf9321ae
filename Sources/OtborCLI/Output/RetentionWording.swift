/// How the days to a retention deadline are worded.
enum RetentionWording {
    /// `12 days left`, `due today`, `overdue by 3 days`.
    static func daysLeft(_ days: Int) -> String {
        switch days {
        case 0: "due today"
        case 1: "1 day left"
        case 2...: "\(days) days left"
        case -1: "overdue by 1 day"
        default: "overdue by \(-days) days"
        }
    }
}
