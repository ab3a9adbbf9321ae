import OtborCore

/// Why a letter cannot be written for a candidate, as data; each front end words it with its hints.
public enum LetterError: Error, Sendable, Equatable {
    /// The workspace has no `Letters/letters.yaml` (or it did not load).
    case noLetters
    /// The letters file has no template of this kind.
    case noTemplate(LetterKind)
    /// An invitation for a candidate with no application names no profile; `profiles` lists the workspace's.
    case needsProfile(profiles: [String])
    /// `--visit` names no visit of the profile's process; `visits` lists the ones it has.
    case unknownVisit(String, visits: [String])
    /// The candidate has had a session of every required visit: name the visit.
    case noVisitLeft(visits: [String])
    /// A rejection or offer needs scores, and the candidate has no submitted interview.
    case notAssessed
    /// A rejection of a candidate who passed the hurdle and every screening fact (refused unless forced).
    case passed
    /// An offer to a candidate who failed the hurdle or a screening fact (refused unless forced).
    case notPassed
    /// A screening rejection of a candidate without a failed screening fact.
    case noFailedCondition
}
