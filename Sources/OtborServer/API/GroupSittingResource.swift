import OtborCore
import OtborServices

/// The body of `POST /api/v1/group-sittings`: a group stage of a profile, its candidates by id and
/// who observes whom (observer login → candidate ids).
struct GroupSittingBody: Decodable, Sendable {
    var guide: String
    var profile: String
    var candidates: [Int64]
    var observers: [String: [Int64]]

    static let shape = #"{"guide": "…", "profile": "…", "candidates": [1, 2, …], "observers": {"login": [1, 2, …], …}}"#

    var assignment: GroupAssignment {
        GroupAssignment(candidates: candidates.map { CandidateID($0) },
                        observers: observers.mapValues { ids in ids.map { CandidateID($0) } })
    }
}

/// A group sitting as the API shows it: just set up (its sessions), or its board (where each
/// session stands; never a rating).
struct GroupSittingResource: Encodable, Sendable {
    struct SessionJSON: Encodable, Sendable {
        var id: Int64
        var candidate: Int64
        var observer: String
        var status: String?
        var answered: Int?
        var total: Int?
        /// On the board only: not submitted an hour after the sitting's planned end.
        var overdue: Bool?
        /// On the board only: the observer declared a conflict of interest with the candidate, so
        /// the session does not count and nobody waits for it.
        var conflict: Bool?
    }

    /// The exercise timer: when the chair started it and how long the exercise runs.
    struct TimerJSON: Encodable, Sendable {
        var startedAt: String
        var minutes: Int
        var endsAt: String
    }

    var id: String
    var guide: String
    var sessions: [SessionJSON]
    /// On the board only, once the chair started it.
    var timer: TimerJSON?

    init(_ opened: GroupSittingDesk.Opened) {
        id = opened.id
        guide = opened.guide
        sessions = opened.sessions.map { entry in
            SessionJSON(id: entry.session.id.rawValue, candidate: entry.candidate.rawValue, observer: entry.session.assessor)
        }
    }

    init(_ board: GroupSittingDesk.Board) {
        id = board.id
        guide = board.guide
        sessions = board.rows.map { row in
            SessionJSON(id: row.session.rawValue, candidate: row.candidate.rawValue, observer: row.observer,
                        status: row.status.rawValue, answered: row.answered, total: row.total, overdue: row.overdue,
                        conflict: row.conflict)
        }
        if let sitting = board.sitting, let start = sitting.timerStartedAt, let end = sitting.plannedEnd {
            timer = TimerJSON(startedAt: StoreTime.format(start), minutes: sitting.minutes, endsAt: StoreTime.format(end))
        }
    }
}
