import OtborCore
import OtborStore

/// What `retention --format json` prints; `erased` only with --apply.
struct RetentionReviewJSON: Encodable {
    struct EntryJSON: Encodable {
        var id: CandidateID
        var name: String?
        var destroyBy: CalendarDate
        var daysLeft: Int
        var event: String?
        var eventDate: CalendarDate?
    }

    var today: CalendarDate
    var window: Int
    var overdue: [EntryJSON]
    var dueSoon: [EntryJSON]
    var erased: [EntryJSON]?

    init(review: RetentionReview, erased: [RetentionReview.Entry]?) {
        func entry(_ entry: RetentionReview.Entry, withName: Bool) -> EntryJSON {
            EntryJSON(id: entry.candidateId, name: withName ? entry.name : nil, destroyBy: entry.destroyBy,
                      daysLeft: entry.daysRemaining, event: entry.event?.rawValue, eventDate: entry.eventDate)
        }
        today = review.today
        window = review.window
        let isErased = Set(erased?.map(\.candidateId) ?? [])
        overdue = review.overdue.map { entry($0, withName: !isErased.contains($0.candidateId)) }
        dueSoon = review.dueSoon.map { entry($0, withName: true) }
        self.erased = erased?.map { entry($0, withName: false) }
    }
}
