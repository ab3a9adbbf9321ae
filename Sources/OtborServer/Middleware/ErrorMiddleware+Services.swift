import OtborCore
import OtborServices

/// How the console words the errors of the services: a missing thing is 404, a request that
/// cannot be carried out as it stands 422.
extension ErrorMiddleware {
    static func refusal(for error: CampaignError, strings: ConsoleStrings) -> Refusal {
        func list(_ items: [String]) -> String { items.isEmpty ? strings[.noneYet] : items.joined(separator: ", ") }
        return switch error {
        case .unknownProfile(let id, let known):
            Refusal(status: .notFound, slug: "unknown-profile", detail: strings(.unknownProfile, ["id": id, "known": list(known)]))
        case .unknownGuide(let id, let known):
            Refusal(status: .notFound, slug: "unknown-guide", detail: strings(.unknownGuide, ["id": id, "known": list(known)]))
        case .noApplication(let candidate, let profile, let applied):
            Refusal(status: .notFound, slug: "no-application",
                    detail: strings(.noApplication, ["id": candidate.description, "profile": profile, "applied": list(applied)]))
        case .noInterviews(let candidate):
            Refusal(status: .notFound, slug: "no-application", detail: strings(.noInterviews, ["id": candidate.description]))
        case .notAStage(let guide, let profile, let stages):
            Refusal(status: .unprocessableContent, slug: "not-a-stage",
                    detail: strings(.notAStage, ["guide": guide, "profile": profile, "stages": list(stages)]))
        case .severalApplications(let candidate, let profiles):
            Refusal(status: .unprocessableContent, slug: "choose-profile",
                    detail: strings(.severalApplications, ["id": candidate.description, "profiles": list(profiles)]))
        case .nobodyApplied(let profile, let profiles):
            Refusal(status: .notFound, slug: "no-application", detail: strings(.nobodyApplied, ["profile": profile, "profiles": list(profiles)]))
        case .emptyCampaign:
            Refusal(status: .notFound, slug: "no-application", detail: strings[.emptyCampaign])
        case .severalProfiles(let profiles):
            Refusal(status: .unprocessableContent, slug: "choose-profile", detail: strings(.severalProfiles, ["profiles": list(profiles)]))
        }
    }

    static func refusal(for error: InterviewError, strings: ConsoleStrings) -> Refusal {
        switch error {
        case .unknownStep(let step, let guide, let steps):
            Refusal(status: .notFound, slug: "unknown-step",
                    detail: strings(.unknownStep, ["step": step, "guide": guide, "steps": steps.joined(separator: ", ")]))
        case .invalidAnswer(let step, let problems):
            Refusal(status: .unprocessableContent, slug: "invalid-answer",
                    detail: strings(.invalidAnswer, ["step": step, "problems": problems.map(strings.answerProblem).joined(separator: "; ")]))
        case .invalidNote(let step, let problem):
            Refusal(status: .unprocessableContent, slug: "invalid-note",
                    detail: strings(.invalidNote, ["step": step, "problem": strings.textProblem(problem)]))
        case .unanswered(let session, let steps):
            Refusal(status: .unprocessableContent, slug: "unanswered-steps",
                    detail: strings(.unanswered, ["id": session.description, "steps": steps.joined(separator: ", ")]))
        case .unknownRedFlag(let id, let guide, let flags):
            Refusal(status: .unprocessableContent, slug: "unknown-red-flag",
                    detail: strings(.unknownRedFlag, ["id": id, "guide": guide, "flags": flags.isEmpty ? strings[.noneYet] : flags.joined(separator: ", ")]))
        case .conflictOfInterest(_, let candidate):
            Refusal(status: .forbidden, slug: "conflict-of-interest", detail: strings(.conflictRating, ["id": candidate.description]))
        }
    }

    static func refusal(for error: ConsensusError, strings: ConsoleStrings) -> Refusal {
        switch error {
        case .noRatings(let competency, let stage, _):
            Refusal(status: .unprocessableContent, slug: "no-ratings", detail: strings(.consensusNoRatings, ["competency": competency, "stage": stage]))
        case .notFlagged(let competency, let stage, let ratings):
            Refusal(status: .unprocessableContent, slug: "not-flagged", detail: strings(.consensusNotFlagged, [
                "competency": competency, "stage": stage, "ratings": ratings.map(CandidateScorecard.number).joined(separator: ", "),
            ]))
        case .notAConsensus(let value):
            Refusal(status: .unprocessableContent, slug: "not-a-consensus",
                    detail: strings(.notAConsensus, ["value": value.isFinite ? CandidateScorecard.number(value) : "—"]))
        case .conflictOfInterest(_, let candidate):
            Refusal(status: .forbidden, slug: "conflict-of-interest", detail: strings(.conflictWashup, ["id": candidate.description]))
        }
    }

    static func refusal(for error: GroupSittingError, strings: ConsoleStrings) -> Refusal {
        switch error {
        case .assignment(let problems):
            Refusal(status: .unprocessableContent, slug: "group-assignment",
                    detail: strings(.groupAssignment, ["problems": problems.map(strings.groupProblem).joined(separator: "; ")]))
        case .unknownObserver(let login, let known):
            Refusal(status: .unprocessableContent, slug: "unknown-observer",
                    detail: strings(.unknownObserver, ["login": login, "known": known.isEmpty ? strings[.noneYet] : known.joined(separator: ", ")]))
        case .cannotObserve(let login, let role):
            Refusal(status: .unprocessableContent, slug: "cannot-observe", detail: strings(.cannotObserve, ["login": login, "role": strings.role(role)]))
        case .unknownSitting(let id):
            Refusal(status: .notFound, slug: "unknown-sitting", detail: strings(.unknownSitting, ["id": id]))
        case .conflictOfInterest(let login, let candidate):
            Refusal(status: .unprocessableContent, slug: "conflict-of-interest",
                    detail: strings(.conflictObserver, ["login": login, "id": candidate.description]))
        case .stageIncomplete(let stage, let waiting):
            Refusal(status: .conflict, slug: "stage-incomplete",
                    detail: strings(.stageIncomplete, ["stage": stage, "waiting": waiting.joined(separator: ", ")]))
        case .noStageRatings(let stage):
            Refusal(status: .notFound, slug: "no-ratings", detail: strings(.noStageRatings, ["stage": stage]))
        }
    }
}
