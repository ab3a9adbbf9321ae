
/// Which candidates' data is past its retention deadline (F21) on a given day, and whose
/// deadline falls within the next days. Built by a pure function of the deadlines, so the rule
/// is tested without a database.
public struct RetentionReview: Sendable, Hashable {
    /// How many days ahead `dueSoon` looks by default.
    public static let defaultWindow = 7
    /// The reason the audit log records for an erasure because of the deadline.
    public static let erasureReason = "retention"

    /// One candidate with a deadline.
    public struct Entry: Sendable, Hashable {
        public var candidateId: CandidateID
        public var name: String
        /// The day by which the data must be destroyed.
        public var destroyBy: CalendarDate
        /// What started the 30 days, when it is still on record.
        public var event: RetentionDeadline.Event?
        public var eventDate: CalendarDate?
        /// Calendar days from `today` to `destroyBy`: negative when overdue, 0 on the day itself.
        public var daysRemaining: Int

        public init(candidateId: CandidateID, name: String, destroyBy: CalendarDate, event: RetentionDeadline.Event? = nil,
                    eventDate: CalendarDate? = nil, daysRemaining: Int) {
            self.candidateId = candidateId
            self.name = name
            self.destroyBy = destroyBy
            self.event = event
            self.eventDate = eventDate
            self.daysRemaining = daysRemaining
        }
    }

    /// What the review needs about one candidate.
    public struct Input: Sendable, Hashable {
        public var candidateId: CandidateID
        public var name: String
        /// The deadline the database recorded (`yyyy-mm-dd`), if any.
        public var recordedDeadline: CalendarDate?
        /// The day of the first decision on any of the candidate's applications.
        public var firstDecision: CalendarDate?
        public var consentWithdrawn: CalendarDate?

        public init(candidateId: CandidateID, name: String, recordedDeadline: CalendarDate? = nil,
                    firstDecision: CalendarDate? = nil, consentWithdrawn: CalendarDate? = nil) {
            self.candidateId = candidateId
            self.name = name
            self.recordedDeadline = recordedDeadline
            self.firstDecision = firstDecision
            self.consentWithdrawn = consentWithdrawn
        }
    }

    public var today: CalendarDate
    /// Days ahead that `dueSoon` covers.
    public var window: Int
    /// Deadline before `today` (today > destroyBy): erase now. Longest overdue first.
    public var overdue: [Entry]
    /// Deadline from `today` to `today + window`. Soonest first.
    public var dueSoon: [Entry]

    /// Sorts the candidates: the deadline is F21's from the events on record, or the recorded
    /// one when that is earlier (never later: a deadline only moves closer). Candidates without
    /// a deadline, or with one further than `window` days away, are left out.
    public init(today: CalendarDate, window: Int = RetentionReview.defaultWindow, candidates: [Input]) {
        self.today = today
        self.window = window
        var overdue: [Entry] = [], dueSoon: [Entry] = []
        for input in candidates {
            guard let entry = input.entry(today: today) else { continue }
            if today > entry.destroyBy {
                overdue.append(entry)
            } else if entry.daysRemaining <= window {
                dueSoon.append(entry)
            }
        }
        let order: (Entry, Entry) -> Bool = { ($0.destroyBy, $0.candidateId) < ($1.destroyBy, $1.candidateId) }
        self.overdue = overdue.sorted(by: order)
        self.dueSoon = dueSoon.sorted(by: order)
    }
}

extension RetentionReview.Input {
    /// The input for a candidate as recorded, with their decisions on every application.
    public init(candidate: Candidate, decisions: [DecisionRecord]) {
        self.init(candidateId: candidate.id, name: candidate.name, recordedDeadline: candidate.retentionDeadline,
                  firstDecision: decisions.firstFinalDay, consentWithdrawn: candidate.consentWithdrawn)
    }

    /// The candidate's deadline judged on `today`: F21's from the events on record, or the
    /// recorded one when that is earlier (never later: a deadline only moves closer); `nil`
    /// while there is none.
    public func entry(today: CalendarDate) -> RetentionReview.Entry? {
        let computed = RetentionDeadline(decisionCommunicated: firstDecision, consentWithdrawn: consentWithdrawn)
        var entry: RetentionReview.Entry
        if let computed, recordedDeadline.map({ computed.destroyBy <= $0 }) ?? true {
            entry = .init(candidateId: candidateId, name: name, destroyBy: computed.destroyBy,
                          event: computed.event, eventDate: computed.eventDate, daysRemaining: 0)
        } else if let recordedDeadline {
            entry = .init(candidateId: candidateId, name: name, destroyBy: recordedDeadline, daysRemaining: 0)
        } else {
            return nil
        }
        entry.daysRemaining = entry.destroyBy.days(since: today)
        return entry
    }
}
