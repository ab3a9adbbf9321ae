import OtborCore
import OtborLoading
import OtborServices

/// The letters file's problems (``LetterProblem``) and the refusals of `otbor letter`
/// (``LetterError``) in the terminal's language.
extension ErrorWording {
    func letter(_ problem: LetterProblem) -> String {
        switch problem {
        case .unknownPlaceholder(let name, let letter, let accepted):
            words(.unknownPlaceholder, ["name": "{\(name)}", "letter": letter.rawValue,
                                        "accepted": words.list(accepted.map { "{\($0.rawValue)}" })])
        case .missingTranslation(let key):
            words(.missingTranslation, ["key": key])
        case .placeholdersDiffer(let key, let russian, let english):
            words(.placeholdersDiffer, ["key": key, "russian": placeholders(russian), "english": placeholders(english)])
        case .listInSentence(let placeholder):
            words(.listInSentence, ["name": "{\(placeholder.rawValue)}"])
        case .letterTwice(let kind):
            words(.letterTwice, ["kind": kind.rawValue])
        case .missingLetter(let kind):
            words(.missingLetter, ["kind": kind.rawValue, "kinds": words.list(LetterKind.allCases.map(\.rawValue))])
        }
    }

    func letter(_ error: LetterError) -> String {
        let file = WorkspaceLoader.lettersFile
        switch error {
        case .noLetters: return words(.noLetterFile, ["file": file])
        case .noTemplate(let kind): return words(.noLetterTemplate, ["file": file, "kind": kind.rawValue])
        case .unknownVisit(let visit, let visits): return words(.letterUnknownVisit, ["visit": visit, "visits": words.list(visits)])
        case .needsProfile(let profiles): return words(.letterNeedsProfile, ["profiles": words.list(profiles)])
        case .noVisitLeft(let visits): return words(.letterNoVisitLeft, ["visits": words.list(visits)])
        case .notAssessed: return words(.letterNotAssessed)
        case .passed: return words(.letterPassed)
        case .notPassed: return words(.letterNotPassed)
        case .noFailedCondition: return words(.letterNoFailedCondition)
        }
    }

    private func placeholders(_ names: [String]) -> String {
        names.isEmpty ? words(.noPlaceholders) : words.list(names.map { "{\($0)}" })
    }
}
