/// Why an answer does not fit its step (``AnswerValue/problems(for:in:)``): data for each front end
/// to word, with an English description for logs and errors.
public enum AnswerProblem: Sendable, Hashable, CustomStringConvertible {
    /// The step is not a step of the guide (an unknown item, criterion or classification).
    case notAStep
    /// The answer is of another kind than the step takes, such as ticks for a rating.
    case wrongKind(expected: AnswerValue.Kind, found: AnswerValue.Kind)
    /// A rating outside ``RatingScale``.
    case ratingOffScale(Int)
    /// A ticked behaviour that is not on the step's checklist.
    case unknownBehaviour(String)
    /// An option that is not one of the step's options (of its classification or fact).
    case unknownOption(String)
    /// A plan line of a task that is not on the working day's list.
    case unknownTask(String)
    /// A task planned a second time (reported for each repeat).
    case repeatedTask(String)
    /// An option for a fact recorded as an amount (salary), or an amount for a fact of options.
    case factTakesOther(amount: Bool)
    /// The minutes of a kept task outside ``WorkingDayPlan/Entry/minuteRange``.
    case minutesOffRange(task: String, minutes: Int)

    public var description: String {
        switch self {
        case .notAStep:
            "it is not a step of the guide"
        case .wrongKind(let expected, let found):
            "it takes a \(expected.rawValue) answer, not a \(found.rawValue)"
        case .ratingOffScale(let value):
            "rating \(value) is outside the scale \(RatingScale.minimum)–\(RatingScale.maximum)"
        case .unknownBehaviour(let id):
            "behaviour '\(id)' is not on its checklist"
        case .unknownOption(let id):
            "option '\(id)' is not one of the step's options"
        case .unknownTask(let id):
            "task '\(id)' is not on the working day's list"
        case .repeatedTask(let id):
            "task '\(id)' is planned more than once"
        case .factTakesOther(let amount):
            amount ? "it records an amount (a whole number), not an option" : "it records one of its options, not an amount"
        case .minutesOffRange(let task, let minutes):
            "task '\(task)' is planned for \(minutes) min, outside "
                + "\(WorkingDayPlan.Entry.minuteRange.lowerBound)–\(WorkingDayPlan.Entry.minuteRange.upperBound)"
        }
    }
}
