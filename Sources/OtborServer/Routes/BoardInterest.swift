import OtborServices
import OtborStore

/// Which committed changes can move one live board (``BoardEvents``): those of its sitting, of its
/// sessions (their state, or an answer saved in them) and of its candidates. A change of a
/// session or candidate of another sitting is passed over, so a board does not read itself again
/// for every answer saved anywhere in the campaign;
/// anything else (a resumed feed, an application, a subject this rule does not know) wakes it.
struct BoardInterest: Sendable, Equatable {
    var sitting: String
    var sessions: Set<String>
    var candidates: Set<String>

    init(_ board: GroupSittingDesk.Board) {
        sitting = board.id
        sessions = Set(board.rows.map(\.session.description))
        candidates = Set(board.rows.map(\.candidate.description))
    }

    init(sitting: String, sessions: Set<String>, candidates: Set<String>) {
        self.sitting = sitting
        self.sessions = sessions
        self.candidates = candidates
    }

    /// Whether `change` may move the board.
    func concerns(_ change: StoreChange) -> Bool {
        guard let target = change.target else { return true }
        let value = String(target.value)
        switch target.kind {
        case "session", "answer": return sessions.contains(value)
        case "candidate": return candidates.contains(value)
        case "sitting": return value == sitting
        default: return true
        }
    }
}
