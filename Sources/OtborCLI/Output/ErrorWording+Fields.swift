import OtborCore
import OtborLoading

/// What a person typed and Core's field rules refused, and a workspace not found, in the
/// terminal's language.
extension ErrorWording {
    func message(_ problem: FieldProblem) -> String {
        let field = problem.field
        switch problem.kind {
        case .inFuture(let date, let today):
            return words(.fieldInFuture, ["field": field, "date": date.description, "today": today.description])
        case .refused(.empty):
            return words(.fieldEmpty, ["field": field])
        case .refused(let text):
            return words(.fieldRefused, ["field": field, "problem": message(text)])
        case .notAnEmail(let address, let signs?):
            return words(.notAnEmailSigns, ["field": field, "address": address, "signs": String(signs)])
        case .notAnEmail(let address, nil):
            return words(.notAnEmail, ["field": field, "address": address])
        case .notAPhone(let phone):
            return words(.notAPhone, ["field": field, "phone": phone])
        case .other:
            return problem.message
        }
    }

    /// Why a text was refused, as it follows "is refused:".
    func message(_ problem: TextProblem) -> String {
        switch problem {
        case .empty:
            return words(.textEmpty)
        case .nothingVisible:
            return words(.textInvisible)
        case .controlCharacter(let scalar, let position):
            let hex = String(scalar.value, radix: 16, uppercase: true)
            let values = ["code": "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex,
                          "line": String(position.line), "column": String(position.column)]
            return words(scalar == "\n" ? .textLineBreak : .textControl, values)
        case .tooLong(let count, let limit):
            return words(.textTooLong, ["length": words.count(count, .character), "limit": words.whole(limit)])
        }
    }

    /// Why a DISC composite cannot come from an inventory of its number of groups.
    func message(_ problem: StoredDISCResult.Problem) -> String {
        switch problem {
        case .tooFewGroups(let count):
            words(.discTooFewGroups, ["count": String(count)])
        case .outsideRange(let factor, let value, let limit):
            words(.discOutsideRange, ["factor": factor.rawValue, "value": String(value), "limit": String(limit)])
        case .sumNotZero(let sum):
            words(.discSumNotZero, ["sum": String(sum)])
        }
    }

    func message(_ error: WorkspaceLocator.NotFound) -> String {
        switch error {
        case .notAWorkspace(let origin, let path): words(.notAWorkspace, ["origin": origin, "path": path])
        case .noneAbove(let folder): words(.noWorkspace, ["folder": folder])
        }
    }
}
