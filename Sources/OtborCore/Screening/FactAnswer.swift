/// The fact recorded for a fact step: the option chosen or, for salary, the amount named.
public enum FactAnswer: Sendable, Hashable, Codable {
    case option(String)
    /// A whole amount in the band's currency and period.
    case amount(Int)

    /// The text an engine stores in its option column: the option id, or the amount in digits.
    /// Option ids start with a letter, so the two never meet.
    public var stored: String {
        switch self {
        case .option(let id): id
        case .amount(let value): String(value)
        }
    }

    /// Reads ``stored`` back: all digits is an amount, anything else an option id.
    public init(stored: String) {
        if !stored.isEmpty, stored.allSatisfy({ $0 >= "0" && $0 <= "9" }), let value = Int(stored) {
            self = .amount(value)
        } else {
            self = .option(stored)
        }
    }
}

extension FactAnswer {
    /// What is wrong with this answer to `fact`: an unknown option, or an answer of the other form.
    public func problems(for fact: ScreeningFact) -> [AnswerProblem] {
        switch self {
        case .option(let id):
            if fact.topic.isAmount { return [.factTakesOther(amount: true)] }
            return fact.option(id) == nil ? [.unknownOption(id)] : []
        case .amount:
            return fact.topic.isAmount ? [] : [.factTakesOther(amount: false)]
        }
    }
}
