import Foundation
import OtborCore
import OtborServices
import OtborStore

/// How the CLI words the errors services and stores report as data: with the commands and
/// options that fix them, in the terminal's language.
struct ErrorWording {
    let words: ConsoleWording

    init(_ words: ConsoleWording) {
        self.words = words
    }

    func message(_ error: StoreError) -> String {
        switch error {
        case .notADatabase(let path, let reason):
            words(.notADatabase, ["path": path, "reason": reason])
        case .missingDatabase(let path):
            words(.missingDatabase, ["path": path])
        case .unknownCandidate(let reference):
            words(.unknownCandidate, ["reference": words.person(reference)])
        case .ambiguousCandidate(let reference, let ids):
            words(.ambiguousCandidate, ["reference": words.person(reference), "count": String(ids.count), "ids": words.list(ids.map(\.description))])
        case .unknownSession(let id):
            words(.unknownSession, ["id": id.description])
        case .sessionLocked(let id):
            words(.sessionLocked, ["id": id.description])
        case .duplicateSession(let candidate, let guide, let assessor, let existing):
            words(.duplicateSession, ["assessor": words.person(assessor), "existing": existing.description, "candidate": candidate.description,
                                      "guide": guide])
        case .cannotCreate(let path, let reason):
            words(.cannotCreate, ["path": path, "reason": reason])
        case .cannotOpen(let path, let reason):
            words(.cannotOpen, ["path": path, "reason": reason])
        case .busy(let path, let waited):
            words(.databaseBusy, ["path": path, "seconds": words.compact(waited)])
        case .diskFull(let path):
            words(.diskFull, ["path": path])
        case .duplicateAccount(let login):
            words(.duplicateAccount, ["login": "\(login)"])
        case .unknownAccount(let login):
            words(.unknownAccount, ["login": "\(login)"])
        case .accountDisabled(let login):
            words(.accountGetsNoToken, ["login": "\(login)"])
        case .invalid(let detail):
            // The engine's own defence behind the CLI's checks, or a damaged file: the detail stays as the engine wrote it.
            words(.storeRefused, ["detail": detail])
        case .duplicateWebSession:
            error.description
        }
    }

    /// Why writing the file at `path` failed, from the `errno` of the failed call: a full disk
    /// (or quota) says so, anything else gives the system's reason.
    func writing(_ path: String, errno code: Int32) -> String {
        code == ENOSPC || code == EDQUOT ? words(.diskFull, ["path": path])
            : words(.cannotWriteFile, ["path": path, "reason": String(cString: strerror(code))])
    }

    func message(_ error: CampaignError) -> String {
        switch error {
        case .noApplication(let candidate, let profile, let applied):
            words(.noApplication, ["id": candidate.description, "profile": profile,
                                   "applied": applied.isEmpty ? words(.noneYet) : applied.joined(separator: ", ")])
        case .noInterviews(let candidate):
            words(.noInterviews, ["id": candidate.description])
        case .severalApplications(let candidate, let profiles):
            words(.severalApplications, ["id": candidate.description, "profiles": profiles.joined(separator: ", ")])
        case .nobodyApplied(let profile, let profiles):
            words(.nobodyApplied, ["profile": profile, "profiles": profiles.isEmpty ? words(.noneAtAll) : profiles.joined(separator: ", ")])
        case .emptyCampaign:
            words(.emptyCampaign)
        case .severalProfiles(let profiles):
            words(.severalProfiles, ["profiles": profiles.joined(separator: ", ")])
        case .unknownProfile(let id, let known):
            words(.unknownProfile, ["id": id, "known": known.joined(separator: ", ")])
        case .unknownGuide(let id, let known):
            words(.unknownGuide, ["id": id, "known": known.joined(separator: ", ")])
        case .notAStage(let guide, let profile, let stages):
            words(.notAStageOf, ["stage": guide, "profile": profile, "stages": stages.joined(separator: ", ")])
        }
    }

    /// Why a decision has no application to go to, worded for `otbor decide`.
    func decisionMessage(_ error: CampaignError) -> String {
        switch error {
        case .noApplication(let id, let profile, let applied):
            words(.decisionNoApplication, ["id": id.description, "profile": profile,
                                           "applied": applied.isEmpty ? words(.applicationsNoneYet) : applied.joined(separator: ", ")])
        case .noInterviews(let id):
            words(.decisionNoInterviews, ["id": id.description])
        case .severalApplications, .nobodyApplied, .emptyCampaign, .severalProfiles, .unknownProfile, .unknownGuide, .notAStage:
            message(error)
        }
    }

    func message(_ error: ConsensusError) -> String {
        switch error {
        case .noRatings(let competency, let stage, let candidate):
            words(.consensusNoRatings, ["competency": competency, "stage": stage, "id": candidate.description])
        case .notFlagged(let competency, let stage, let ratings):
            words(.consensusNotFlagged, ["competency": competency, "stage": stage,
                                         "ratings": ratings.map { words.number($0) }.joined(separator: "; ")])
        case .notAConsensus:
            words(.notAConsensus)
        case .conflictOfInterest(let login, let candidate):
            words(.conflictOfInterestConsensus, ["login": words.person(login), "id": candidate.description])
        }
    }

    /// Why the interview desk refused, for the refusals that end a command (the runner words the others as it goes).
    func message(_ error: InterviewError) -> String? {
        guard case .conflictOfInterest(let login, let candidate) = error else { return nil }
        return words(.conflictOfInterestInterview, ["login": words.person(login), "id": candidate.description])
    }
}
