import OtborLoading

/// Scoresheet diagnostics (`OtborLoading`'s ``ScoresheetProblem``) in the terminal's language:
/// the candidates resolved against the database, the profile, guide and red flags named, and the
/// answers only some kinds of step take.
extension ErrorWording {
    func scoresheet(_ problem: ScoresheetProblem) -> String {
        switch problem {
        case .noCandidateWithID(let id):
            return words(.noCandidateWithID, ["id": String(id)])
        case .noCandidateNamed(let name, let guess):
            return guessed(.noCandidateNamed, .noCandidateNamedGuess, guess, ["name": name])
        case .ambiguousCandidate(let name, let ids):
            return words(.ambiguousCandidateName, ["name": name, "count": String(ids.count), "ids": words.list(ids.map(String.init))])
        case .repeatedSheet(let id, let name, let line):
            return words(.repeatedSheet, ["id": String(id), "name": name, "line": String(line)])
        case .existingSession(let assessor, let session, let id, let name, let guide):
            let values = ["assessor": assessor, "session": String(session), "id": String(id), "name": name, "guide": guide]
            return words(.existingSession, values)
        case .unknownProfile(let id, let guess, let known):
            return guessed(.unknownProfileID, .unknownProfileGuess, guess, ["id": id, "known": words.list(known)])
        case .unknownGuide(let id, let guess, let known):
            return guessed(.unknownGuideID, .unknownGuideGuess, guess, ["id": id, "known": words.list(known)])
        case .notAStage(let guide, let profile, let stages):
            return words(.guideNotAStage, ["guide": guide, "profile": profile, "stages": words.list(stages)])
        case .tooManySheets(let sheets, let limit):
            return words(.tooManySheets, ["sheets": words.numbers.whole(sheets), "limit": words.numbers.whole(limit)])
        case .oneCandidatePerSheet(let guide, let sheets):
            return words(.oneCandidatePerSheet, ["guide": guide, "sheets": String(sheets)])
        case .unanswered(let steps):
            return words(steps.count == 1 ? .unansweredOne : .unansweredMany, ["count": String(steps.count), "steps": words.list(steps)])
        case .unknownRedFlag(let id, let guide, let guess, let known):
            let values = ["id": id, "guide": guide, "known": words.list(known)]
            return known.isEmpty ? words(.unknownRedFlagNone, values) : guessed(.unknownRedFlag, .unknownRedFlagGuess, guess, values)
        case .repeatedRedFlag(let id):
            return words(.repeatedRedFlag, ["id": id])
        case .notACandidate(let found):
            return words(.notACandidate, ["found": value(found)])
        case .notADate(let key, let text):
            return words(.dateNotWritten, ["key": key, "text": text])
        case .dateInFuture(let key, let date, let today):
            return words(.dateInFuture, ["key": key, "date": date, "today": today])
        // Answers
        case .answersNotAMapping(let found):
            return words(.answersNotAMapping, ["found": value(found)])
        case .stepKeyNotAWord(let found):
            return words(.stepKeyNotAWord, ["found": value(found)])
        case .notAQuestion(let key, let type, let steps):
            return words(.notAQuestion, ["key": key, "type": type, "steps": words.list(steps)])
        case .noCriteria(let question):
            return words(.noCriteria, ["question": question])
        case .unknownCriterion(let criterion, let type, let item, let guess, let steps):
            let values = ["criterion": criterion, "type": type, "item": item, "steps": words.list(steps)]
            return guessed(.unknownCriterion, .unknownCriterionGuess, guess, values)
        case .unknownItemStep(let key, let type, let item, let guess, let steps):
            let values = ["key": key, "type": type, "item": item, "steps": words.list(steps)]
            return guessed(.unknownItemStep, .unknownItemStepGuess, guess, values)
        case .notTicked(let key, let found):
            return words(.notTicked, ["key": key, "found": value(found)])
        case .unknownBehaviour(let id, let key, let guess, let known):
            return guessed(.unknownBehaviour, .unknownBehaviourGuess, guess, ["id": id, "key": key, "known": words.list(known)])
        case .repeatedBehaviour(let id, let key):
            return words(.repeatedBehaviour, ["id": id, "key": key])
        case .notAnOption(let key, let options, let found):
            return words(.notAnOption, ["key": key, "options": words.list(options), "found": value(found)])
        case .unknownOption(let id, let key, let guess, let known):
            return guessed(.unknownOption, .unknownOptionGuess, guess, ["id": id, "key": key, "known": words.list(known)])
        case .notAnAmount(let key, let found):
            return words(.notAnAmount, ["key": key, "found": value(found)])
        case .notAPlan(let key, let found):
            return words(.notAPlan, ["key": key, "found": value(found)])
        case .unknownTask(let task, let key, let guess, let known):
            return guessed(.unknownTask, .unknownTaskGuess, guess, ["task": task, "key": key, "known": words.list(known)])
        case .repeatedTask(let task, let line):
            return words(.repeatedTask, ["task": task, "line": String(line)])
        case .droppedWithMinutes(let task):
            return words(.droppedWithMinutes, ["task": task])
        case .planLineNeedsMinutes(let task):
            return words(.planLineNeedsMinutes, ["task": task])
        }
    }

    /// `withGuess` with the id most likely meant when there is one, else `plain`.
    func guessed(_ plain: DiagnosticPhrase, _ withGuess: DiagnosticPhrase, _ guess: String?, _ values: [String: String]) -> String {
        guard let guess else { return words(plain, values) }
        return words(withGuess, values.merging(["guess": guess]) { $1 })
    }
}
