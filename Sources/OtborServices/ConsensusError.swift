import OtborCore

/// Why a consensus was not recorded, as data; each front end words it.
public enum ConsensusError: Error, Sendable, Equatable {
    /// Nobody's submitted ratings of `competency` in `stage` are visible yet.
    case noRatings(competency: String, stage: String, candidate: CandidateID)
    /// The assessors agree (these are their ratings): consensus is only for flagged disagreements.
    case notFlagged(competency: String, stage: String, ratings: [Double])
    /// The value is not a half step of the scale, or the rationale is empty.
    case notAConsensus(Double)
    /// `login` declared a conflict of interest with `candidate`: they take no part in the candidate's wash-up.
    case conflictOfInterest(login: String, candidate: CandidateID)
}
