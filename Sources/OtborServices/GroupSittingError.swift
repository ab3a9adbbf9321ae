import OtborCore

/// Why a group sitting could not be set up or found, as data; each front end words it.
public enum GroupSittingError: Error, Sendable, Equatable {
    /// Who watches whom falls short (``GroupAssignment/problems``).
    case assignment([GroupAssignment.Problem])
    /// No enabled account has the observer's login; `known` lists those who could observe.
    case unknownObserver(String, known: [String])
    /// The observer's role may not conduct interviews.
    case cannotObserve(String, role: Role)
    /// No session belongs to a sitting with this id.
    case unknownSitting(String)
    /// The wash-up of `stage` waits for these assessors' sessions to be submitted.
    case stageIncomplete(stage: String, waiting: [String])
    /// The candidate has no submitted rating in `stage`.
    case noStageRatings(stage: String)
    /// The observer declared a conflict of interest with a candidate they were to watch.
    case conflictOfInterest(login: String, candidate: CandidateID)
}
