import Foundation
import OtborCore

/// Core's reasons for refusing an answer or a text, in the console's language: English is Core's
/// own description, Russian is worded here.
extension ConsoleStrings {
    /// Why an answer does not fit its step (``AnswerProblem``).
    public func answerProblem(_ problem: AnswerProblem) -> String {
        guard language == .ru else { return problem.description }
        switch problem {
        case .notAStep:
            return "это не шаг руководства"
        case .wrongKind(let expected, let found):
            return "шаг принимает ответ вида «\(Self.russian(expected))», а не «\(Self.russian(found))»"
        case .ratingOffScale(let value):
            return "оценка \(value) вне шкалы \(RatingScale.minimum)–\(RatingScale.maximum)"
        case .unknownBehaviour(let id):
            return "поведения «\(id)» нет в чек-листе шага"
        case .unknownOption(let id):
            return "варианта «\(id)» нет среди вариантов шага"
        case .unknownTask(let id):
            return "задачи «\(id)» нет в списке рабочего дня"
        case .repeatedTask(let id):
            return "задача «\(id)» запланирована больше одного раза"
        case .factTakesOther(let amount):
            return amount ? "шаг записывает сумму (целое число), а не вариант" : "шаг записывает один из своих вариантов, а не сумму"
        case .minutesOffRange(let task, let minutes):
            let range = WorkingDayPlan.Entry.minuteRange
            return "задача «\(task)» запланирована на \(minutes) мин, а можно от \(range.lowerBound) до \(range.upperBound)"
        }
    }

    /// Why who watches whom in a group sitting falls short (``GroupAssignment/Problem``).
    public func groupProblem(_ problem: GroupAssignment.Problem) -> String {
        guard language == .ru else { return problem.description }
        switch problem {
        case .candidateCount(let count):
            return "в групповой сессии от 1 до \(GroupAssignment.maximumCandidates) кандидатов, а не \(count)"
        case .repeatedCandidate(let id):
            return "кандидат \(id) указан дважды"
        case .outsideSitting(let observer, let candidate):
            return "\(observer) должен наблюдать кандидата \(candidate), которого нет среди кандидатов сессии"
        case .tooFewObservers(let candidate, let observers):
            return "за кандидатом \(candidate) " + (observers.isEmpty ? "не наблюдает никто" : "наблюдает только " + observers.joined(separator: ", "))
                + "; у каждого кандидата должно быть не меньше \(GroupAssignment.minimumObservers) наблюдателей"
        }
    }

    /// Why a typed text is refused (``TextProblem``).
    public func textProblem(_ problem: TextProblem) -> String {
        guard language == .ru else { return problem.description }
        switch problem {
        case .empty:
            return "текст пуст"
        case .nothingVisible:
            return "в тексте нет видимых символов (только метки, пробелы или символы направления)"
        case .controlCharacter(let scalar, let position):
            return "в тексте управляющий символ U+\(String(format: "%04X", scalar.value)) (строка \(position.line), столбец \(position.column))"
        case .tooLong(let count, let limit):
            return "в тексте \(count) символов, а можно не больше \(limit)"
        }
    }

    private static func russian(_ kind: AnswerValue.Kind) -> String {
        switch kind {
        case .rating: "оценка"
        case .checklist: "чек-лист"
        case .classification: "вариант"
        case .plan: "план"
        case .fact: "факт"
        }
    }

    /// Why a text is not a login (``LoginName/Problem``).
    public func loginProblem(_ problem: LoginName.Problem) -> String {
        guard language == .ru else { return problem.description }
        let lengths = LoginName.lengths
        switch problem {
        case .length(let text, let count):
            return "в логине от \(lengths.lowerBound) до \(lengths.upperBound) символов, а в «\(text)» их \(count)"
        case .characters(let text):
            return "в логине допустимы только латинские буквы, цифры, «.», «_» и «-»; в «\(text)» есть другие"
        case .firstCharacter(let text):
            return "логин начинается с буквы или цифры, а «\(text)» — нет"
        }
    }

    /// Why a password cannot be set (``PasswordRule/Problem``).
    public func passwordProblem(_ problem: PasswordRule.Problem) -> String {
        guard language == .ru else { return problem.description }
        switch problem {
        case .empty:
            return "пароль пуст"
        case .tooShort(let characters):
            return "в пароле \(characters) симв.; нужно не меньше \(PasswordRule.minimumCharacters)"
        case .tooLong:
            return "пароль длиннее \(PasswordRule.maximumBytes) байт; выберите покороче"
        }
    }

    /// Why an account cannot be added (``NewAccount/Problem``).
    public func accountProblem(_ problem: NewAccount.Problem) -> String {
        guard language == .ru else { return problem.description }
        switch problem {
        case .noDisplayName: return "у учётной записи должно быть имя"
        case .displayNameNotOneLine: return "имя учётной записи пишется в одну строку"
        }
    }
}
