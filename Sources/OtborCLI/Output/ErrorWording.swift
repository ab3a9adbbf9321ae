import OtborCore
import OtborServices
import OtborStore

/// How the CLI words the errors services and stores report as data: with the commands and
/// options that fix them.
enum ErrorWording {
    static func message(_ error: StoreError) -> String {
        switch error {
        case .notADatabase(let path, let reason):
            "\(path) is not an Otbor database (\(reason)); it was left untouched. Give another path with --database."
        case .missingDatabase(let path):
            "there is no database at \(path) yet; `otbor candidates add NAME` creates it (or give another file with --database or OTBOR_DATABASE)"
        case .unknownCandidate(let reference):
            "no candidate '\(reference)'; `otbor candidates list` shows the ids"
        case .unknownSession(let id):
            "no session \(id); `otbor interview list` shows the sessions"
        case .sessionLocked(let id):
            "session \(id) is submitted and locked; corrections go through `otbor consensus`"
        case .duplicateSession(let candidate, let guide, let assessor, let existing):
            "\(assessor) already has session \(existing) for candidate \(candidate) on \(guide); resume it with `otbor interview resume \(existing)`"
        case .duplicateAccount(let login):
            "there is already an account '\(login)'; `otbor users list` shows them, `otbor users password \(login)` sets a new password"
        case .unknownAccount(let login):
            "no account '\(login)'; `otbor users list` shows them"
        case .cannotCreate, .cannotOpen, .duplicateWebSession, .invalid:
            error.description
        }
    }

    static func message(_ error: CampaignError) -> String {
        switch error {
        case .noApplication(let candidate, let profile, let applied):
            "candidate \(candidate) has no application for '\(profile)' (applications: \(applied.isEmpty ? "none yet" : applied.joined(separator: ", ")))"
        case .noInterviews(let candidate):
            "candidate \(candidate) has no interviews yet; start one with `otbor interview start`"
        case .severalApplications(let candidate, let profiles):
            "candidate \(candidate) applied for \(profiles.joined(separator: ", ")); choose one with --profile"
        case .nobodyApplied(let profile, let profiles):
            "nobody has applied for '\(profile)' yet (profiles in the database: \(profiles.isEmpty ? "none" : profiles.joined(separator: ", ")))"
        case .emptyCampaign:
            "the database has no interviews yet; start one with `otbor interview start`"
        case .severalProfiles(let profiles):
            "the database has candidates for \(profiles.joined(separator: ", ")); choose one with --profile"
        }
    }

    static func message(_ error: ConsensusError) -> String {
        switch error {
        case .noRatings(let competency, let stage, let candidate):
            "\(competency) has no submitted ratings in \(stage) for candidate \(candidate)"
        case .notFlagged(let competency, let stage, let ratings):
            "the assessors agree on \(competency) in \(stage) (\(ratings.map(ScorecardText.number).joined(separator: ", "))); "
                + "consensus is only for flagged disagreements"
        case .notAConsensus:
            "a consensus needs a rating from 1 to 5 and a rationale"
        }
    }
}
